import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { suggestedFailureFactors, suggestedSuccessFactors, type VolgspotUpdateInput, type VolgspotYearView } from "@zorgpact/domain/volgspot";
import { ConfirmDialog } from "@zorgpact/ui/ConfirmDialog.tsx";
import { errorCode } from "@zorgpact/ui/errors.ts";
import { apiFieldErrors, apiMessage, type FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { TextField } from "@zorgpact/ui/FormField.tsx";
import { FormAlert, formFailure, FormStatus } from "../../forms/FormAlert.tsx";
import { ChoiceGroup, TextAreaField } from "../../forms/fields.tsx";
import { useFocusFirstError } from "../../forms/useFocusFirstError.ts";
import { adminMessages, messages } from "../../messages.ts";
import { volgspotMessages } from "../../messages/volgspot.ts";
import { trpc } from "../../trpc.ts";
import { ConflictAlert } from "../pact-edit/ConflictAlert.tsx";
import { ResultNodeFacts } from "./ResultNodeFacts.tsx";
import { volgspotFormValues, volgspotUpdateInput, withFactor, type VolgspotFormValues } from "./volgspot-form.ts";

const m = volgspotMessages.form;
const w = volgspotMessages.workflow;

/**
 * The revision being drafted, with everything the Volgspot records. "Opslaan" keeps it a draft;
 * "Opslaan en indienen" saves what was typed and hands it to the national team (after a
 * confirmation), so a submission never leaves typed text behind. Fields the submission still
 * misses come back as field errors on this form.
 */
export function VolgspotForm({ view, onChanged }: { view: VolgspotYearView; onChanged: () => Promise<unknown> }) {
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const revision = view.current;
  const [values, setValues] = useState<VolgspotFormValues>(() => volgspotFormValues(revision));
  const [saved, setSaved] = useState<VolgspotFormValues>(() => volgspotFormValues(revision));
  const [version, setVersion] = useState(revision.version);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [pendingSubmit, setPendingSubmit] = useState<VolgspotUpdateInput | null>(null);
  const [reloading, setReloading] = useState(false);
  const [reloadFailed, setReloadFailed] = useState(false);
  useFocusFirstError(formRef, errors);
  const set =
    <K extends keyof VolgspotFormValues>(key: K) =>
    (value: VolgspotFormValues[K]) =>
      setValues((v) => ({ ...v, [key]: value }));

  const update = useMutation(trpc.volgspot.update.mutationOptions({ onError: (error) => setErrors(apiFieldErrors(error)) }));
  const submit = useMutation(trpc.volgspot.submit.mutationOptions({ onError: (error) => setErrors(apiFieldErrors(error)) }));
  const busy = update.isPending || submit.isPending;
  const dirty = JSON.stringify(values) !== JSON.stringify(saved);

  const store = async (input: VolgspotUpdateInput) => {
    const stored = await update.mutateAsync(input);
    setVersion(stored.version);
    setValues(volgspotFormValues(stored));
    setSaved(volgspotFormValues(stored));
    return stored.version;
  };

  const checked = (): VolgspotUpdateInput | null => {
    update.reset();
    submit.reset();
    setNotice(null);
    const result = volgspotUpdateInput(values, { id: revision.id, version }, m.notANumber);
    setErrors(result.errors);
    return result.ok ? result.data : null;
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const input = checked();
    if (!input) return;
    void store(input)
      .then(() => {
        setNotice(m.saved);
        return onChanged();
      })
      .catch(() => undefined);
  };

  const startSubmission = () => {
    if (busy) return;
    const input = checked();
    if (input) setPendingSubmit(input);
  };

  const confirmSubmission = async (input: VolgspotUpdateInput) => {
    try {
      const current = dirty ? await store(input) : version;
      await submit.mutateAsync({ id: revision.id, version: current });
      setPendingSubmit(null);
      await onChanged();
    } catch (error) {
      // Field errors land on the form (the dialog closes); other failures show in the dialog.
      if (errorCode(error) === "BAD_REQUEST") setPendingSubmit(null);
    }
  };

  const loadLatest = async () => {
    setReloading(true);
    setReloadFailed(false);
    try {
      const latest = await queryClient.fetchQuery({ ...trpc.volgspot.get.queryOptions({ pactId: view.pact.id, year: view.year }), staleTime: 0 });
      if (latest.current.id !== revision.id || !latest.actions.edit) {
        await onChanged();
        return;
      }
      // The typed text stays; the next save applies it over the newest version.
      setVersion(latest.current.version);
      setSaved(volgspotFormValues(latest.current));
      update.reset();
      submit.reset();
    } catch {
      setReloadFailed(true);
    } finally {
      setReloading(false);
    }
  };

  const failure = update.error ?? (pendingSubmit ? null : submit.error);
  const partnerChoices = view.known.partners.map((p) => ({ value: p.id, label: p.name }));
  const chosen = new Map(values.results.map((r) => [r.nodeId, r]));
  const toggleResult = (nodeId: string, on: boolean) =>
    set("results")(on ? [...values.results, { nodeId, note: "" }] : values.results.filter((r) => r.nodeId !== nodeId));
  const setNote = (nodeId: string, note: string) => set("results")(values.results.map((r) => (r.nodeId === nodeId ? { ...r, note } : r)));

  return (
    <>
      {errorCode(failure) === "CONFLICT" ? (
        <ConflictAlert error={failure} onLoadLatest={() => void loadLatest()} loading={reloading} failed={reloadFailed} />
      ) : failure ? (
        <FormAlert title={messages.error.title}>
          <p>{formFailure(failure, adminMessages.common.checkFields)}</p>
        </FormAlert>
      ) : null}
      <FormStatus>{notice}</FormStatus>
      <form ref={formRef} className="form-stack" noValidate onSubmit={onSubmit} aria-label={m.label}>
        <section className="volgspot-section" aria-labelledby="bijeenkomst-kop">
          <h2 id="bijeenkomst-kop">{m.general}</h2>
          <TextField
            id="volgspot-gehouden-op"
            label={m.heldOn}
            type="date"
            value={values.heldOn}
            onValueChange={set("heldOn")}
            hint={m.heldOnHint}
            error={errors.heldOn}
            required
          />
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
              selected={values.participantOrganisationIds}
              onChange={set("participantOrganisationIds")}
              error={errors.participantOrganisationIds}
            />
          )}
          <TextAreaField
            id="volgspot-gasten"
            label={m.guests}
            hint={m.guestsHint}
            value={values.guestNames}
            onValueChange={set("guestNames")}
            error={errors.guestNames}
            rows={3}
          />
        </section>

        <section className="volgspot-section" aria-labelledby="vragen-kop">
          <h2 id="vragen-kop">{m.questions}</h2>
          <p className="volgspot-meta">{m.questionsIntro}</p>
          <TextAreaField
            id="volgspot-acties"
            label={m.actionsAnswer}
            value={values.actionsAnswer}
            onValueChange={set("actionsAnswer")}
            error={errors.actionsAnswer}
          />
          <TextAreaField
            id="volgspot-stand"
            label={m.positionAnswer}
            value={values.positionAnswer}
            onValueChange={set("positionAnswer")}
            error={errors.positionAnswer}
          />
          <TextAreaField
            id="volgspot-factoren-vraag"
            label={m.factorsAnswer}
            value={values.factorsAnswer}
            onValueChange={set("factorsAnswer")}
            error={errors.factorsAnswer}
          />
        </section>

        <section className="volgspot-section" aria-labelledby="verslag-kop">
          <h2 id="verslag-kop">{m.report}</h2>
          <TextAreaField
            id="volgspot-verslag"
            label={m.reportField}
            hint={m.reportHint}
            value={values.report}
            onValueChange={set("report")}
            error={errors.report}
            rows={6}
          />
        </section>

        <section className="volgspot-section" aria-labelledby="proces-kop">
          <h2 id="proces-kop">{m.process}</h2>
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
            value={values.newCollaborations}
            onValueChange={set("newCollaborations")}
            error={errors.newCollaborations}
          />
          <TextAreaField
            id="volgspot-samenwerking"
            label={m.collaborationsNote}
            value={values.collaborationsNote}
            onValueChange={set("collaborationsNote")}
            error={errors.collaborationsNote}
            rows={3}
          />
          <TextAreaField
            id="volgspot-themas"
            label={m.themesNote}
            value={values.themesNote}
            onValueChange={set("themesNote")}
            error={errors.themesNote}
            rows={3}
          />
        </section>

        <section className="volgspot-section" aria-labelledby="resultaten-kop">
          <h2 id="resultaten-kop">{m.results}</h2>
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
        </section>

        <section className="volgspot-section" aria-labelledby="factoren-kop">
          <h2 id="factoren-kop">{m.factors}</h2>
          <FactorList
            id="volgspot-succesfactoren"
            label={m.successFactors}
            value={values.successFactors}
            onChange={set("successFactors")}
            error={errors.successFactors}
            suggestions={suggestedSuccessFactors}
          />
          <FactorList
            id="volgspot-faalfactoren"
            label={m.failureFactors}
            value={values.failureFactors}
            onChange={set("failureFactors")}
            error={errors.failureFactors}
            suggestions={suggestedFailureFactors}
          />
        </section>

        <div className="volgspot-actions">
          <button type="submit" aria-disabled={busy || undefined}>
            {update.isPending && !pendingSubmit ? m.saving : m.save}
          </button>
          {view.actions.submit ? (
            <button type="button" className="button--secondary" onClick={startSubmission} aria-disabled={busy || undefined}>
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
        error={pendingSubmit && (update.isError || submit.isError) ? (apiMessage(update.error ?? submit.error) ?? messages.error.action) : null}
        onConfirm={() => pendingSubmit && void confirmSubmission(pendingSubmit)}
        onCancel={() => setPendingSubmit(null)}
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
