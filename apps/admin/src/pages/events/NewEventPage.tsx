import "../pact-edit/pact-edit.css";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { Link, useNavigate } from "react-router";
import { apiFieldErrors, type FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { FormAlert, formFailure } from "../../forms/FormAlert.tsx";
import { useFocusFirstError } from "../../forms/useFocusFirstError.ts";
import { adminMessages, messages } from "../../messages.ts";
import { eventMessages } from "../../messages/event.ts";
import { trpc } from "../../trpc.ts";
import { emptyEventForm, eventInput, type EventFormValues } from "./event-form.ts";
import { EventFields } from "./EventFields.tsx";

const m = eventMessages.create;

/** `/evenementen/nieuw` (national team). */
export function NewEventPage() {
  useDocumentTitle(m.title, messages.siteName);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<EventFormValues>(emptyEventForm);
  const [errors, setErrors] = useState<FieldErrors>({});
  useFocusFirstError(formRef, errors);
  const create = useMutation(
    trpc.event.create.mutationOptions({
      async onSuccess(event) {
        await queryClient.invalidateQueries({ queryKey: trpc.event.listAll.queryKey() });
        await navigate("/evenementen", { state: { notice: m.created(event.title) } });
      },
      onError: (error) => setErrors(apiFieldErrors(error)),
    }),
  );
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    create.reset();
    const result = eventInput(values);
    setErrors(result.errors);
    if (result.ok) create.mutate(result.data);
  };
  return (
    <>
      <p className="back-link">
        <Link to="/evenementen">← {eventMessages.edit.back}</Link>
      </p>
      <h1>{m.heading}</h1>
      {create.isError ? (
        <FormAlert title={messages.error.title}>
          <p>{formFailure(create.error, adminMessages.common.checkFields)}</p>
        </FormAlert>
      ) : null}
      <form ref={formRef} className="form-stack" noValidate onSubmit={onSubmit} aria-label={m.heading}>
        <EventFields values={values} onChange={setValues} errors={errors} />
        <div className="form-actions">
          <button type="submit" aria-disabled={create.isPending || undefined}>
            {create.isPending ? m.submitting : m.submit}
          </button>
          <Link to="/evenementen">{adminMessages.common.cancel}</Link>
        </div>
      </form>
    </>
  );
}
