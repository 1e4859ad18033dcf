import "./review.css";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useState, type FormEvent } from "react";
import type { AgendaIndicator, AgendaMeasurement } from "@zorgpact/domain/agenda";
import { formatIndicatorValue, type UnitKind } from "@zorgpact/domain/indicator-unit";
import { correctionInputSchema, lockInputSchema, type MeasurementReviewState, type PactReview, type PeriodLock } from "@zorgpact/domain/measurement-review";
import { ConfirmDialog } from "@zorgpact/ui/ConfirmDialog.tsx";
import { decimalText, euroText, parseDecimal, parseEuroCents } from "@zorgpact/ui/dutch-number.ts";
import { apiFieldErrors, apiMessage, type FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { formatDate } from "@zorgpact/ui/format.ts";
import { TextField } from "@zorgpact/ui/FormField.tsx";
import { TableWrap } from "@zorgpact/ui/TableWrap.tsx";
import { TextAreaField } from "../../forms/fields.tsx";
import { validate } from "../../forms/validate.ts";
import { messages } from "../../messages.ts";
import { measurementReviewMessages } from "../../messages/measurement-review.ts";
import { trpc } from "../../trpc.ts";
import { useAgenda } from "../agenda/agenda-context.ts";
import { ReviewBadge } from "./ReviewBadge.tsx";
import { ReviewDecision } from "./ReviewDecision.tsx";

const a = measurementReviewMessages.agenda;

/** The pact's review state, refetched whenever the agenda's measurements change (a save submits). */
export function usePactReview(pactId: string, fingerprint: string) {
  const queryClient = useQueryClient();
  const options = trpc.measurementReview.pact.queryOptions({ pactId });
  useEffect(() => {
    void queryClient.invalidateQueries({ queryKey: options.queryKey });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- refetch when the measurements change, not when the key object is rebuilt
  }, [fingerprint]);
  return useQuery(options);
}

/**
 * Under an indicator's measurements: per measurement its review status (with the returned
 * comment), the public value, approve/return for a reviewer, the history, corrections of locked
 * values; and the indicator's locked periods (lock and unlock for the national team).
 */
export function IndicatorReview({ indicator, onStatus }: { indicator: AgendaIndicator; onStatus: (text: string | null) => void }) {
  const { pactId, invalidate } = useAgenda();
  const fingerprint = indicator.measurements.map((x) => `${x.id}:${x.version}`).join(",");
  const review = usePactReview(pactId, fingerprint);
  const queryClient = useQueryClient();
  const headingId = useId();
  const refresh = async (notice: string) => {
    onStatus(notice);
    await Promise.all([
      invalidate(),
      queryClient.invalidateQueries({ queryKey: trpc.measurementReview.pact.queryKey({ pactId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.measurementReview.waiting.queryKey() }),
    ]);
  };
  const data = review.data;
  if (!data) return review.isError ? <p className="muted">{messages.error.action}</p> : null;
  const states = new Map(data.measurements.map((s) => [s.id, s]));
  const locks = data.locks.filter((l) => l.indicatorId === indicator.id);

  return (
    <section className="review-part" aria-labelledby={headingId}>
      <h6 id={headingId}>{a.title(indicator.name)}</h6>
      {indicator.measurements.length > 0 ? (
        <TableWrap label={a.caption(indicator.name)}>
          <table className="agenda-table">
            <caption className="visually-hidden">{a.caption(indicator.name)}</caption>
            <thead>
              <tr>
                <th scope="col">{a.date}</th>
                <th scope="col">{a.status}</th>
                <th scope="col" className="num">
                  {a.publicValue}
                </th>
                <th scope="col">{a.actions}</th>
              </tr>
            </thead>
            <tbody>
              {indicator.measurements.map((measurement) => {
                const state = states.get(measurement.id);
                return state ? (
                  <ReviewRow key={measurement.id} indicator={indicator} measurement={measurement} state={state} review={data} onDone={refresh} />
                ) : null;
              })}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
      <LocksSection indicator={indicator} locks={locks} canLock={data.canLock} onDone={refresh} />
    </section>
  );
}

function ReviewRow({
  indicator,
  measurement,
  state,
  review,
  onDone,
}: {
  indicator: AgendaIndicator;
  measurement: AgendaMeasurement;
  state: MeasurementReviewState;
  review: PactReview;
  onDone: (notice: string) => Promise<unknown>;
}) {
  const [open, setOpen] = useState<"none" | "history" | "correction">("none");
  const date = formatDate(measurement.measuredOn);
  const publicText = state.publicValue === null ? a.none : formatIndicatorValue(state.publicValue, indicator.unitKind, indicator.unit);
  const canDecide = review.reviewer && state.reviewStatus === "submitted" && state.refusal === null;
  return (
    <>
      <tr>
        <th scope="row" className="nowrap">
          {date}
        </th>
        <td>
          <ReviewBadge status={state.reviewStatus} locked={state.locked} />
        </td>
        <td className="num">{publicText}</td>
        <td>
          <div className="agenda-actions">
            {canDecide ? (
              <ReviewDecision
                measurement={measurement}
                indicatorName={indicator.name}
                dateText={date}
                valueText={formatIndicatorValue(measurement.value, indicator.unitKind, indicator.unit)}
                idPrefix={`agenda-beoordeel-${measurement.id}`}
                onDecided={onDone}
              />
            ) : null}
            {state.locked ? (
              <button
                type="button"
                className="button--secondary button--small"
                aria-expanded={open === "correction"}
                onClick={() => setOpen(open === "correction" ? "none" : "correction")}
              >
                {measurementReviewMessages.correction.open}
                <span className="visually-hidden"> {date}</span>
              </button>
            ) : null}
            <button
              type="button"
              className="button--secondary button--small"
              aria-expanded={open === "history"}
              onClick={() => setOpen(open === "history" ? "none" : "history")}
            >
              {a.history}
              <span className="visually-hidden"> {date}</span>
            </button>
          </div>
        </td>
      </tr>
      {state.returnedComment ? (
        // A row of its own: the comment reads in full on a phone instead of in a narrow cell.
        <tr className="review-comment-row">
          <td colSpan={4}>
            <div className="review-detail">
              <p className="review-comment">{a.returnedComment(state.returnedComment)}</p>
            </div>
          </td>
        </tr>
      ) : null}
      {open !== "none" ? (
        <tr>
          <td colSpan={4}>
            <div className="review-detail">
              {open === "history" ? (
                <History measurementId={measurement.id} date={date} show={(value) => formatIndicatorValue(value, indicator.unitKind, indicator.unit)} />
              ) : (
                <CorrectionForm
                  measurement={measurement}
                  unitKind={indicator.unitKind}
                  national={review.canLock}
                  date={date}
                  onCancel={() => setOpen("none")}
                  onDone={async (notice) => {
                    setOpen("none");
                    await onDone(notice);
                  }}
                />
              )}
            </div>
          </td>
        </tr>
      ) : null}
    </>
  );
}

function History({ measurementId, date, show }: { measurementId: string; date: string; show: (value: number) => string }) {
  const history = useQuery(trpc.measurementReview.history.queryOptions({ measurementId }));
  if (!history.data) return <p className="muted">{history.isError ? messages.error.action : measurementReviewMessages.queue.loading}</p>;
  const { steps, corrections } = history.data;
  return (
    <div aria-label={a.historyOf(date)} role="group">
      {steps.length === 0 ? <p className="muted">{a.historyEmpty}</p> : null}
      <ol className="review-history">
        {steps.map((s) => (
          <li key={s.id}>
            {measurementReviewMessages.action[s.action]} · {show(s.value)} · {s.userName ?? "—"} · {formatDate(s.createdAt.slice(0, 10))}
            {s.comment ? `: ${s.comment}` : ""}
          </li>
        ))}
      </ol>
      {corrections.length > 0 ? (
        <ul>
          {corrections.map((c) => (
            <li key={c.id}>{a.correctionOf(c.beforeValue, c.afterValue, c.reason, c.appliedDirectly)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function CorrectionForm({
  measurement,
  unitKind,
  national,
  date,
  onCancel,
  onDone,
}: {
  measurement: AgendaMeasurement;
  /** Euro amounts are stored in cents and typed in euros. */
  unitKind: UnitKind;
  national: boolean;
  date: string;
  onCancel: () => void;
  onDone: (notice: string) => Promise<unknown>;
}) {
  const c = measurementReviewMessages.correction;
  const id = useId();
  const [values, setValues] = useState({
    value: unitKind === "euro" ? euroText(measurement.value) : decimalText(measurement.value),
    source: measurement.source ?? "",
    note: measurement.note ?? "",
    reason: "",
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const correct = useMutation(
    trpc.measurementReview.correct.mutationOptions({
      onSuccess: () => onDone(c.saved(national)),
      onError: (error) => setErrors(apiFieldErrors(error)),
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = unitKind === "euro" ? parseEuroCents(values.value) : parseDecimal(values.value);
    const input = {
      id: measurement.id,
      version: measurement.version,
      value: typeof parsed === "number" ? parsed : Number.NaN,
      source: values.source,
      note: values.note,
      reason: values.reason,
    };
    const result = validate(correctionInputSchema, input);
    const next = { ...result.errors, ...(parsed === "invalid" || parsed === null ? { value: c.notANumber } : {}) };
    setErrors(next);
    if (result.ok && !next.value) correct.mutate(result.data);
    else window.setTimeout(() => (document.querySelector(`#${CSS.escape(id)} [aria-invalid="true"]`) as HTMLElement | null)?.focus(), 0);
  };
  const problem = correct.error && Object.keys(apiFieldErrors(correct.error)).length === 0 ? (apiMessage(correct.error) ?? messages.error.action) : null;
  return (
    <form id={id} onSubmit={submit} noValidate aria-label={c.title(date)}>
      <p>{c.intro(national)}</p>
      {problem ? (
        <p role="alert" className="field-error">
          {problem}
        </p>
      ) : null}
      <div className="review-inline-form">
        <TextField
          id={`${id}-waarde`}
          label={c.value}
          inputMode="decimal"
          value={values.value}
          onValueChange={(value) => setValues({ ...values, value })}
          error={errors.value}
        />
        <TextField
          id={`${id}-bron`}
          label={c.source}
          value={values.source}
          onValueChange={(source) => setValues({ ...values, source })}
          error={errors.source}
        />
      </div>
      <TextAreaField
        id={`${id}-toelichting`}
        label={c.note}
        value={values.note}
        onValueChange={(note) => setValues({ ...values, note })}
        error={errors.note}
        rows={2}
      />
      <TextAreaField
        id={`${id}-reden`}
        label={c.reason}
        value={values.reason}
        onValueChange={(reason) => setValues({ ...values, reason })}
        error={errors.reason}
        rows={2}
        required
      />
      <div className="agenda-actions">
        <button type="submit" aria-disabled={correct.isPending || undefined}>
          {correct.isPending ? c.saving : c.submit}
        </button>
        <button type="button" className="button--secondary" onClick={onCancel}>
          {c.cancel}
        </button>
      </div>
    </form>
  );
}

function LocksSection({
  indicator,
  locks,
  canLock,
  onDone,
}: {
  indicator: AgendaIndicator;
  locks: PeriodLock[];
  canLock: boolean;
  onDone: (notice: string) => Promise<unknown>;
}) {
  const l = measurementReviewMessages.lock;
  if (!canLock && locks.length === 0) return null;
  return (
    <div>
      <p className="muted">{l.intro}</p>
      {locks.length === 0 ? (
        <p className="muted">{l.none}</p>
      ) : (
        <ul className="review-locks" aria-label={l.title}>
          {locks.map((lock) => (
            <li key={lock.id}>
              <span className="review-badge review-badge--locked">{l.period(lock.periodStart, lock.periodEnd)}</span>
              <span className="muted">{l.by(lock.lockedByName)}</span>
              {canLock ? <UnlockButton lock={lock} onDone={onDone} /> : null}
            </li>
          ))}
        </ul>
      )}
      {canLock ? <LockForm indicator={indicator} onDone={onDone} /> : null}
    </div>
  );
}

function LockForm({ indicator, onDone }: { indicator: AgendaIndicator; onDone: (notice: string) => Promise<unknown> }) {
  const l = measurementReviewMessages.lock;
  const id = useId();
  const lastYear = indicator.measurements.at(-1)?.measuredOn.slice(0, 4) ?? indicator.targetDate.slice(0, 4);
  const [values, setValues] = useState({ periodStart: `${lastYear}-01-01`, periodEnd: `${lastYear}-12-31` });
  const [errors, setErrors] = useState<FieldErrors>({});
  const lock = useMutation(
    trpc.measurementReview.lock.mutationOptions({
      onSuccess: () => onDone(l.locked),
      onError: (error) => setErrors(apiFieldErrors(error)),
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = validate(lockInputSchema, { indicatorId: indicator.id, ...values });
    setErrors(result.errors);
    if (result.ok) lock.mutate(result.data);
  };
  const problem = lock.error && Object.keys(apiFieldErrors(lock.error)).length === 0 ? (apiMessage(lock.error) ?? messages.error.action) : null;
  return (
    <form onSubmit={submit} noValidate aria-label={`${l.submit}: ${indicator.name}`}>
      {problem ? (
        <p role="alert" className="field-error">
          {problem}
        </p>
      ) : null}
      <div className="review-inline-form">
        <TextField
          id={`${id}-begin`}
          type="date"
          label={l.start}
          value={values.periodStart}
          onValueChange={(periodStart) => setValues({ ...values, periodStart })}
          error={errors.periodStart}
        />
        <TextField
          id={`${id}-einde`}
          type="date"
          label={l.end}
          value={values.periodEnd}
          onValueChange={(periodEnd) => setValues({ ...values, periodEnd })}
          error={errors.periodEnd}
        />
        <div>
          <button type="submit" className="button--secondary" aria-disabled={lock.isPending || undefined}>
            {lock.isPending ? l.saving : l.submit}
          </button>
        </div>
      </div>
    </form>
  );
}

function UnlockButton({ lock, onDone }: { lock: PeriodLock; onDone: (notice: string) => Promise<unknown> }) {
  const l = measurementReviewMessages.lock;
  const [open, setOpen] = useState(false);
  const unlock = useMutation(
    trpc.measurementReview.unlock.mutationOptions({
      async onSuccess() {
        setOpen(false);
        await onDone(l.unlocked);
      },
    }),
  );
  const period = l.period(lock.periodStart, lock.periodEnd);
  return (
    <>
      <button type="button" className="button--secondary button--small" onClick={() => setOpen(true)}>
        {l.unlock}
        <span className="visually-hidden"> {period}</span>
      </button>
      <ConfirmDialog
        open={open}
        title={l.unlockTitle(period)}
        confirmLabel={l.unlock}
        cancelLabel={l.cancel}
        busy={unlock.isPending}
        busyLabel={l.unlocking}
        error={unlock.error ? (apiMessage(unlock.error) ?? messages.error.action) : null}
        onConfirm={() => unlock.mutate({ id: lock.id })}
        onCancel={() => {
          setOpen(false);
          unlock.reset();
        }}
      >
        <p>{l.unlockBody}</p>
      </ConfirmDialog>
    </>
  );
}
