import "../pact-edit/pact-edit.css";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { Link, useLocation, useParams } from "react-router";
import type { RegulationRecord } from "@zorgpact/domain/regulation";
import { errorCode, isNotFound } from "@zorgpact/ui/errors.ts";
import type { FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { FormAlert, formFailure, FormStatus } from "../../forms/FormAlert.tsx";
import { useFocusFirstError } from "../../forms/useFocusFirstError.ts";
import { adminMessages, messages } from "../../messages.ts";
import { regulationMessages } from "../../messages/regulation.ts";
import { trpc } from "../../trpc.ts";
import { ConflictAlert } from "../pact-edit/ConflictAlert.tsx";
import { ApplicationsSection } from "./ApplicationsSection.tsx";
import { formFieldErrors, regulationFormValues, regulationUpdateInput, type RegulationFormValues } from "./regulation-form.ts";
import { RegulationFields } from "./RegulationFields.tsx";

const m = regulationMessages.detail;

/** `/regelingen/:id` (national team): the regeling's fields and the pacts' applications. */
export function RegulationPage() {
  const { id = "" } = useParams();
  const regulation = useQuery(trpc.regulation.getForEdit.queryOptions({ id }, { retry: (count, error) => !isNotFound(error) && count < 2 }));
  useDocumentTitle(regulation.data?.name ?? m.loadingTitle, messages.siteName);
  const back = (
    <p className="back-link">
      <Link to="/regelingen">← {m.back}</Link>
    </p>
  );
  if (regulation.isPending) return <LoadingState />;
  if (regulation.isError) {
    return isNotFound(regulation.error) ? (
      <>
        {back}
        <h1>{m.notFound}</h1>
      </>
    ) : (
      <ErrorState onRetry={() => void regulation.refetch()} />
    );
  }
  return (
    <>
      {back}
      <h1>{regulation.data.name}</h1>
      <p>
        {/* The public site lives outside the /admin basename. */}
        <a href={`/regelingen/${regulation.data.slug}`}>{m.publicLink}</a>
      </p>
      <EditRegulationForm key={regulation.data.id} regulation={regulation.data} />
      <ApplicationsSection regulation={regulation.data} />
    </>
  );
}

function EditRegulationForm({ regulation }: { regulation: RegulationRecord }) {
  const location = useLocation();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [version, setVersion] = useState(regulation.version);
  const [values, setValues] = useState<RegulationFormValues>(() => regulationFormValues(regulation));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<string | null>(() => {
    const notice = (location.state as { notice?: unknown } | null)?.notice;
    return typeof notice === "string" ? notice : null;
  });
  const [reloading, setReloading] = useState(false);
  const [reloadFailed, setReloadFailed] = useState(false);
  useFocusFirstError(formRef, errors);
  const update = useMutation(
    trpc.regulation.update.mutationOptions({
      onSuccess(saved) {
        setVersion(saved.version);
        setValues(regulationFormValues(saved));
        setStatus(m.saved);
        queryClient.setQueryData(trpc.regulation.getForEdit.queryKey({ id: saved.id }), saved);
        void queryClient.invalidateQueries({ queryKey: trpc.regulation.list.queryKey() });
      },
      onError: (error) => setErrors(formFieldErrors(error, { budgetCents: "budget" })),
    }),
  );
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    update.reset();
    setStatus(null);
    const result = regulationUpdateInput(values, { id: regulation.id, version });
    setErrors(result.errors);
    if (result.ok) update.mutate(result.data);
  };
  const loadLatest = async () => {
    setReloading(true);
    setReloadFailed(false);
    try {
      const latest = await queryClient.fetchQuery({ ...trpc.regulation.getForEdit.queryOptions({ id: regulation.id }), staleTime: 0 });
      setVersion(latest.version);
      update.reset();
      setStatus(m.latestLoaded);
    } catch {
      setReloadFailed(true);
    } finally {
      setReloading(false);
    }
  };
  return (
    <>
      {errorCode(update.error) === "CONFLICT" ? (
        <ConflictAlert error={update.error} onLoadLatest={() => void loadLatest()} loading={reloading} failed={reloadFailed} />
      ) : update.isError ? (
        <FormAlert title={messages.error.title}>
          <p>{formFailure(update.error, adminMessages.common.checkFields)}</p>
        </FormAlert>
      ) : null}
      <FormStatus>{status}</FormStatus>
      <form ref={formRef} className="form-stack" noValidate onSubmit={onSubmit} aria-label={m.editLabel}>
        <RegulationFields idPrefix="regeling" values={values} onChange={setValues} errors={errors} />
        <div className="form-actions">
          <button type="submit" aria-disabled={update.isPending || undefined}>
            {update.isPending ? m.saving : m.save}
          </button>
        </div>
      </form>
    </>
  );
}
