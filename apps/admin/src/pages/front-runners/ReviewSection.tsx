import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { admissionDecisionInputSchema, frontRunnerCriteria, type CriterionReview } from "@zorgpact/domain/front-runner";
import type { PactEditDetail } from "@zorgpact/domain/pact";
import { ConfirmDialog } from "@zorgpact/ui/ConfirmDialog.tsx";
import { apiFieldErrors, apiMessage, type FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { formatTimestamp } from "@zorgpact/ui/format.ts";
import { FormStatus, SaveProblem } from "@zorgpact/ui/forms/FormParts.tsx";
import { formMessages } from "@zorgpact/ui/forms/form-messages.ts";
import { readSaveFailure } from "@zorgpact/ui/forms/form-outcome.ts";
import type { LatestState } from "@zorgpact/ui/forms/useZodForm.ts";
import { validate } from "../../forms/validate.ts";
import { adminMessages } from "../../messages.ts";
import { trpc } from "../../trpc.ts";
import { TextAreaField } from "../../forms/fields.tsx";
import { usePactCache } from "../pact-edit/usePactCache.ts";

const m = adminMessages.frontRunners.review;
const who = (name: string | null) => name ?? m.unknownWho;

/** applied → "Beoordeling starten"; under review → criteria and the decision; decided → what was decided. */
export function ReviewSection({ pact }: { pact: PactEditDetail }) {
  const [status, setStatus] = useState<string | null>(null);
  const review = pact.review;
  return (
    <section aria-labelledby="beoordeling-kop">
      <h2 id="beoordeling-kop">{m.reviewHeading}</h2>
      <FormStatus>{status}</FormStatus>
      {review?.startedAt ? <p>{m.startedBy(who(review.startedByName), formatTimestamp(review.startedAt))}</p> : null}
      {pact.admissionStatus === "applied" ? (
        <StartReview pact={pact} onDone={setStatus} />
      ) : pact.admissionStatus === "under_review" && review ? (
        <>
          <CriteriaForm pact={pact} criteria={review.criteria} onSaved={setStatus} />
          <Decision pact={pact} onDone={setStatus} />
        </>
      ) : review ? (
        <Decided pact={pact} />
      ) : null}
    </section>
  );
}

/**
 * Actions that carry the pact's version: a CONFLICT offers to load the newest one (the shared
 * conflict notice's "Nieuwste versie laden"); `reset` clears the refused action afterwards.
 */
function useVersionConflict(pactId: string, reset: () => void): LatestState {
  const { fetchLatest } = usePactCache(pactId);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const load = async () => {
    if (loading) return;
    setLoading(true);
    setFailed(false);
    try {
      await fetchLatest();
      reset();
    } catch {
      setFailed(true);
    } finally {
      setLoading(false);
    }
  };
  return { run: () => void load(), loading, failed: failed ? formMessages.latestFailed : null };
}

function StartReview({ pact, onDone }: { pact: PactEditDetail; onDone: (message: string) => void }) {
  const { store } = usePactCache(pact.id);
  const start = useMutation(
    trpc.frontRunner.startReview.mutationOptions({
      onSuccess(next) {
        store(next);
        onDone(m.started);
      },
    }),
  );
  const latest = useVersionConflict(pact.id, start.reset);
  return (
    <>
      <SaveProblem failure={start.isError ? readSaveFailure(start.error) : null} latest={latest} />
      <p>{m.startHint}</p>
      <button
        type="button"
        aria-disabled={start.isPending || undefined}
        onClick={() => start.isPending || start.mutate({ id: pact.id, version: pact.version })}
      >
        {start.isPending ? m.starting : m.start}
      </button>
    </>
  );
}

type CriterionState = Record<string, { met: boolean; note: string }>;

const criterionState = (criteria: readonly CriterionReview[]): CriterionState =>
  Object.fromEntries(
    frontRunnerCriteria.map((c) => {
      const stored = criteria.find((r) => r.key === c.key);
      return [c.key, { met: stored?.met ?? false, note: stored?.note ?? "" }];
    }),
  );

/** Every criterion with "Voldaan" and a note; saving sends only the criteria that changed. */
function CriteriaForm({ pact, criteria, onSaved }: { pact: PactEditDetail; criteria: readonly CriterionReview[]; onSaved: (message: string | null) => void }) {
  const { store } = usePactCache(pact.id);
  const [state, setState] = useState<CriterionState>(() => criterionState(criteria));
  const [saved, setSaved] = useState<CriterionState>(() => criterionState(criteria));
  const setCriterion = useMutation(trpc.frontRunner.setCriterion.mutationOptions());
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const metCount = criteria.filter((c) => c.met).length;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setFailure(null);
    onSaved(null);
    try {
      let next: PactEditDetail | null = null;
      for (const c of frontRunnerCriteria) {
        const now = state[c.key]!;
        const before = saved[c.key]!;
        if (now.met === before.met && now.note.trim() === before.note.trim()) continue;
        next = await setCriterion.mutateAsync({ id: pact.id, criterionKey: c.key, met: now.met, note: now.note.trim() === "" ? null : now.note });
        setSaved((s) => ({ ...s, [c.key]: now }));
      }
      if (next) store(next);
      onSaved(next ? m.criteriaSaved : adminMessages.common.nothingChanged);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form-stack form-stack--wide" noValidate onSubmit={(event) => void onSubmit(event)} aria-labelledby="criteria-kop">
      <h3 id="criteria-kop">{m.criteriaLegend}</h3>
      <p className="field-hint">{m.criteriaHint}</p>
      <p>{m.criteriaProgress(metCount, frontRunnerCriteria.length)}</p>
      <SaveProblem failure={failure ? readSaveFailure(failure) : null} />
      {frontRunnerCriteria.map((c) => {
        const value = state[c.key]!;
        const stored = criteria.find((r) => r.key === c.key);
        return (
          <fieldset key={c.key}>
            <legend>{c.label}</legend>
            <label className="checkbox">
              <input
                type="checkbox"
                name={`${c.key}-voldaan`}
                checked={value.met}
                onChange={(event) => setState({ ...state, [c.key]: { ...value, met: event.currentTarget.checked } })}
              />
              <span>{m.met}</span>
            </label>
            <TextAreaField
              id={`criterium-${c.key}-toelichting`}
              label={`${m.criterionNote} ${adminMessages.common.optional}`}
              rows={2}
              value={value.note}
              onValueChange={(note) => setState({ ...state, [c.key]: { ...value, note } })}
            />
            {stored?.checkedAt ? <p className="muted">{m.checkedBy(who(stored.checkedByName), formatTimestamp(stored.checkedAt))}</p> : null}
          </fieldset>
        );
      })}
      <div className="form-actions">
        <button type="submit" aria-disabled={busy || undefined}>
          {busy ? adminMessages.common.saving : m.saveCriteria}
        </button>
      </div>
    </form>
  );
}

/** "Toelaten" (every criterion met) or "Afwijzen" (with a reason), each after a confirmation: the decision is final. */
function Decision({ pact, onDone }: { pact: PactEditDetail; onDone: (message: string) => void }) {
  const { store } = usePactCache(pact.id);
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [confirming, setConfirming] = useState<"admit" | "reject" | null>(null);
  const decide = useMutation(
    trpc.frontRunner.decide.mutationOptions({
      onSuccess(next) {
        setConfirming(null);
        store(next);
        onDone(next.admissionStatus === "admitted" ? m.admitted : m.rejected);
      },
      onError(error) {
        setConfirming(null);
        setErrors(apiFieldErrors(error));
      },
    }),
  );
  const latest = useVersionConflict(pact.id, decide.reset);
  const complete = pact.review?.criteriaComplete ?? false;

  const ask = (decision: "admit" | "reject") => {
    decide.reset();
    if (decision === "admit" && !complete) {
      setErrors({ decision: m.admitHintIncomplete });
      return;
    }
    const result = validate(admissionDecisionInputSchema, { id: pact.id, version: pact.version, decision, reason: reason.trim() === "" ? null : reason });
    setErrors(result.errors);
    if (!result.ok) {
      document.getElementById("besluit-reden")?.focus();
      return;
    }
    setConfirming(decision);
  };
  const onConfirm = () => {
    if (!confirming) return;
    decide.mutate({ id: pact.id, version: pact.version, decision: confirming, reason: reason.trim() === "" ? null : reason });
  };
  // Field errors show at their field (or as the decision's alert); anything else above the actions.
  const failure = decide.isError && !errors["decision"] && !errors["reason"] ? readSaveFailure(decide.error) : null;

  return (
    <div role="group" aria-labelledby="besluit-kop">
      <h3 id="besluit-kop">{m.decisionHeading}</h3>
      <SaveProblem failure={failure} latest={latest} />
      {errors["decision"] ? (
        <p role="alert" className="field-error">
          {errors["decision"]}
        </p>
      ) : null}
      {!complete ? <p className="field-hint">{m.admitHintIncomplete}</p> : null}
      <div className="form-stack form-stack--wide">
        <TextAreaField id="besluit-reden" label={m.reason} hint={m.reasonHint} rows={3} value={reason} onValueChange={setReason} error={errors["reason"]} />
        <div className="decision-actions">
          <button type="button" onClick={() => ask("admit")}>
            {m.admit}
          </button>
          <button type="button" className="button--danger" onClick={() => ask("reject")}>
            {m.reject}
          </button>
        </div>
      </div>
      <ConfirmDialog
        open={confirming !== null}
        title={confirming === "reject" ? m.rejectTitle : m.admitTitle}
        confirmLabel={confirming === "reject" ? m.rejectConfirm : m.admitConfirm}
        cancelLabel={adminMessages.common.cancel}
        busy={decide.isPending}
        busyLabel={m.deciding}
        error={decide.isError ? (apiMessage(decide.error) ?? adminMessages.common.unknownError) : null}
        destructive={confirming === "reject"}
        onCancel={() => setConfirming(null)}
        onConfirm={onConfirm}
      >
        <p>{confirming === "reject" ? m.rejectBody(pact.name) : m.admitBody(pact.name)}</p>
      </ConfirmDialog>
    </div>
  );
}

function Decided({ pact }: { pact: PactEditDetail }) {
  const review = pact.review!;
  return (
    <>
      <h3>{m.criteriaLegend}</h3>
      <ul>
        {frontRunnerCriteria.map((c) => {
          const stored = review.criteria.find((r) => r.key === c.key);
          return (
            <li key={c.key}>
              {c.label}: <strong>{stored?.met ? adminMessages.common.yes : adminMessages.common.no}</strong>
              {stored?.note ? ` — ${stored.note}` : ""}
            </li>
          );
        })}
      </ul>
      <h3>{m.decisionHeading}</h3>
      {review.decidedAt ? <p>{m.decidedBy(who(review.decidedByName), formatTimestamp(review.decidedAt))}</p> : null}
      {review.decisionReason ? (
        <p>
          <strong>{m.decisionReason}: </strong>
          {review.decisionReason}
        </p>
      ) : null}
    </>
  );
}
