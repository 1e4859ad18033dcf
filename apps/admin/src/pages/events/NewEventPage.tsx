import "../pact-edit/pact-edit.css";
import { useMutation } from "@tanstack/react-query";
import { eventFieldsSchema } from "@zorgpact/domain/event";
import { CreatePage, useCreateForm } from "../../forms/CreatePage.tsx";
import { eventMessages } from "../../messages/event.ts";
import { trpc } from "../../trpc.ts";
import { emptyEventForm, eventFormErrors, eventToInput } from "./event-form.ts";
import { EventFields } from "./EventFields.tsx";

const m = eventMessages.create;

/** `/evenementen/nieuw` (national team). */
export function NewEventPage() {
  const create = useMutation(trpc.event.create.mutationOptions());
  const form = useCreateForm({
    schema: eventFieldsSchema,
    defaultValues: emptyEventForm,
    toInput: eventToInput,
    extraErrors: eventFormErrors,
    submit: create.mutateAsync,
    invalidate: trpc.event.listAll.queryKey(),
    next: (event) => ({ to: "/evenementen", notice: m.created(event.title) }),
  });
  return (
    <CreatePage
      form={form}
      back={{ to: "/evenementen", label: eventMessages.edit.back }}
      heading={m.heading}
      submitLabel={m.submit}
      pendingLabel={m.submitting}
    >
      <EventFields form={form} />
    </CreatePage>
  );
}
