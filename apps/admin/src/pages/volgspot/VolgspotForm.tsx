import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import {
  suggestedFailureFactors,
  suggestedSuccessFactors,
  volgspotUpdateInputSchema,
  type VolgspotUpdateInput,
  type VolgspotYearView,
} from "@zorgpact/domain/volgspot";
import { ConfirmDialog } from "@zorgpact/ui/ConfirmDialog.tsx";
import { errorCode } from "@zorgpact/ui/errors.ts";
import { apiFieldErrors, apiMessage } from "@zorgpact/ui/form-errors.ts";
import { FormProblem, FormStatus, SubmitButton } from "@zorgpact/ui/forms/FormParts.tsx";
import { useZodForm } from "@zorgpact/ui/forms/useZodForm.ts";
import { TextField } from "@zorgpact/ui/FormField.tsx";
import { ChoiceGroup, TextAreaField } from "../../forms/fields.tsx";
import { messages } from "../../messages.ts";
import { volgspotMessages } from "../../messages/volgspot.ts";
import { trpc } from "../../trpc.ts";
import { ResultNodeFacts } from "./ResultNodeFacts.tsx";
import { volgspotExtraErrors, volgspotFormValues, volgspotToInput, withFactor, type VolgspotFormValues } from "./volgspot-form.ts";

const m = volgspotMessages.form;
const w = volgspotMessages.workflow;

/** The submit button that hands the Volgspot in (the other one only saves). */
const submitIntent = "indienen";

/** One part of the Volgspot form: a section titled by its heading. */
function VolgspotSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="volgspot-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/**
 * The revision being drafted, with everything the Volgspot records. "Opslaan" keeps it a draft;
 * "Opslaan en indienen" checks the form, then (after a confirmation) saves what was typed and
 * hands it to the national team, so a submission never leaves typed text behind. Fields the
 * submission still misses come back as field errors on this form.
 */
