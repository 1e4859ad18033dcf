import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { parentKindOf, taxonomyCreateInputSchema, taxonomyUpdateInputSchema, type TaxonomyKind, type TaxonomyTermRecord } from "@zorgpact/domain/taxonomy";
import { errorCode } from "@zorgpact/ui/errors.ts";
import { apiFieldErrors, type FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { TextField } from "@zorgpact/ui/FormField.tsx";
import { FormAlert, formFailure } from "../../forms/FormAlert.tsx";
import { useFocusFirstError } from "../../forms/useFocusFirstError.ts";
import { validate } from "../../forms/validate.ts";
import { adminMessages, messages } from "../../messages.ts";
import { trpc } from "../../trpc.ts";
import { ConflictAlert } from "../pact-edit/ConflictAlert.tsx";
import { SelectField } from "../../forms/fields.tsx";

const m = adminMessages.taxonomies;

/**
 * A new term of `kind`, or an existing one renamed, moved or reordered with the version read.
 * After a CONFLICT the newest version is fetched and what was typed stays in the form.
 */
export function TermForm({
  kind,
  term,
  parents,
  onDone,
  onCancel,
}: {
  kind: TaxonomyKind;
  term?: TaxonomyTermRecord;
  parents: readonly { id: string; label: string; retired: boolean }[];
  onDone: (term: TaxonomyTermRecord) => void;
  onCancel?: () => void;
}) {
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [label, setLabel] = useState(term?.label ?? "");
  const [parentId, setParentId] = useState(term?.parentId ?? "");
  const [sortOrder, setSortOrder] = useState(term ? String(term.sortOrder) : "");
  const [version, setVersion] = useState(term?.version ?? 1);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [reloading, setReloading] = useState(false);
  const [reloadFailed, setReloadFailed] = useState(false);
  const [reloaded, setReloaded] = useState(false);
  useFocusFirstError(formRef, errors);
  useEffect(() => {
    if (term) headingRef.current?.focus();
  }, [term]);
  const parentKind = parentKindOf(kind);
  const prefix = term ? "term-bewerken" : "term-nieuw";
  const headingId = `${prefix}-kop`;

  const options = {
    onSuccess(saved: TaxonomyTermRecord) {
      void queryClient.invalidateQueries({ queryKey: trpc.taxonomy.pathKey() });
      if (!term) {
        setLabel("");
        setSortOrder("");
      }
      onDone(saved);
    },
    onError: (error: unknown) => setErrors(apiFieldErrors(error)),
  };
  const create = useMutation(trpc.taxonomy.create.mutationOptions(options));
  const update = useMutation(trpc.taxonomy.update.mutationOptions(options));
  const action = term ? update : create;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (action.isPending) return;
    action.reset();
    setReloaded(false);
    const order = sortOrder.trim() === "" ? undefined : Number(sortOrder);
    if (term) {
      const result = validate(taxonomyUpdateInputSchema, { id: term.id, version, label, parentId: parentId || null, sortOrder: order ?? term.sortOrder });
      setErrors(result.errors);
      if (result.ok) update.mutate(result.data);
    } else {
      const result = validate(taxonomyCreateInputSchema, { kind, label, parentId: parentId || null, ...(order === undefined ? {} : { sortOrder: order }) });
      setErrors(result.errors);
      if (result.ok) create.mutate(result.data);
    }
  };

  const loadLatest = async () => {
    if (!term) return;
    setReloading(true);
    setReloadFailed(false);
    try {
      const page = await queryClient.fetchQuery({ ...trpc.taxonomy.listAll.queryOptions({ kind, pageSize: 100 }), staleTime: 0 });
      const all = page.items.find((t) => t.id === term.id);
      if (!all) throw new Error("gone");
      setVersion(all.version);
      setReloaded(true);
      update.reset();
    } catch {
      setReloadFailed(true);
    } finally {
      setReloading(false);
    }
  };

  return (
    <section className={term ? "edit-panel card" : "edit-panel"} aria-labelledby={headingId}>
      {term ? (
        <h2 id={headingId} ref={headingRef} tabIndex={-1}>
          {m.editHeading(term.label)}
        </h2>
      ) : (
        <h2 id={headingId}>{m.newHeading(m.kinds[kind])}</h2>
      )}
      {errorCode(action.error) === "CONFLICT" && term ? (
        <ConflictAlert error={action.error} onLoadLatest={() => void loadLatest()} loading={reloading} failed={reloadFailed} />
      ) : action.isError ? (
        <FormAlert title={messages.error.title}>
          <p>{formFailure(action.error, adminMessages.common.checkFields)}</p>
        </FormAlert>
      ) : null}
      {reloaded ? (
        <p className="notice" role="status">
          {m.latestLoaded}
        </p>
      ) : null}
      <form ref={formRef} className="form-stack" noValidate onSubmit={onSubmit} aria-labelledby={headingId}>
        <TextField
          id={`${prefix}-naam`}
          name="label"
          label={m.label}
          autoComplete="off"
          value={label}
          onValueChange={setLabel}
          error={errors["label"]}
          required
        />
        {parentKind ? (
          <SelectField
            id={`${prefix}-valt-onder`}
            name="parentId"
            label={m.parent}
            hint={kind === "result_area" || kind === "effect_category" ? m.parentHint[kind] : undefined}
            value={parentId}
            onValueChange={setParentId}
            error={errors["parentId"]}
            required
          >
            <option value="">{adminMessages.common.choose}</option>
            {parents.map((p) => (
              <option key={p.id} value={p.id}>
                {p.retired ? `${p.label} ${adminMessages.common.retired}` : p.label}
              </option>
            ))}
          </SelectField>
        ) : null}
        <TextField
          id={`${prefix}-volgorde`}
          name="sortOrder"
          type="number"
          min={0}
          max={10000}
          label={term ? m.sortOrder : `${m.sortOrder} ${adminMessages.common.optional}`}
          hint={m.sortOrderHint}
          value={sortOrder}
          onValueChange={setSortOrder}
          error={errors["sortOrder"]}
        />
        <div className="form-actions">
          <button type="submit" aria-disabled={action.isPending || undefined}>
            {action.isPending ? adminMessages.common.saving : term ? m.save : m.create}
          </button>
          {onCancel ? (
            <button type="button" className="button--secondary" onClick={onCancel}>
              {adminMessages.common.cancel}
            </button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
