import "../pact-edit/pact-edit.css";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { Link, useNavigate, useParams } from "react-router";
import type { EventRecord } from "@zorgpact/domain/event";
import { ConfirmDialog } from "@zorgpact/ui/ConfirmDialog.tsx";
import { errorCode } from "@zorgpact/ui/errors.ts";
import { apiFieldErrors, apiMessage, type FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { FormAlert, formFailure, FormStatus } from "../../forms/FormAlert.tsx";
import { useFocusFirstError } from "../../forms/useFocusFirstError.ts";
import { adminMessages, messages } from "../../messages.ts";
import { eventMessages } from "../../messages/event.ts";
import { trpc } from "../../trpc.ts";
import { ConflictAlert } from "../pact-edit/ConflictAlert.tsx";
import { eventFormValues, eventUpdateInput, type EventFormValues } from "./event-form.ts";
import { EventFields } from "./EventFields.tsx";

const m = eventMessages.edit;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `/evenementen/:id` (national team): edit an event with the version read, or delete it after confirming. */
export function EventPage() {
  const { id = "" } = useParams();
  const valid = UUID.test(id);
  const query = useQuery(trpc.event.getForEdit.queryOptions({ id }, { enabled: valid }));
  useDocumentTitle(query.data?.title ?? m.loadingTitle, messages.siteName);
  const back = (
    <p className="back-link">
      <Link to="/evenementen">← {m.back}</Link>
    </p>
  );
  const code = errorCode(query.error);
  if (!valid || code === "NOT_FOUND" || code === "BAD_REQUEST") {
    return (
      <>
        {back}
        <h1>{m.loadingTitle}</h1>
        <p>{m.notFound}</p>
      </>
    );
  }
  if (query.isPending) return <LoadingState />;
  if (!query.data) {
    return (
      <>
        {back}
        <h1>{m.loadingTitle}</h1>
        <ErrorState onRetry={() => void query.refetch()} />
      </>
    );
  }
  return (
    <>
      {back}
      <h1>{query.data.title}</h1>
      {query.data.published ? (
        <p>
          {/* The public site lives outside the /admin basename. */}
          <a href={`/agenda/${query.data.id}`}>{m.publicLink}</a>
        </p>
      ) : null}
      <EditEventForm key={query.data.id} event={query.data} />
      <DeleteEvent event={query.data} />
    </>
  );
}

function EditEventForm({ event }: { event: EventRecord }) {
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<EventFormValues>(() => eventFormValues(event));
  const [version, setVersion] = useState(event.version);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [reloadFailed, setReloadFailed] = useState(false);
  const [latestLoaded, setLatestLoaded] = useState(false);
  useFocusFirstError(formRef, errors);
  const key = trpc.event.getForEdit.queryKey({ id: event.id });
  const update = useMutation(
    trpc.event.update.mutationOptions({
      onSuccess(stored) {
        setVersion(stored.version);
        setValues(eventFormValues(stored));
        setSaved(true);
        setLatestLoaded(false);
        queryClient.setQueryData(key, stored);
        void queryClient.invalidateQueries({ queryKey: trpc.event.listAll.queryKey() });
      },
      onError: (error) => setErrors(apiFieldErrors(error)),
    }),
  );
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (update.isPending) return;
    update.reset();
    setSaved(false);
    const result = eventUpdateInput(values, { id: event.id, version });
    setErrors(result.errors);
    if (result.ok) update.mutate(result.data);
  };
  const loadLatest = async () => {
    setReloading(true);
    setReloadFailed(false);
    try {
      const latest = await queryClient.fetchQuery({ ...trpc.event.getForEdit.queryOptions({ id: event.id }), staleTime: 0 });
      setVersion(latest.version);
      setLatestLoaded(true);
      update.reset();
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
      {latestLoaded ? <p className="notice">{m.latestLoaded}</p> : null}
      <FormStatus>{saved ? m.saved : null}</FormStatus>
      <form ref={formRef} className="form-stack" noValidate onSubmit={onSubmit} aria-label={event.title}>
        <EventFields values={values} onChange={setValues} errors={errors} />
        <div className="form-actions">
          <button type="submit" aria-disabled={update.isPending || undefined}>
            {update.isPending ? m.saving : m.save}
          </button>
        </div>
      </form>
    </>
  );
}

function DeleteEvent({ event }: { event: EventRecord }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const remove = useMutation(
    trpc.event.delete.mutationOptions({
      async onSuccess() {
        setOpen(false);
        queryClient.removeQueries({ queryKey: trpc.event.getForEdit.queryKey({ id: event.id }) });
        await queryClient.invalidateQueries({ queryKey: trpc.event.listAll.queryKey() });
        await navigate("/evenementen", { state: { notice: m.deleted(event.title) } });
      },
      async onError(error) {
        // Someone changed it meanwhile: show the newest version; deleting again is a new decision.
        if (errorCode(error) === "CONFLICT") await queryClient.invalidateQueries({ queryKey: trpc.event.getForEdit.queryKey({ id: event.id }) });
      },
    }),
  );
  return (
    <section aria-labelledby="evenement-verwijderen">
      <h2 id="evenement-verwijderen">{m.deleteHeading}</h2>
      <p>{m.deleteIntro}</p>
      <button
        type="button"
        className="button--danger"
        onClick={() => {
          remove.reset();
          setOpen(true);
        }}
      >
        {m.delete}
      </button>
      <ConfirmDialog
        open={open}
        title={m.deleteTitle}
        confirmLabel={m.deleteConfirm}
        cancelLabel={adminMessages.common.cancel}
        onConfirm={() => remove.mutate({ id: event.id, version: event.version })}
        onCancel={() => setOpen(false)}
        busy={remove.isPending}
        busyLabel={m.deleting}
        error={remove.isError ? (apiMessage(remove.error) ?? messages.error.action) : null}
        destructive
      >
        <p>{m.deleteBody(event.title)}</p>
      </ConfirmDialog>
    </section>
  );
}
