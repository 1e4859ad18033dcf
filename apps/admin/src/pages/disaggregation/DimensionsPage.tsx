import "./dimensions.css";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Fragment, useId, useState } from "react";
import { categoryCreateInputSchema, dimensionCreateInputSchema, type Dimension } from "@zorgpact/domain/disaggregation";
import { TextField } from "@zorgpact/ui/FormField.tsx";
import { FormAlert, FormStatus } from "@zorgpact/ui/forms/FormParts.tsx";
import { ZodFormView } from "@zorgpact/ui/forms/FormParts.tsx";
import { useZodForm } from "@zorgpact/ui/forms/useZodForm.ts";
import { apiMessage } from "@zorgpact/ui/form-errors.ts";
import { ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { TableWrap } from "@zorgpact/ui/TableWrap.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { TextAreaField } from "../../forms/fields.tsx";
import { messages } from "../../messages.ts";
import { commonMessages } from "../../messages/common.ts";
import { disaggregationMessages } from "../../messages/disaggregation.ts";
import { trpc } from "../../trpc.ts";
import { CategoryRenameForm, DimensionRenameForm } from "./RenameForms.tsx";

const m = disaggregationMessages.page;

/** `/uitsplitsingen` (national team): the dimensions indicators can be split by, and their categories. */
export function DimensionsPage() {
  useDocumentTitle(m.title, messages.siteName);
  const [includeRetired, setIncludeRetired] = useState(false);
  const list = useQuery(trpc.disaggregation.listDimensions.queryOptions({ includeRetired }));
  const [status, setStatus] = useState<string | null>(null);
  return (
    <>
      <h1>{m.heading}</h1>
      <p>{m.intro}</p>
      <FormStatus>{status}</FormStatus>
      <p>
        <label className="checkbox">
          <input type="checkbox" checked={includeRetired} onChange={(e) => setIncludeRetired(e.target.checked)} /> {m.retiredDimensions}
        </label>
      </p>
      {list.isPending ? (
        <LoadingState label={m.loading} />
      ) : list.isError ? (
        <ErrorState onRetry={() => void list.refetch()} />
      ) : list.data.length === 0 ? (
        <p className="muted">{m.empty}</p>
      ) : (
        list.data.map((dimension) => <DimensionCard key={dimension.id} dimension={dimension} onStatus={setStatus} />)
      )}
      <NewDimension onStatus={setStatus} />
    </>
  );
}

function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.disaggregation.pathKey() });
}

function NewDimension({ onStatus }: { onStatus: (text: string) => void }) {
  const refresh = useRefresh();
  const create = useMutation(trpc.disaggregation.createDimension.mutationOptions());
  const form = useZodForm({
    schema: dimensionCreateInputSchema,
    defaultValues: { label: "", description: "" },
    toInput: (v) => ({ label: v.label, description: v.description }),
    submit: create.mutateAsync,
    savedMessage: null,
    onSaved(saved) {
      void refresh();
      onStatus(m.created(saved.label));
      return { label: "", description: "" };
    },
  });
  const headingId = useId();
  return (
    <section className="edit-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{m.newHeading}</h2>
      <ZodFormView form={form} label={m.newHeading} submitLabel={m.create} pendingLabel={commonMessages.saving}>
        <TextField id="dimensie-naam" label={m.label} autoComplete="off" required {...form.bind("label")} />
        <TextAreaField id="dimensie-toelichting" label={`${m.description} ${commonMessages.optional}`} rows={2} {...form.bind("description")} />
      </ZodFormView>
    </section>
  );
}

