import "../pact-edit/pact-edit.css";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useLocation, useParams } from "react-router";
import { regulationUpdateInputSchema, type RegulationRecord } from "@zorgpact/domain/regulation";
import { isNotFound } from "@zorgpact/ui/errors.ts";
import { ZodFormView } from "@zorgpact/ui/forms/FormParts.tsx";
import { LatestUnavailable, useZodForm } from "@zorgpact/ui/forms/useZodForm.ts";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { messages } from "../../messages.ts";
import { commonMessages } from "../../messages/common.ts";
import { regulationMessages } from "../../messages/regulation.ts";
import { RecordPage } from "../../layout/RecordPage.tsx";
import { trpc } from "../../trpc.ts";
import { ApplicationsSection } from "./ApplicationsSection.tsx";
import { regulationFieldNames, regulationFormValues, regulationNumberErrors, regulationToInput } from "./regulation-form.ts";
import { RegulationFields } from "./RegulationFields.tsx";

const m = regulationMessages.detail;

/** `/regelingen/:id` (national team): the regeling's fields and the pacts' applications. */
export function RegulationPage() {
  const { id = "" } = useParams();
  const regulation = useQuery(trpc.regulation.getForEdit.queryOptions({ id }, { retry: (count, error) => !isNotFound(error) && count < 2 }));
  useDocumentTitle(regulation.data?.name ?? m.loadingTitle, messages.siteName);
  return (
    <RecordPage query={regulation} back={{ to: "/regelingen", label: m.back }} title={m.loadingTitle} notFound={{ title: m.notFound }}>
      {(record, back) => (
        <>
          {back}
          <h1>{record.name}</h1>
          <p>
            {/* The public site lives outside the /admin basename. */}
            <a href={`/regelingen/${record.slug}`}>{m.publicLink}</a>
          </p>
          <EditRegulationForm key={record.id} regulation={record} />
          <ApplicationsSection regulation={record} />
        </>
      )}
    </RecordPage>
  );
}

function EditRegulationForm({ regulation }: { regulation: RegulationRecord }) {
  const location = useLocation();
  const queryClient = useQueryClient();
  const [version, setVersion] = useState(regulation.version);
  const update = useMutation(trpc.regulation.update.mutationOptions());
  const notice = (location.state as { notice?: unknown } | null)?.notice;
  const form = useZodForm({
    schema: regulationUpdateInputSchema,
    defaultValues: regulationFormValues(regulation),
    toInput: (values) => ({ ...regulationToInput(values), id: regulation.id, version }),
    extraErrors: regulationNumberErrors,
    fieldNames: regulationFieldNames,
    submit: update.mutateAsync,
    savedMessage: m.saved,
    initialStatus: typeof notice === "string" ? notice : null,
    onSaved(saved) {
      setVersion(saved.version);
      queryClient.setQueryData(trpc.regulation.getForEdit.queryKey({ id: saved.id }), saved);
      void queryClient.invalidateQueries({ queryKey: trpc.regulation.list.queryKey() });
      return regulationFormValues(saved);
    },
    // After a CONFLICT: take the newest version number; what was typed stays in the form.
    async loadLatest() {
      const latest = await queryClient
        .fetchQuery({ ...trpc.regulation.getForEdit.queryOptions({ id: regulation.id }), staleTime: 0 })
        .catch((error: unknown) => {
          if (isNotFound(error)) throw new LatestUnavailable(commonMessages.latestGone);
          throw error;
        });
      setVersion(latest.version);
      return m.latestLoaded;
    },
  });
  return (
    <ZodFormView form={form} label={m.editLabel} submitLabel={m.save} pendingLabel={m.saving}>
      <RegulationFields idPrefix="regeling" form={form} />
    </ZodFormView>
  );
}
