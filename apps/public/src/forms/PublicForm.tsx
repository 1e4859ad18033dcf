/**
 * The public site's forms (front-runner application, barrier report) on the one form approach:
 * useZodForm with the procedure's input schema, plus what both public forms share — the alert
 * above the form, the submit button, a textarea and a select with hint and error, and the
 * heading that takes focus when the thanks replace the form. Server-rendered: nothing here
 * touches window or document while rendering (focus moves only in effects).
 */
import { useEffect, useRef, type ReactNode } from "react";
import { hasFieldErrors } from "@zorgpact/ui/form-errors.ts";
import { fieldDescriptionIds, FieldError } from "@zorgpact/ui/FormField.tsx";
import { formMessages } from "@zorgpact/ui/forms/form-messages.ts";
import { FormAlert, SubmitButton } from "@zorgpact/ui/forms/FormParts.tsx";
import { useZodForm, type ZodForm, type ZodFormOptions } from "@zorgpact/ui/forms/useZodForm.ts";

/** react-hook-form's `FieldValues`, read off the hook (the public app does not depend on react-hook-form itself). */
type FieldValues = Parameters<typeof useZodForm>[0]["defaultValues"];

export interface PublicFormMessages {
  errorTitle: string;
  checkFields: string;
  failed: string;
  submit: string;
  submitting: string;
}

/** A public form that is sent once: no "saved" status, `onSent` shows the thanks instead. */
export function usePublicForm<Values extends FieldValues, Input, Output, Result>({
  onSent,
  ...options
}: Pick<ZodFormOptions<Values, Input, Output, Result>, "schema" | "defaultValues" | "toInput" | "submit"> & {
  onSent: (result: Result, input: Output) => void;
}) {
  return useZodForm({ ...options, savedMessage: null, onSaved: (result, input) => onSent(result, input) });
}

/** What went wrong, above the form: "check the fields" or the API's own reason (e.g. too many submissions). */
function problemText<V extends FieldValues>(form: ZodForm<V>, messages: PublicFormMessages): string | null {
  const { failure } = form;
  if (failure?.kind === "fields") return messages.checkFields;
  if (failure) return failure.message === formMessages.failed ? messages.failed : failure.message;
  return hasFieldErrors(form.errors) ? messages.checkFields : null;
}

export function PublicFormView<V extends FieldValues>({
  form,
  messages,
  className,
  label,
  labelledBy,
  children,
}: {
  form: ZodForm<V>;
  messages: PublicFormMessages;
  className: string;
  label?: string;
  labelledBy?: string;
  children: ReactNode;
}) {
  const { attachForm, attachSummary, onSubmit, pending } = form;
  const problem = problemText(form, messages);
  return (
    <>
      {problem ? (
        <FormAlert title={messages.errorTitle} attach={attachSummary}>
          <p>{problem}</p>
        </FormAlert>
      ) : null}
      <form ref={attachForm} className={className} noValidate onSubmit={onSubmit} aria-label={label} aria-labelledby={labelledBy}>
        {children}
        <div>
          <SubmitButton pending={pending} label={messages.submit} pendingLabel={messages.submitting} />
        </div>
      </form>
    </>
  );
}

export function PublicTextArea({
  id,
  name,
  label,
  hint,
  value,
  onValueChange,
  error,
  required = false,
}: {
  id: string;
  name: string;
  label: string;
  hint: ReactNode;
  value: string;
  onValueChange: (value: string) => void;
  error?: string | undefined;
  required?: boolean;
}) {
  const { hintId, errorId, describedBy } = fieldDescriptionIds(id, { hint, error });
  return (
    <div className={error ? "field form-field form-field--error" : "field form-field"}>
      <label htmlFor={id}>{label}</label>
      <p id={hintId} className="field-hint">
        {hint}
      </p>
      <FieldError id={errorId}>{error}</FieldError>
      <textarea
        id={id}
        name={name}
        rows={5}
        required={required}
        value={value}
        onChange={(event) => onValueChange(event.currentTarget.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
    </div>
  );
}

/** A select with an empty first choice (`none`), an optional hint and the field's error. */
export function PublicSelect({
  id,
  name,
  label,
  hint,
  none,
  choices,
  value,
  onValueChange,
  error,
}: {
  id: string;
  name: string;
  label: string;
  hint?: string | null;
  none: string;
  choices: readonly { id: string; name: string }[];
  value: string;
  onValueChange: (value: string) => void;
  error?: string | undefined;
}) {
  const { hintId, errorId, describedBy } = fieldDescriptionIds(id, { hint, error });
  return (
    <div className={error ? "field form-field form-field--error" : "field form-field"}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      <FieldError id={errorId}>{error}</FieldError>
      <select
        id={id}
        name={name}
        value={value}
        onChange={(event) => onValueChange(event.currentTarget.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      >
        <option value="">{none}</option>
        {choices.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The heading of the thanks that replace a sent form: it takes the focus, so it is read out. */
export function ThanksHeading({ children }: { children: ReactNode }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <h1 ref={headingRef} tabIndex={-1}>
      {children}
    </h1>
  );
}