function DimensionCard({ dimension, onStatus }: { dimension: Dimension; onStatus: (text: string) => void }) {
  const refresh = useRefresh();
  const [problem, setProblem] = useState<string | null>(null);
  const onError = (error: unknown) => {
    setProblem(apiMessage(error) ?? commonMessages.unknownError);
    void refresh();
  };
  const retireDimension = useMutation(
    trpc.disaggregation.setDimensionRetired.mutationOptions({
      onSuccess: (saved) => {
        onStatus(m.retiredStatus(saved.label, saved.retired));
        void refresh();
      },
      onError,
    }),
  );
  const retireCategory = useMutation(
    trpc.disaggregation.setCategoryRetired.mutationOptions({
      onSuccess: (_saved, input) => {
        const label = dimension.categories.find((c) => c.id === input.id)?.label ?? "";
        onStatus(m.retiredStatus(label, input.retired));
        void refresh();
      },
      onError,
    }),
  );
  // One rename form open at a time in a card: the dimension's own ("dimension") or a category's id.
  const [renaming, setRenaming] = useState<string | null>(null);
  const headingId = useId();
  const toggleId = (key: string) => `${headingId}-naam-${key}`;
  const renamed = (text: string | null) => {
    const key = renaming;
    setRenaming(null);
    if (text) onStatus(text);
    // The form goes away: focus back on the button that opened it, not lost at the top of the page.
    if (key) requestAnimationFrame(() => document.getElementById(toggleId(key))?.focus());
  };
  const caption = m.categoriesCaption(dimension.label);
  return (
    <section className={`card dimension-card${dimension.retired ? " row--inactive" : ""}`} aria-labelledby={headingId}>
      <h2 id={headingId}>
        {dimension.label}
        {dimension.retired ? <span className="muted"> {commonMessages.retired}</span> : null}
      </h2>
      {dimension.description ? <p>{dimension.description}</p> : null}
      <p className="muted">{m.indicatorCount(dimension.indicatorCount)}</p>
      <p>
        <button
          type="button"
          id={toggleId("dimension")}
          className="button--secondary button--small"
          aria-expanded={renaming === "dimension"}
          onClick={() => setRenaming(renaming === "dimension" ? null : "dimension")}
        >
          {m.rename}
          <span className="visually-hidden">{m.of(dimension.label)}</span>
        </button>
      </p>
      {renaming === "dimension" ? <DimensionRenameForm dimension={dimension} onDone={renamed} /> : null}
      {problem ? (
        <FormAlert>
          <p>{problem}</p>
        </FormAlert>
      ) : null}
      <TableWrap label={caption}>
        <table>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.category}</th>
              <th scope="col">{commonMessages.actions}</th>
            </tr>
          </thead>
          <tbody>
            {dimension.categories.map((category) => (
              <Fragment key={category.id}>
                <tr className={category.retired ? "row--inactive" : undefined}>
                  <th scope="row">
                    {category.label}
                    <br />
                    <span className="muted">
                      {category.retired ? m.retired : m.active} · {m.usage(category.usageCount)}
                    </span>
                  </th>
                  <td className="dimension-card__actions">
                    <button
                      type="button"
                      className="button--secondary button--small"
                      id={toggleId(category.id)}
                      aria-expanded={renaming === category.id}
                      onClick={() => setRenaming(renaming === category.id ? null : category.id)}
                    >
                      {m.rename}
                      <span className="visually-hidden">{m.of(category.label)}</span>
                    </button>{" "}
                    <button
                      type="button"
                      className="button--secondary button--small"
                      aria-disabled={retireCategory.isPending || undefined}
                      onClick={() => {
                        if (retireCategory.isPending) return;
                        setProblem(null);
                        retireCategory.mutate({ id: category.id, version: category.version, retired: !category.retired });
                      }}
                    >
                      {category.retired ? m.restore : m.retire}
                      <span className="visually-hidden">{m.of(category.label)}</span>
                    </button>
                  </td>
                </tr>
                {renaming === category.id ? (
                  <tr>
                    <td colSpan={2}>
                      <CategoryRenameForm dimension={dimension} category={category} onDone={renamed} />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            ))}
          </tbody>
        </table>
      </TableWrap>
      {dimension.retired ? null : <NewCategory dimension={dimension} onStatus={onStatus} />}
      <p>
        <button
          type="button"
          className="button--secondary"
          aria-disabled={retireDimension.isPending || undefined}
          onClick={() => {
            if (retireDimension.isPending) return;
            setProblem(null);
            retireDimension.mutate({ id: dimension.id, version: dimension.version, retired: !dimension.retired });
          }}
        >
          {dimension.retired ? m.restore : m.retire}
          <span className="visually-hidden">{m.of(dimension.label)}</span>
        </button>
      </p>
    </section>
  );
}

function NewCategory({ dimension, onStatus }: { dimension: Dimension; onStatus: (text: string) => void }) {
  const refresh = useRefresh();
  const add = useMutation(trpc.disaggregation.addCategory.mutationOptions());
  const form = useZodForm({
    schema: categoryCreateInputSchema,
    defaultValues: { label: "" },
    toInput: (v) => ({ dimensionId: dimension.id, label: v.label }),
    submit: add.mutateAsync,
    savedMessage: null,
    onSaved(_saved, input) {
      void refresh();
      onStatus(m.categoryAdded(input.label));
      return { label: "" };
    },
  });
  const id = useId();
  return (
    <ZodFormView form={form} label={`${m.newCategory}: ${dimension.label}`} submitLabel={m.addCategory} pendingLabel={commonMessages.saving}>
      <TextField id={`${id}-categorie`} label={`${m.newCategory} (${dimension.label})`} autoComplete="off" required {...form.bind("label")} />
    </ZodFormView>
  );
}
