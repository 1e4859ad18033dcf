import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { categoryUpdateInputSchema, dimensionUpdateInputSchema, type Category, type Dimension } from "@zorgpact/domain/disaggregation";
import { TextField } from "@zorgpact/ui/FormField.tsx";
import { ZodFormView } from "@zorgpact/ui/forms/FormParts.tsx";
import { mergeTyped } from "@zorgpact/ui/forms/form-changes.ts";
import { LatestUnavailable, useZodForm } from "@zorgpact/ui/forms/useZodForm.ts";
import { TextAreaField } from "../../forms/fields.tsx";
import { commonMessages } from "../../messages/common.ts";
import { disaggregationMessages } from "../../messages/disaggregation.ts";
import { trpc } from "../../trpc.ts";

const m = disaggregationMessages.page;

/** Retired dimensions too: a record being renamed must be found again whatever the page's filter. */
const EVERY_DIMENSION = { includeRetired: true } as const;

function useLatestDimensions() {
  const queryClient = useQueryClient();
  return {
    async fetch(): Promise<Dimension[]> {
      return queryClient.fetchQuery({ ...trpc.disaggregation.listDimensions.queryOptions(EVERY_DIMENSION), staleTime: 0 });
    },
    refresh: () => queryClient.invalidateQueries({ queryKey: trpc.disaggregation.pathKey() }),
  };
}

interface RenameProps {
  onDone: (status: string | null) => void;
}

/** Renames a dimension (and its description) with the version read; a stale version keeps what was typed. */
export function DimensionRenameForm({ dimension, onDone }: RenameProps & { dimension: Dimension }) {
  const latest = useLatestDimensions();
  const [version, setVersion] = useState(dimension.version);
  const update = useMutation(trpc.disaggregation.updateDimension.mutationOptions());
  const id = useId();
  const form = useZodForm({
    schema: dimensionUpdateInputSchema,
    defaultValues: { label: dimension.label, description: dimension.description ?? "" },
    toInput: (v) => ({ id: dimension.id, version, label: v.label, description: v.description }),
    submit: update.mutateAsync,
    savedMessage: null,
    onSaved(saved) {
      void latest.refresh();
      onDone(m.renamed(saved.label));
    },
    // The newest stored name and description with what was changed here put back on top: a
    // description someone else wrote meanwhile is kept unless it was edited here too.
    async loadLatest(typed, saved) {
      const found = (await latest.fetch()).find((d) => d.id === dimension.id);
      if (!found) throw new LatestUnavailable(commonMessages.latestGone);
      setVersion(found.version);
      const stored = { label: found.label, description: found.description ?? "" };
      return { stored, values: mergeTyped(saved, typed, stored).values, status: m.latestStored(found.label) };
    },
  });
  return (
    <ZodFormView
      form={form}
      label={m.renameOf(dimension.label)}
      submitLabel={m.saveName}
      pendingLabel={commonMessages.saving}
      className="form-stack rename-form"
      actions={
        <button type="button" className="button--secondary" onClick={() => onDone(null)}>
          {commonMessages.cancel}
        </button>
      }
    >
      <TextField id={`${id}-naam`} label={m.label} autoComplete="off" required {...form.bind("label")} />
      <TextAreaField id={`${id}-toelichting`} label={`${m.description} ${commonMessages.optional}`} rows={2} {...form.bind("description")} />
    </ZodFormView>
  );
}

/** Renames a category; its place in the order stays as it is. */
export function CategoryRenameForm({ dimension, category, onDone }: RenameProps & { dimension: Dimension; category: Category }) {
  const latest = useLatestDimensions();
  const [stored, setStored] = useState({ version: category.version, sortOrder: category.sortOrder });
  const update = useMutation(trpc.disaggregation.updateCategory.mutationOptions());
  const id = useId();
  const form = useZodForm({
    schema: categoryUpdateInputSchema,
    defaultValues: { label: category.label },
    toInput: (v) => ({ id: category.id, version: stored.version, sortOrder: stored.sortOrder, label: v.label }),
    submit: update.mutateAsync,
    savedMessage: null,
    onSaved(_saved, input) {
      void latest.refresh();
      onDone(m.renamed(input.label));
    },
    async loadLatest() {
      const found = (await latest.fetch()).find((d) => d.id === dimension.id)?.categories.find((c) => c.id === category.id);
      if (!found) throw new LatestUnavailable(commonMessages.latestGone);
      setStored({ version: found.version, sortOrder: found.sortOrder });
      return m.latestStored(found.label);
    },
  });
  return (
    <ZodFormView
      form={form}
      label={m.renameOf(category.label)}
      submitLabel={m.saveName}
      pendingLabel={commonMessages.saving}
      className="form-stack rename-form"
      actions={
        <button type="button" className="button--secondary" onClick={() => onDone(null)}>
          {commonMessages.cancel}
        </button>
      }
    >
      <TextField id={`${id}-naam`} label={m.categoryName} autoComplete="off" required {...form.bind("label")} />
    </ZodFormView>
  );
}
