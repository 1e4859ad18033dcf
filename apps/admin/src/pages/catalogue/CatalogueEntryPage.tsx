import "../pact-edit/pact-edit.css";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { catalogueEntryUpdateInputSchema, type CatalogueEntry } from "@zorgpact/domain/indicator-catalogue";
import { errorCode } from "@zorgpact/ui/errors.ts";
import { ZodFormView } from "@zorgpact/ui/forms/FormParts.tsx";
import { LatestUnavailable, useZodForm } from "@zorgpact/ui/forms/useZodForm.ts";
import { ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { messages } from "../../messages.ts";
import { commonMessages } from "../../messages/common.ts";
import { catalogueMessages as m } from "../../messages/catalogue.ts";
import { trpc } from "../../trpc.ts";
import { catalogueFormValues, catalogueToInput } from "./catalogue-form.ts";
import { CatalogueFields } from "./CatalogueFields.tsx";

/** `/indicatorcatalogus/:id` (national team): edit an entry, archive or reactivate it. */
export function CatalogueEntryPage() {
  const { id = "" } = useParams();
  const entry = useQuery(trpc.indicatorCatalogue.get.queryOptions({ id }));
  useDocumentTitle(entry.data?.name ?? m.title, messages.siteName);
  const back = (
    <p className="back-link">
      <Link to="/indicatorcatalogus">← {m.backToList}</Link>
    </p>
  );
  if (entry.isPending) return <LoadingState />;
  if (entry.isError) {
    const missing = errorCode(entry.error) === "NOT_FOUND" || errorCode(entry.error) === "BAD_REQUEST";
    return (
      <>
        {back}
        {missing ? <h1>{m.notFound}</h1> : <ErrorState onRetry={() => void entry.refetch()} />}
      </>
    );
  }
  return (
    <>
      {back}
      <h1>{entry.data.name}</h1>
      <p>{m.adoptionsNote(entry.data.adoptionCount)}</p>
      <EditCatalogueForm key={entry.data.id} entry={entry.data} />
    </>
  );
}

function EditCatalogueForm({ entry }: { entry: CatalogueEntry }) {
  const queryClient = useQueryClient();
  const [version, setVersion] = useState(entry.version);
  const update = useMutation(trpc.indicatorCatalogue.update.mutationOptions());
  const form = useZodForm({
    schema: catalogueEntryUpdateInputSchema,
    defaultValues: catalogueFormValues(entry),
    toInput: (values) => ({ ...catalogueToInput(values), id: entry.id, version }),
    submit: update.mutateAsync,
    savedMessage: m.saved,
    onSaved(stored) {
      setVersion(stored.version);
      void queryClient.invalidateQueries({ queryKey: trpc.indicatorCatalogue.list.queryKey() });
      queryClient.setQueryData(trpc.indicatorCatalogue.get.queryKey({ id: entry.id }), stored);
      return catalogueFormValues(stored);
    },
    async loadLatest() {
      try {
        const latest = await queryClient.fetchQuery({ ...trpc.indicatorCatalogue.get.queryOptions({ id: entry.id }), staleTime: 0 });
        setVersion(latest.version);
      } catch {
        throw new LatestUnavailable(commonMessages.latestGone);
      }
    },
  });
  return (
    <ZodFormView form={form} label={m.editLabel}>
      <CatalogueFields idPrefix="catalogusindicator" form={form} showStatus />
    </ZodFormView>
  );
}
