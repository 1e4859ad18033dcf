import "./barriers.css";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Link } from "react-router";
import { errorCode } from "@zorgpact/ui/errors.ts";
import { apiFieldErrors, apiMessage, hasFieldErrors, type FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { fieldDescriptionIds, FieldError, TextField } from "@zorgpact/ui/FormField.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { messages } from "../../messages.ts";
import { barrierMessages } from "../../messages/barriers.ts";
import { trpc } from "../../trpc.ts";
import { emptyReportForm, reportInput, type ReportFormValues } from "./report-form.ts";

const m = barrierMessages.report;

/** `/ruimte-in-de-regels/melden`: report a barrier without an account (`barrier.submit`); the answer is a reference. */
export function ReportPage() {
  const [reference, setReference] = useState<string | null>(null);
  useDocumentTitle(reference ? m.thanksTitle : m.title, messages.siteName);
  return reference ? <Thanks reference={reference} onAnother={() => setReference(null)} /> : <ReportForm onSent={setReference} />;
}

function Thanks({ reference, onAnother }: { reference: string; onAnother: () => void }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The form is gone: the heading that replaces it takes the focus, so it is read out.
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <>
      <h1 ref={headingRef} tabIndex={-1}>
        {m.thanksHeading}
      </h1>
      <p>
        {m.thanksReference} <strong className="reference-number">{reference}</strong>
      </p>
      <p className="lead">{m.thanksBody}</p>
      <p>{m.thanksPublished}</p>
      <ul>
        <li>
          <Link to="/ruimte-in-de-regels">{m.toList}</Link>
        </li>
        <li>
          <button type="button" className="button--secondary" onClick={onAnother}>
            {m.another}
          </button>
        </li>
      </ul>
    </>
  );
}

function ReportForm({ onSent }: { onSent: (reference: string) => void }) {
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const [values, setValues] = useState<ReportFormValues>(emptyReportForm);
  const [errors, setErrors] = useState<FieldErrors>({});
  const pacts = useQuery(trpc.pact.list.queryOptions({ pageSize: 100 }));
  const submit = useMutation(
    trpc.barrier.submit.mutationOptions({
      onSuccess: (answer) => onSent(answer.reference),
      onError: (error) => setErrors(apiFieldErrors(error)),
    }),
  );
  const set = (key: keyof ReportFormValues) => (value: string) => setValues({ ...values, [key]: value });

  // After a submit that found errors: focus the first invalid field; a refusal without field errors: the alert.
  useEffect(() => {
    if (hasFieldErrors(errors)) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);
  useEffect(() => {
    if (submit.isError && !hasFieldErrors(apiFieldErrors(submit.error))) alertRef.current?.focus();
  }, [submit.isError, submit.error]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submit.isPending) return;
    submit.reset();
    const result = reportInput(values);
    setErrors(result.ok ? {} : result.errors);
    if (result.ok) submit.mutate(result.data);
  };

  const failure = submit.isError
    ? errorCode(submit.error) === "TOO_MANY_REQUESTS"
      ? (apiMessage(submit.error) ?? m.tooMany)
      : hasFieldErrors(apiFieldErrors(submit.error))
        ? m.checkFields
        : (apiMessage(submit.error) ?? m.failed)
    : hasFieldErrors(errors)
      ? m.checkFields
      : null;

  return (
    <>
      <p className="breadcrumb">
        <Link to="/ruimte-in-de-regels">← {barrierMessages.detail.back}</Link>
      </p>
      <h1>{m.heading}</h1>
      <p className="lead">{m.lead}</p>
      <p>{m.privacy}</p>
      {failure ? (
        <div ref={alertRef} tabIndex={-1} role="alert" className="state state--error">
          <p>
            <strong>{m.errorTitle}</strong>
          </p>
          <p>{failure}</p>
        </div>
      ) : null}
      <form ref={formRef} className="report-form" noValidate onSubmit={onSubmit} aria-label={m.heading}>
        <p>{m.requiredNote}</p>
        <fieldset>
          <legend>{m.questionHeading}</legend>
          <TextArea
            id="melding-vraag"
            name="question"
            label={m.question}
            hint={m.questionHint}
            value={values.question}
            onValueChange={set("question")}
            error={errors["question"]}
            required
          />
          <TextArea
            id="melding-toelichting"
            name="context"
            label={m.context}
            hint={m.contextHint}
            value={values.context}
            onValueChange={set("context")}
            error={errors["context"]}
          />
          <div className={errors["pactId"] ? "field form-field form-field--error" : "field form-field"}>
            <label htmlFor="melding-zorgpact">{m.pact}</label>
            <p id="melding-zorgpact-hint" className="field-hint">
              {pacts.isError ? m.pactsFailed : m.pactHint}
            </p>
            <FieldError id={errors["pactId"] ? "melding-zorgpact-fout" : undefined}>{errors["pactId"]}</FieldError>
            <select
              id="melding-zorgpact"
              name="pactId"
              value={values.pactId}
              onChange={(event) => set("pactId")(event.currentTarget.value)}
              aria-invalid={errors["pactId"] ? true : undefined}
              aria-describedby={["melding-zorgpact-hint", errors["pactId"] ? "melding-zorgpact-fout" : ""].filter(Boolean).join(" ")}
            >
              <option value="">{m.noPact}</option>
              {(pacts.data?.items ?? []).map((pact) => (
                <option key={pact.id} value={pact.id}>
                  {pact.name}
                </option>
              ))}
            </select>
          </div>
        </fieldset>
        <fieldset>
          <legend>{m.contactHeading}</legend>
          <TextField
            id="melding-organisatie"
            name="organisation"
            label={m.organisation}
            autoComplete="organization"
            value={values.organisation}
            onValueChange={set("organisation")}
            error={errors["organisation"]}
            required
          />
          <TextField
            id="melding-naam"
            name="submitterName"
            label={m.name}
            autoComplete="name"
            value={values.submitterName}
            onValueChange={set("submitterName")}
            error={errors["submitterName"]}
            required
          />
          <TextField
            id="melding-email"
            name="submitterEmail"
            type="email"
            label={m.email}
            hint={m.emailHint}
            autoComplete="email"
            spellCheck={false}
            value={values.submitterEmail}
            onValueChange={set("submitterEmail")}
            error={errors["submitterEmail"]}
            required
          />
        </fieldset>
        {/*
          Spam trap: off screen, out of the tab order and hidden from screen readers, so no person
          fills it in; a bot that fills every field gets an answer like anyone and nothing is stored.
        */}
        <div className="report-form__trap" aria-hidden="true">
          <label htmlFor="melding-website">{m.trap}</label>
          <input
            id="melding-website"
            name="website"
            type="text"
            tabIndex={-1}
            autoComplete="off"
            value={values.website}
            onChange={(event) => set("website")(event.currentTarget.value)}
          />
        </div>
        <div>
          <button type="submit" aria-disabled={submit.isPending || undefined}>
            {submit.isPending ? m.submitting : m.submit}
          </button>
        </div>
      </form>
    </>
  );
}

function TextArea({
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
  hint: string;
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
