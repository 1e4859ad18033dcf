import "./barriers.css";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { barrierSubmitInputSchema } from "@zorgpact/domain/barrier";
import { TextField } from "@zorgpact/ui/FormField.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { PublicFormView, PublicSelect, PublicTextArea, ThanksHeading, usePublicForm } from "../../forms/PublicForm.tsx";
import { messages } from "../../messages.ts";
import { barrierMessages } from "../../messages/barriers.ts";
import { trpc } from "../../trpc.ts";
import { emptyReportForm, reportToInput } from "./report-form.ts";

const m = barrierMessages.report;

/** `/ruimte-in-de-regels/melden`: report a barrier without an account (`barrier.submit`); the answer is a reference. */
export function ReportPage() {
  const [reference, setReference] = useState<string | null>(null);
  useDocumentTitle(reference ? m.thanksTitle : m.title, messages.siteName);
  return reference ? <Thanks reference={reference} onAnother={() => setReference(null)} /> : <ReportForm onSent={setReference} />;
}

function Thanks({ reference, onAnother }: { reference: string; onAnother: () => void }) {
  return (
    <>
      <ThanksHeading>{m.thanksHeading}</ThanksHeading>
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
  const pacts = useQuery(trpc.pact.list.queryOptions({ pageSize: 100 }));
  const submit = useMutation(trpc.barrier.submit.mutationOptions());
  const form = usePublicForm({
    schema: barrierSubmitInputSchema,
    defaultValues: emptyReportForm,
    toInput: reportToInput,
    submit: submit.mutateAsync,
    onSent: (answer) => onSent(answer.reference),
  });
  const website = form.bind("website");

  return (
    <>
      <p className="breadcrumb">
        <Link to="/ruimte-in-de-regels">← {barrierMessages.detail.back}</Link>
      </p>
      <h1>{m.heading}</h1>
      <p className="lead">{m.lead}</p>
      <p>{m.privacy}</p>
      <PublicFormView form={form} messages={m} className="report-form" label={m.heading}>
        <p>{m.requiredNote}</p>
        <fieldset>
          <legend>{m.questionHeading}</legend>
          <PublicTextArea id="melding-vraag" label={m.question} hint={m.questionHint} {...form.bind("question")} required />
          <PublicTextArea id="melding-toelichting" label={m.context} hint={m.contextHint} {...form.bind("context")} />
          <PublicSelect
            id="melding-zorgpact"
            label={m.pact}
            hint={pacts.isError ? m.pactsFailed : m.pactHint}
            none={m.noPact}
            choices={pacts.data?.items ?? []}
            {...form.bind("pactId")}
          />
        </fieldset>
        <fieldset>
          <legend>{m.contactHeading}</legend>
          <TextField id="melding-organisatie" label={m.organisation} autoComplete="organization" {...form.bind("organisation")} required />
          <TextField id="melding-naam" label={m.name} autoComplete="name" {...form.bind("submitterName")} required />
          <TextField
            id="melding-email"
            type="email"
            label={m.email}
            hint={m.emailHint}
            autoComplete="email"
            spellCheck={false}
            {...form.bind("submitterEmail")}
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
            value={website.value}
            onChange={(event) => website.onValueChange(event.currentTarget.value)}
          />
        </div>
      </PublicFormView>
    </>
  );
}
