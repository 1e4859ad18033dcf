import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { parentKindOf, taxonomyCreateInputSchema, taxonomyUpdateInputSchema, type TaxonomyKind, type TaxonomyTermRecord } from "@zorgpact/domain/taxonomy";
import { TextField } from "@zorgpact/ui/FormField.tsx";
import { ZodFormView } from "@zorgpact/ui/forms/FormParts.tsx";
import { LatestUnavailable, useZodForm, type ZodForm } from "@zorgpact/ui/forms/useZodForm.ts";
import { SelectField } from "../../forms/fields.tsx";
import { commonMessages } from "../../messages/common.ts";
import { taxonomyMessages } from "../../messages/taxonomies.ts";
import { trpc } from "../../trpc.ts";

const m = taxonomyMessages;

interface TermValues {
  label: string;
  /** "" while none is chosen. */
  parentId: string;
  /** As typed; "" leaves the order to the API (new) or keeps it (edit). */
  sortOrder: string;
}

type Parents = readonly { id: string; label: string; retired: boolean }[];

const order = (text: string) => (text.trim() === "" ? undefined : Number(text));

/**
 * A new term of `kind`, or an existing one renamed, moved or reordered with the version read.
 * After a CONFLICT the newest version is fetched and what was typed stays in the form.
 */
export function TermForm(props: {
  kind: TaxonomyKind;
  term?: TaxonomyTermRecord;
  parents: Parents;
  onDone: (term: TaxonomyTermRecord) => void;
  onCancel?: () => void;
}) {
  return props.term ? <EditTermForm {...props} term={props.term} /> : <NewTermForm {...props} />;
}

function NewTermForm({
  kind,
  parents,
  onDone,
  onCancel,
}: {
  kind: TaxonomyKind;
  parents: Parents;
  onDone: (term: TaxonomyTermRecord) => void;
  onCancel?: () => void;
}) {
  const queryClient = useQueryClient();
  const create = useMutation(trpc.taxonomy.create.mutationOptions());
  const form = useZodForm({
    schema: taxonomyCreateInputSchema,
    defaultValues: { label: "", parentId: "", sortOrder: "" } satisfies TermValues,
    toInput: (v) => {
      const sortOrder = order(v.sortOrder);
      return { kind, label: v.label, parentId: v.parentId || null, ...(sortOrder === undefined ? {} : { sortOrder }) };
    },
    submit: create.mutateAsync,
    savedMessage: null,
    onSaved(saved, input) {
      void queryClient.invalidateQueries({ queryKey: trpc.taxonomy.pathKey() });
      onDone(saved);
      // The parent stays chosen, so several terms under it follow quickly.
      return { label: "", parentId: input.parentId ?? "", sortOrder: "" };
    },
  });
  const headingId = "term-nieuw-kop";
  return (
    <section className="edit-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{m.newHeading(m.kinds[kind])}</h2>
      <TermFormView
        form={form}
        kind={kind}
        parents={parents}
        prefix="term-nieuw"
        label={m.newHeading(m.kinds[kind])}
        submitLabel={m.create}
        onCancel={onCancel}
      />
    </section>
  );
}

function EditTermForm({
  kind,
  term,
  parents,
  onDone,
  onCancel,
}: {
  kind: TaxonomyKind;
  term: TaxonomyTermRecord;
  parents: Parents;
  onDone: (term: TaxonomyTermRecord) => void;
  onCancel?: () => void;
}) {
  const queryClient = useQueryClient();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [version, setVersion] = useState(term.version);
  useEffect(() => {
    headingRef.current?.focus();
  }, [term]);
  const update = useMutation(trpc.taxonomy.update.mutationOptions());
  const form = useZodForm({
    schema: taxonomyUpdateInputSchema,
    defaultValues: { label: term.label, parentId: term.parentId ?? "", sortOrder: String(term.sortOrder) } satisfies TermValues,
    toInput: (v) => ({ id: term.id, version, label: v.label, parentId: v.parentId || null, sortOrder: order(v.sortOrder) ?? term.sortOrder }),
    submit: update.mutateAsync,
    savedMessage: null,
    onSaved(saved) {
      setVersion(saved.version);
      void queryClient.invalidateQueries({ queryKey: trpc.taxonomy.pathKey() });
      onDone(saved);
    },
    async loadLatest() {
      const page = await queryClient.fetchQuery({ ...trpc.taxonomy.listAll.queryOptions({ kind, pageSize: 100 }), staleTime: 0 });
      const found = page.items.find((t) => t.id === term.id);
      if (!found) throw new LatestUnavailable(commonMessages.latestGone);
      setVersion(found.version);
      return m.latestLoaded;
    },
  });
  const headingId = "term-bewerken-kop";
  return (
    <section className="edit-panel card" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {m.editHeading(term.label)}
      </h2>
      <TermFormView
        form={form}
        kind={kind}
        parents={parents}
        prefix="term-bewerken"
        label={m.editHeading(term.label)}
        submitLabel={m.save}
        onCancel={onCancel}
        existing
      />
    </section>
  );
}

/** Name, parent (for kinds that have one) and order, with the form's problem, status and actions. */
function TermFormView({
  form,
  kind,
  parents,
  prefix,
  label,
  submitLabel,
  onCancel,
  existing = false,
}: {
  form: ZodForm<TermValues>;
  kind: TaxonomyKind;
  parents: Parents;
  prefix: string;
  label: string;
  submitLabel: string;
  onCancel: (() => void) | undefined;
  existing?: boolean;
}) {
  const parentKind = parentKindOf(kind);
  return (
    <ZodFormView
      form={form}
      label={label}
      submitLabel={submitLabel}
      pendingLabel={commonMessages.saving}
      actions={
        onCancel ? (
          <button type="button" className="button--secondary" onClick={onCancel}>
            {commonMessages.cancel}
          </button>
        ) : null
      }
    >
      <TextField id={`${prefix}-naam`} label={m.label} autoComplete="off" required {...form.bind("label")} />
      {parentKind ? (
        <SelectField
          id={`${prefix}-valt-onder`}
          label={m.parent}
          hint={kind === "result_area" || kind === "effect_category" ? m.parentHint[kind] : undefined}
          required
          {...form.bind("parentId")}
        >
          <option value="">{commonMessages.choose}</option>
          {parents.map((p) => (
            <option key={p.id} value={p.id}>
              {p.retired ? `${p.label} ${commonMessages.retired}` : p.label}
            </option>
          ))}
        </SelectField>
      ) : null}
      <TextField
        id={`${prefix}-volgorde`}
        type="number"
        min={0}
        max={10000}
        label={existing ? m.sortOrder : `${m.sortOrder} ${commonMessages.optional}`}
        hint={m.sortOrderHint}
        {...form.bind("sortOrder")}
      />
    </ZodFormView>
  );
}
