import "./apply.css";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { frontRunnerApplicationInputSchema, frontRunnerCriteria } from "@zorgpact/domain/front-runner";
import { TextField } from "@zorgpact/ui/FormField.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { PublicFormView, PublicSelect, PublicTextArea, ThanksHeading, usePublicForm } from "../../forms/PublicForm.tsx";
import { messages } from "../../messages.ts";
import { trpc } from "../../trpc.ts";
import { applyToInput, emptyApplyForm } from "./apply-form.ts";
import { applyMessages as m } from "./apply-messages.ts";

/** `/koplopers/aanmelden`: the public application for the Kopgroep (`frontRunner.submitApplication`). */
export function ApplyPage() {
  const [sent, setSent] = useState<string | null>(null);
  useDocumentTitle(sent ? m.thanksTitle : m.title, messages.siteName);
  return sent ? <Thanks name={sent} /> : <ApplyForm onSent={setSent} />;
}

function Thanks({ name }: { name: string }) {
  return (
    <>
      <ThanksHeading>{m.thanksHeading}</ThanksHeading>
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
  const regions = useQuery(trpc.region.list.queryOptions({ pageSize: 100 }));
  const submit = useMutation(trpc.frontRunner.submitApplication.mutationOptions());
  const form = usePublicForm({
    schema: frontRunnerApplicationInputSchema,
    defaultValues: emptyApplyForm,
    toInput: applyToInput,
    submit: submit.mutateAsync,
    onSent: (_answer, input) => onSent(input.initiativeName),
  });
  const website = form.bind("website");

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
      <PublicFormView form={form} messages={m} className="apply-form" labelledBy="aanmelden-kop">
        <h2 id="aanmelden-kop" className="visually-hidden">
          {m.heading}
        </h2>
        <p>{m.requiredNote}</p>
        <fieldset>
          <legend>{m.initiativeHeading}</legend>
          <TextField id="aanmelding-initiatief" label={m.initiativeName} autoComplete="off" {...form.bind("initiativeName")} required />
          <PublicTextArea id="aanmelding-beschrijving" label={m.description} hint={m.descriptionHint} {...form.bind("description")} required />
          <PublicSelect
            id="aanmelding-regio"
            label={m.region}
            hint={regions.isError ? m.regionsFailed : null}
            none={m.noRegion}
            choices={regions.data?.items ?? []}
            {...form.bind("regionId")}
          />
          <PublicTextArea id="aanmelding-motivatie" label={m.motivation} hint={m.motivationHint} {...form.bind("motivation")} required />
        </fieldset>
        <fieldset>
          <legend>{m.contactHeading}</legend>
          <TextField id="aanmelding-organisatie" label={m.organisationName} autoComplete="organization" {...form.bind("organisationName")} required />
          <TextField id="aanmelding-contactpersoon" label={m.contactName} autoComplete="name" {...form.bind("contactName")} required />
          <TextField
            id="aanmelding-email"
            type="email"
            label={m.contactEmail}
            hint={m.contactEmailHint}
            autoComplete="email"
            spellCheck={false}
            {...form.bind("contactEmail")}
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
            value={website.value}
            onChange={(event) => website.onValueChange(event.currentTarget.value)}
          />
        </div>
      </PublicFormView>
    </>
  );
}