export function VolgspotForm({ view, onChanged }: { view: VolgspotYearView; onChanged: () => Promise<unknown> }) {
  const queryClient = useQueryClient();
  const revision = view.current;
  const [version, setVersion] = useState(revision.version);
  // What is stored now, to know whether the confirmed submission must save first.
  const saved = useRef<VolgspotFormValues>(volgspotFormValues(revision));
  const intent = useRef<"save" | "submit">("save");
  const [pendingSubmit, setPendingSubmit] = useState<VolgspotUpdateInput | null>(null);
  const formElement = useRef<HTMLFormElement | null>(null);
  const [focusInvalid, setFocusInvalid] = useState(0);

  const update = useMutation(trpc.volgspot.update.mutationOptions());
  const submit = useMutation(trpc.volgspot.submit.mutationOptions());
  const busy = update.isPending || submit.isPending;

  const form = useZodForm({
    schema: volgspotUpdateInputSchema,
    defaultValues: volgspotFormValues(revision),
    toInput: (values) => volgspotToInput(values, { id: revision.id, version }),
    extraErrors: (values) => volgspotExtraErrors(values, m.notANumber),
    async submit(input) {
      // "Opslaan en indienen": the form is valid; the dialog asks before anything is stored.
      if (intent.current === "submit") {
        setPendingSubmit(input);
        return null;
      }
      return update.mutateAsync(input);
    },
    savedMessage: (stored) => (stored ? m.saved : ""),
    onSaved(stored) {
      if (!stored) return;
      setVersion(stored.version);
      saved.current = volgspotFormValues(stored);
      void onChanged();
      return saved.current;
    },
    async loadLatest() {
      const latest = await queryClient.fetchQuery({ ...trpc.volgspot.get.queryOptions({ pactId: view.pact.id, year: view.year }), staleTime: 0 });
      if (latest.current.id !== revision.id || !latest.actions.edit) {
        await onChanged();
        return "";
      }
      // The typed text stays; the next save applies it over the newest version.
      setVersion(latest.current.version);
      saved.current = volgspotFormValues(latest.current);
      update.reset();
      submit.reset();
    },
  });

  // Field errors of a refused submission land on the form after the dialog closes: focus the first.
  useEffect(() => {
    if (focusInvalid > 0) formElement.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusInvalid]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    intent.current = submitter instanceof HTMLElement && submitter.dataset.intent === submitIntent ? "submit" : "save";
    if (busy) {
      event.preventDefault();
      return;
    }
    update.reset();
    submit.reset();
    form.onSubmit(event);
  };

  const confirmSubmission = async (input: VolgspotUpdateInput) => {
    try {
      let current = version;
      if (JSON.stringify(form.hook.getValues()) !== JSON.stringify(saved.current)) {
        const stored = await update.mutateAsync({ ...input, version });
        setVersion(stored.version);
        saved.current = volgspotFormValues(stored);
        form.reset(saved.current);
        current = stored.version;
      }
      await submit.mutateAsync({ id: revision.id, version: current });
      setPendingSubmit(null);
      await onChanged();
    } catch (error) {
      // Field errors land on the form (the dialog closes); other failures show in the dialog.
      if (errorCode(error) !== "BAD_REQUEST") return;
      setPendingSubmit(null);
      for (const [field, message] of Object.entries(apiFieldErrors(error))) form.hook.setError(field as keyof VolgspotFormValues, { type: "server", message });
      setFocusInvalid((n) => n + 1);
    }
  };

  const { values, errors } = form;
  const bindResults = form.bind("results");
  const partnerChoices = view.known.partners.map((p) => ({ value: p.id, label: p.name }));
  const chosen = new Map(values.results.map((r) => [r.nodeId, r]));
  const toggleResult = (nodeId: string, on: boolean) =>
    bindResults.onValueChange(on ? [...values.results, { nodeId, note: "" }] : values.results.filter((r) => r.nodeId !== nodeId));
  const setNote = (nodeId: string, note: string) => bindResults.onValueChange(values.results.map((r) => (r.nodeId === nodeId ? { ...r, note } : r)));
  const participants = form.bind("participantOrganisationIds");
  const successFactors = form.bind("successFactors");
  const failureFactors = form.bind("failureFactors");
  const dialogError = update.error ?? submit.error;

  return (
    <>
      <FormProblem form={form} />
      <FormStatus>{form.status}</FormStatus>
      <form
        ref={(element) => {
          form.attachForm(element);
          formElement.current = element;
        }}
        className="form-stack"
        noValidate
        onSubmit={onSubmit}
        aria-label={m.label}
      >
        <VolgspotSection id="bijeenkomst-kop" title={m.general}>
          <TextField id="volgspot-gehouden-op" label={m.heldOn} type="date" {...form.bind("heldOn")} hint={m.heldOnHint} required />
          {partnerChoices.length === 0 ? (
            <p className="volgspot-meta">{m.noPartners}</p>
          ) : (
            <ChoiceGroup
              id="volgspot-deelnemers"
              name="deelnemers"
              legend={m.participants}
              hint={m.participantsHint}
              type="checkbox"
              choices={partnerChoices}
              selected={participants.value}
              onChange={participants.onValueChange}
              error={participants.error}
            />
          )}
          <TextAreaField id="volgspot-gasten" label={m.guests} hint={m.guestsHint} {...form.bind("guestNames")} rows={3} />
        </VolgspotSection>

        <VolgspotSection id="vragen-kop" title={m.questions}>
          <p className="volgspot-meta">{m.questionsIntro}</p>
          <TextAreaField id="volgspot-acties" label={m.actionsAnswer} {...form.bind("actionsAnswer")} />
          <TextAreaField id="volgspot-stand" label={m.positionAnswer} {...form.bind("positionAnswer")} />
          <TextAreaField id="volgspot-factoren-vraag" label={m.factorsAnswer} {...form.bind("factorsAnswer")} />
        </VolgspotSection>

        <VolgspotSection id="verslag-kop" title={m.report}>
          <TextAreaField id="volgspot-verslag" label={m.reportField} hint={m.reportHint} {...form.bind("report")} rows={6} />
        </VolgspotSection>

        <VolgspotSection id="proces-kop" title={m.process}>
          <dl className="volgspot-known" aria-label={m.known}>
            <dt>{m.known}</dt>
            <dd>{m.partnerCount(view.known.partners.length)}</dd>
            <dt>{m.pactThemes}</dt>
            <dd>{view.known.themes.pact.join(", ") || m.none}</dd>
            <dt>{m.agendaThemes}</dt>
            <dd>{view.known.themes.agenda.join(", ") || m.none}</dd>
          </dl>
          <TextField
            id="volgspot-nieuwe-samenwerkingen"
            label={m.newCollaborations}
            hint={m.newCollaborationsHint}
            inputMode="numeric"
            {...form.bind("newCollaborations")}
          />
          <TextAreaField id="volgspot-samenwerking" label={m.collaborationsNote} {...form.bind("collaborationsNote")} rows={3} />
          <TextAreaField id="volgspot-themas" label={m.themesNote} {...form.bind("themesNote")} rows={3} />
        </VolgspotSection>

        <VolgspotSection id="resultaten-kop" title={m.results}>
          <p>{m.resultsIntro}</p>
          {errors.results ? (
            <p className="field-error" id="volgspot-resultaten-fout">
              {errors.results}
            </p>
          ) : null}
          {view.known.resultNodes.length === 0 ? (
            <p className="volgspot-meta">{m.noResultNodes}</p>
          ) : (
            view.known.resultNodes.map((node) => {
              const entry = chosen.get(node.id);
              const kind = node.kind === "effect" ? m.effect : m.result;
              return (
                <div key={node.id} className="volgspot-result">
                  <label className="checkbox">
                    <input type="checkbox" checked={entry !== undefined} onChange={(event) => toggleResult(node.id, event.currentTarget.checked)} />
                    <span>
                      {kind}: {node.title}
                    </span>
                  </label>
                  <ResultNodeFacts node={node} />
                  {entry ? (
                    <TextAreaField
                      id={`volgspot-resultaat-${node.id}`}
                      label={m.resultNote(node.title)}
                      value={entry.note}
                      onValueChange={(note) => setNote(node.id, note)}
                      rows={2}
                    />
                  ) : null}
                </div>
              );
            })
          )}
        </VolgspotSection>

        <VolgspotSection id="factoren-kop" title={m.factors}>
          <FactorList
            id="volgspot-succesfactoren"
            label={m.successFactors}
            value={successFactors.value}
            onChange={successFactors.onValueChange}
            error={successFactors.error}
            suggestions={suggestedSuccessFactors}
          />
          <FactorList
            id="volgspot-faalfactoren"
            label={m.failureFactors}
            value={failureFactors.value}
            onChange={failureFactors.onValueChange}
            error={failureFactors.error}
            suggestions={suggestedFailureFactors}
          />
        </VolgspotSection>

        <div className="volgspot-actions">
          <SubmitButton pending={update.isPending && !pendingSubmit} label={m.save} pendingLabel={m.saving} />
          {view.actions.submit ? (
            <button type="submit" data-intent={submitIntent} className="button--secondary" aria-disabled={busy || undefined}>
              {w.submit}
            </button>
          ) : null}
        </div>
      </form>
      <ConfirmDialog
        open={pendingSubmit !== null}
        title={w.submitTitle}
        confirmLabel={w.submit}
        cancelLabel={w.cancel}
        busy={busy}
        busyLabel={w.submitting}
        error={pendingSubmit && dialogError ? (apiMessage(dialogError) ?? messages.error.action) : null}
        onConfirm={() => pendingSubmit && void confirmSubmission(pendingSubmit)}
        onCancel={() => {
          setPendingSubmit(null);
          update.reset();
          submit.reset();
        }}
      >
        <p>{w.submitBody}</p>
      </ConfirmDialog>
    </>
  );
}

function FactorList({
  id,
  label,
  value,
  onChange,
  error,
  suggestions,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  suggestions: readonly string[];
}) {
  return (
    <>
      <TextAreaField id={id} label={label} hint={m.factorsHint} value={value} onValueChange={onChange} error={error} rows={4} />
      <div className="volgspot-suggestions">
        <span>{m.suggestions}</span>
        {suggestions.map((s) => (
          <button
            key={s}
            type="button"
            className="button--secondary"
            onClick={() => onChange(withFactor(value, s))}
            aria-label={`${m.addSuggestion(s)} (${label.toLowerCase()})`}
          >
            + {s}
          </button>
        ))}
      </div>
    </>
  );
}
