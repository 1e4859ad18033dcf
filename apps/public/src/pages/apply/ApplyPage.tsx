import "./apply.css";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { Link } from "react-router";
import { frontRunnerCriteria } from "@zorgpact/domain/front-runner";
import { errorCode } from "@zorgpact/ui/errors.ts";
import { apiFieldErrors, apiMessage, hasFieldErrors, type FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { fieldDescriptionIds, FieldError, TextField } from "@zorgpact/ui/FormField.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { messages } from "../../messages.ts";
import { trpc } from "../../trpc.ts";
import { applyInput, emptyApplyForm, type ApplyFormValues } from "./apply-form.ts";
import { applyMessages as m } from "./apply-messages.ts";

/** `/koplopers/aanmelden`: the public application for the Kopgroep (`frontRunner.submitApplication`). */
export function ApplyPage() {
  const [sent, setSent] = useState<string | null>(null);
  useDocumentTitle(sent ? m.thanksTitle : m.title, messages.siteName);
  return sent ? <Thanks name={sent} /> : <ApplyForm onSent={setSent} />;
}

function Thanks({ name }: { name: string }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The form is gone: the heading that replaces it takes the focus, so it is read out.
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <>
      <h1 ref={headingRef} tabIndex={-1}>
        {m.thanksHeading}
      </h1>
      <p className="lead">{m.thanksBody(name)}</p>
      <ul>
        <li>
          <Link to="/koplopers">{m.toShowcase}</Link>
        </li>
        <li>
          <Link to="/">{m.toHome}</Link>
        </li>
      </ul>
    </>
  );
}

function ApplyForm({ onSent }: { onSent: (name: string) => void }) {
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const [values, setValues] = useState<ApplyFormValues>(emptyApplyForm);
  const [errors, setErrors] = useState<FieldErrors>({});
  const regions = useQuery(trpc.region.list.queryOptions({ pageSize: 100 }));
  const submit = useMutation(
    trpc.frontRunner.submitApplication.mutationOptions({
      onSuccess: (_answer, input) => onSent(input.initiativeName),
      onError: (error) => setErrors(apiFieldErrors(error)),
    }),
  );
  const set = (key: keyof ApplyFormValues) => (value: string) => setValues({ ...values, [key]: value });

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
    const result = applyInput(values);
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
      <h1>{m.heading}</h1>
      <p className="lead">{m.lead}</p>
      <section className="apply-criteria" aria-labelledby="criteria-kop">
        <h2 id="criteria-kop">{m.criteriaHeading}</h2>
        <p>{m.criteriaIntro}</p>
        <ul>
          {frontRunnerCriteria.map((c) => (
            <li key={c.key}>{c.label}</li>
          ))}
        </ul>
        <p>{m.afterIntro}</p>
      </section>
      {failure ? (
        <div ref={alertRef} tabIndex={-1} role="alert" className="state state--error">
          <p>
            <strong>{m.errorTitle}</strong>
          </p>
          <p>{failure}</p>
        </div>
      ) : null}
      <form ref={formRef} className="apply-form" noValidate onSubmit={onSubmit} aria-labelledby="aanmelden-kop">
        <h2 id="aanmelden-kop" className="visually-hidden">
          {m.heading}
        </h2>
        <p>{m.requiredNote}</p>
        <fieldset>
          <legend>{m.initiativeHeading}</legend>
          <TextField
            id="aanmelding-initiatief"
            name="initiativeName"
            label={m.initiativeName}
            autoComplete="off"
            value={values.initiativeName}
            onValueChange={set("initiativeName")}
            error={errors["initiativeName"]}
            required
          />
          <TextArea
            id="aanmelding-beschrijving"
            name="description"
            label={m.description}
            hint={m.descriptionHint}
            value={values.description}
            onValueChange={set("description")}
            error={errors["description"]}
          />
          <div className={errors["regionId"] ? "field form-field form-field--error" : "field form-field"}>
            <label htmlFor="aanmelding-regio">{m.region}</label>
            {regions.isError ? (
              <p id="aanmelding-regio-hint" className="field-hint">
                {m.regionsFailed}
              </p>
            ) : null}
            <FieldError id={errors["regionId"] ? "aanmelding-regio-fout" : undefined}>{errors["regionId"]}</FieldError>
            <select
              id="aanmelding-regio"
              name="regionId"
              value={values.regionId}
              onChange={(event) => set("regionId")(event.currentTarget.value)}
              aria-invalid={errors["regionId"] ? true : undefined}
              aria-describedby={
                [regions.isError ? "aanmelding-regio-hint" : "", errors["regionId"] ? "aanmelding-regio-fout" : ""].filter(Boolean).join(" ") || undefined
              }
            >
              <option value="">{m.noRegion}</option>
              {(regions.data?.items ?? []).map((region) => (
                <option key={region.id} value={region.id}>
                  {region.name}
                </option>
              ))}
            </select>
          </div>
          <TextArea
            id="aanmelding-motivatie"
            name="motivation"
            label={m.motivation}
            hint={m.motivationHint}
            value={values.motivation}
            onValueChange={set("motivation")}
            error={errors["motivation"]}
          />
        </fieldset>
        <fieldset>
          <legend>{m.contactHeading}</legend>
          <TextField
            id="aanmelding-organisatie"
            name="organisationName"
            label={m.organisationName}
            autoComplete="organization"
            value={values.organisationName}
            onValueChange={set("organisationName")}
            error={errors["organisationName"]}
            required
          />
          <TextField
            id="aanmelding-contactpersoon"
            name="contactName"
            label={m.contactName}
            autoComplete="name"
            value={values.contactName}
            onValueChange={set("contactName")}
            error={errors["contactName"]}
            required
          />
          <TextField
            id="aanmelding-email"
            name="contactEmail"
            type="email"
            label={m.contactEmail}
            hint={m.contactEmailHint}
            autoComplete="email"
            spellCheck={false}
            value={values.contactEmail}
            onValueChange={set("contactEmail")}
            error={errors["contactEmail"]}
            required
          />
        </fieldset>
        {/* Spam trap: hidden from sight and from the tab order; a person never fills it, a bot does. */}
        <div className="visually-hidden">
          <label htmlFor="aanmelding-website">{m.trap}</label>
          <input
            id="aanmelding-website"
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
}: {
  id: string;
  name: string;
  label: string;
  hint: ReactNode;
  value: string;
  onValueChange: (value: string) => void;
  error?: string | undefined;
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
        required
        value={value}
        onChange={(event) => onValueChange(event.currentTarget.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
    </div>
  );
}
