import "../pact-edit/pact-edit.css";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { Link, useLocation, useParams } from "react-router";
import { isTreated, type BarrierRecord } from "@zorgpact/domain/barrier";
import { errorCode, isNotFound } from "@zorgpact/ui/errors.ts";
import { formatDate } from "@zorgpact/ui/format.ts";
import { apiFieldErrors, type FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { FormAlert, formFailure, FormStatus } from "../../forms/FormAlert.tsx";
import { useFocusFirstError } from "../../forms/useFocusFirstError.ts";
import { adminMessages, messages } from "../../messages.ts";
import { barrierMessages } from "../../messages/barrier.ts";
import { trpc } from "../../trpc.ts";
import { ConflictAlert } from "../pact-edit/ConflictAlert.tsx";
import { barrierFormValues, barrierUpdateInput, type BarrierFormValues } from "./barrier-form.ts";
import { IntakeFields, TriageFields } from "./BarrierFields.tsx";

const m = barrierMessages.detail;

/** `/drempels/:id` (national team): the report and its triage form. */
export function BarrierPage() {
  const { id = "" } = useParams();
  const barrier = useQuery(trpc.barrier.get.queryOptions({ id }, { retry: (count, error) => !isNotFound(error) && count < 2 }));
  useDocumentTitle(barrier.data ? m.title(barrier.data.reference) : m.loadingTitle, messages.siteName);
  const back = (
    <p className="back-link">
      <Link to="/drempels">← {m.back}</Link>
    </p>
  );
  if (barrier.isPending) return <LoadingState />;
  if (barrier.isError) {
    return isNotFound(barrier.error) ? (
      <>
        {back}
        <h1>{m.notFound}</h1>
      </>
    ) : (
      <ErrorState onRetry={() => void barrier.refetch()} />
    );
  }
  return (
    <>
      {back}
      <h1>{m.title(barrier.data.reference)}</h1>
      <Facts barrier={barrier.data} />
      <TriageForm key={barrier.data.id} barrier={barrier.data} />
    </>
  );
}

function Facts({ barrier }: { barrier: BarrierRecord }) {
  const published = isTreated(barrier.status);
  return (
    <section aria-labelledby="drempel-gegevens">
      <h2 id="drempel-gegevens">{m.facts}</h2>
      <dl className="compare-list">
        <div className="compare-list__row">
          <dt>{m.channel}</dt>
          <dd>{barrierMessages.channel[barrier.channel]}</dd>
        </div>
        <div className="compare-list__row">
          <dt>{m.receivedOn}</dt>
          <dd>{formatDate(barrier.receivedOn)}</dd>
        </div>
        {barrier.answeredOn ? (
          <div className="compare-list__row">
            <dt>{m.answeredOn}</dt>
            <dd>{formatDate(barrier.answeredOn)}</dd>
          </div>
        ) : null}
        <div className="compare-list__row">
          <dt>{m.published}</dt>
          <dd>
            {published ? (
              // The public site lives outside the /admin basename.
              <a href={`/ruimte-in-de-regels/${barrier.number}`}>{m.publicLink}</a>
            ) : (
              m.notPublished
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}

function TriageForm({ barrier }: { barrier: BarrierRecord }) {
  const location = useLocation();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [stored, setStored] = useState(barrier);
  const [values, setValues] = useState<BarrierFormValues>(() => barrierFormValues(barrier));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<string | null>(() => {
    const notice = (location.state as { notice?: unknown } | null)?.notice;
    return typeof notice === "string" ? notice : null;
  });
  const [reloading, setReloading] = useState(false);
  const [reloadFailed, setReloadFailed] = useState(false);
  useFocusFirstError(formRef, errors);
  const update = useMutation(
    trpc.barrier.update.mutationOptions({
      onSuccess(saved) {
        setStored(saved);
        setValues(barrierFormValues(saved));
        setStatus(m.saved);
        queryClient.setQueryData(trpc.barrier.get.queryKey({ id: saved.id }), saved);
        void queryClient.invalidateQueries({ queryKey: trpc.barrier.list.queryKey() });
      },
      onError: (error) => setErrors(apiFieldErrors(error)),
    }),
  );
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    update.reset();
    setStatus(null);
    const result = barrierUpdateInput(values, { id: stored.id, version: stored.version });
    setErrors(result.errors);
    if (result.ok) update.mutate(result.data);
  };
  // After a CONFLICT: take the newest version number (and its status), keep what was typed.
  const loadLatest = async () => {
    setReloading(true);
    setReloadFailed(false);
    try {
      const latest = await queryClient.fetchQuery({ ...trpc.barrier.get.queryOptions({ id: stored.id }), staleTime: 0 });
      setStored(latest);
      setValues((typed) => ({ ...typed, status: latest.status }));
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
        <TriageFields idPrefix="drempel" values={values} onChange={setValues} errors={errors} storedStatus={stored.status} />
        <IntakeFields idPrefix="drempel" values={values} onChange={setValues} errors={errors} />
        <div className="form-actions">
          <button type="submit" aria-disabled={update.isPending || undefined}>
            {update.isPending ? m.saving : m.save}
          </button>
        </div>
      </form>
    </>
  );
}
