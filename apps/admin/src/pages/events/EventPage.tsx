import "../pact-edit/pact-edit.css";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate, useParams } from "react-router";
import { eventUpdateInputSchema, type EventRecord } from "@zorgpact/domain/event";
import { ConfirmDialog } from "@zorgpact/ui/ConfirmDialog.tsx";
import { errorCode } from "@zorgpact/ui/errors.ts";
import { apiMessage } from "@zorgpact/ui/form-errors.ts";
import { ZodFormView } from "@zorgpact/ui/forms/FormParts.tsx";
import { LatestUnavailable, useZodForm } from "@zorgpact/ui/forms/useZodForm.ts";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { messages } from "../../messages.ts";
import { commonMessages } from "../../messages/common.ts";
import { eventMessages } from "../../messages/event.ts";
import { RecordPage } from "../../layout/RecordPage.tsx";
import { trpc } from "../../trpc.ts";
import { eventFormErrors, eventFormValues, eventToInput } from "./event-form.ts";
import { EventFields } from "./EventFields.tsx";

const m = eventMessages.edit;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `/evenementen/:id` (national team): edit an event with the version read, or delete it after confirming. */
export function EventPage() {
  const { id = "" } = useParams();
  const valid = UUID.test(id);
  const query = useQuery(trpc.event.getForEdit.queryOptions({ id }, { enabled: valid }));
  useDocumentTitle(query.data?.title ?? m.loadingTitle, messages.siteName);
  return (
    <RecordPage
      query={query}
      validId={valid}
      back={{ to: "/evenementen", label: m.back }}
      title={m.loadingTitle}
      notFound={{ title: m.loadingTitle, text: m.notFound }}
    >
      {(event, back) => (
        <>
          {back}
          <h1>{event.title}</h1>
          {event.published ? (
            <p>
              {/* The public site lives outside the /admin basename. */}
              <a href={`/agenda/${event.id}`}>{m.publicLink}</a>
            </p>
          ) : null}
          <EditEventForm key={event.id} event={event} />
          <DeleteEvent event={event} />
        </>
      )}
    </RecordPage>
  );
}

function EditEventForm({ event }: { event: EventRecord }) {
  const queryClient = useQueryClient();
  const [version, setVersion] = useState(event.version);
  const update = useMutation(trpc.event.update.mutationOptions());
  const form = useZodForm({
    schema: eventUpdateInputSchema,
    defaultValues: eventFormValues(event),
    toInput: (values) => ({ ...eventToInput(values), id: event.id, version }),
    extraErrors: eventFormErrors,
    submit: update.mutateAsync,
    savedMessage: m.saved,
    onSaved(stored) {
      setVersion(stored.version);
      queryClient.setQueryData(trpc.event.getForEdit.queryKey({ id: event.id }), stored);
      void queryClient.invalidateQueries({ queryKey: trpc.event.listAll.queryKey() });
      return eventFormValues(stored);
    },
    // After a CONFLICT: take the newest version number; what was typed stays in the form.
    async loadLatest() {
      const latest = await queryClient.fetchQuery({ ...trpc.event.getForEdit.queryOptions({ id: event.id }), staleTime: 0 }).catch((error: unknown) => {
        if (errorCode(error) === "NOT_FOUND") throw new LatestUnavailable(commonMessages.latestGone);
        throw error;
      });
      setVersion(latest.version);
      return m.latestLoaded;
    },
  });
  return (
    <ZodFormView form={form} label={event.title} submitLabel={m.save} pendingLabel={m.saving}>
      <EventFields form={form} />
    </ZodFormView>
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
        cancelLabel={commonMessages.cancel}
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
