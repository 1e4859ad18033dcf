import { useMutation } from "@tanstack/react-query";
import { useId, useState } from "react";
import type { AgendaIndicator } from "@zorgpact/domain/agenda";
import { exactPeriod, lockablePeriods, periodLabel, periodRange, type IndicatorFrequency } from "@zorgpact/domain/indicator-period";
import { lockInputSchema, type MeasurementReviewState, type PeriodLock } from "@zorgpact/domain/measurement-review";
import { ConfirmDialog } from "@zorgpact/ui/ConfirmDialog.tsx";
import { apiMessage } from "@zorgpact/ui/form-errors.ts";
import { TextField } from "@zorgpact/ui/FormField.tsx";
import { FormProblem, SubmitButton } from "@zorgpact/ui/forms/FormParts.tsx";
import { useZodForm } from "@zorgpact/ui/forms/useZodForm.ts";
import { SelectField } from "../../forms/fields.tsx";
import { messages } from "../../messages.ts";
import { measurementReviewMessages } from "../../messages/measurement-review.ts";
import { trpc } from "../../trpc.ts";

const l = measurementReviewMessages.lock;

/** The select's value for "Andere periode…": the date fields appear for a custom range. */
const CUSTOM = "anders";

/** A lock by the name of its period ("2024", "3e kwartaal 2024") when it is exactly one, else by its dates. */
function lockName(lock: Pick<PeriodLock, "periodStart" | "periodEnd">, frequency: IndicatorFrequency): string {
  const start = exactPeriod(lock.periodStart, lock.periodEnd, frequency);
  return start ? periodLabel(start, frequency) : l.period(lock.periodStart, lock.periodEnd);
}

/** An indicator's locked periods; the national team locks and unlocks them. */
export function PeriodLocks({
  indicator,
  locks,
  states,
  canLock,
  onDone,
}: {
  indicator: AgendaIndicator;
  locks: PeriodLock[];
  /** The review state per measurement id: only periods whose measurements are all approved are offered. */
  states: ReadonlyMap<string, Pick<MeasurementReviewState, "reviewStatus">>;
  canLock: boolean;
  onDone: (notice: string) => Promise<unknown>;
}) {
  const periods = lockablePeriods(
    indicator.measurements.map((m) => ({ measuredOn: m.measuredOn, approved: states.get(m.id)?.reviewStatus === "approved" })),
    locks,
    indicator.frequency,
  );
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
              <span className="review-badge review-badge--locked">{lockName(lock, indicator.frequency)}</span>
              <span className="muted">{l.by(lock.lockedByName)}</span>
              {canLock ? <UnlockButton lock={lock} name={lockName(lock, indicator.frequency)} onDone={onDone} /> : null}
            </li>
          ))}
        </ul>
      )}
      {canLock ? <LockForm indicator={indicator} periods={periods} onDone={onDone} /> : null}
    </div>
  );
}

interface LockValues {
  /** A period's first day, or CUSTOM. */
  period: string;
  periodStart: string;
  periodEnd: string;
}

/** The first period offered, or the custom range with the first period's dates (else the last measured year's). */
function lockDefaults(indicator: AgendaIndicator, periods: readonly string[]): LockValues {
  const first = periods[0];
  if (first) return { period: first, ...periodRange(first, indicator.frequency) };
  const year = indicator.measurements.at(-1)?.measuredOn.slice(0, 4) ?? indicator.targetDate.slice(0, 4);
  return { period: CUSTOM, periodStart: `${year}-01-01`, periodEnd: `${year}-12-31` };
}

/** While a period is chosen, the API's errors on its dates belong to the select. */
const DATES_ON_PERIOD = { periodStart: "period", periodEnd: "period" } as const;

/**
 * Locks one of the indicator's reporting periods (by its frequency), or "Andere periode…" with
 * dates of its own. The API takes dates either way: a chosen period becomes its first and last day.
 */
function LockForm({ indicator, periods, onDone }: { indicator: AgendaIndicator; periods: readonly string[]; onDone: (notice: string) => Promise<unknown> }) {
  const id = useId();
  const lock = useMutation(trpc.measurementReview.lock.mutationOptions());
  const [custom, setCustom] = useState(periods.length === 0);
  const toInput = (v: LockValues) => ({
    indicatorId: indicator.id,
    ...(v.period === CUSTOM ? { periodStart: v.periodStart, periodEnd: v.periodEnd } : periodRange(v.period, indicator.frequency)),
  });
  const form = useZodForm({
    schema: lockInputSchema,
    defaultValues: lockDefaults(indicator, periods),
    toInput,
    fieldNames: custom ? undefined : DATES_ON_PERIOD,
    submit: lock.mutateAsync,
    // The review part above says it, next to the lock it adds.
    savedMessage: null,
    onSaved: async (_result, input) => {
      await onDone(l.locked);
      // The next period to offer: the list without what the new lock covers.
      const left = periods.filter((start) => {
        const range = periodRange(start, indicator.frequency);
        return range.periodEnd < input.periodStart || input.periodEnd < range.periodStart;
      });
      setCustom(left.length === 0);
      return lockDefaults(indicator, left);
    },
  });
  const period = form.bind("period");
  const periodStart = form.bind("periodStart");
  const periodEnd = form.bind("periodEnd");
  const choose = (value: string) => {
    period.onValueChange(value);
    setCustom(value === CUSTOM);
    // The custom range starts from the period last chosen, so a small change is a small edit.
    if (value !== CUSTOM) form.setValues({ period: value, ...periodRange(value, indicator.frequency) });
  };
  const chosen = period.value === CUSTOM ? null : periodRange(period.value, indicator.frequency);
  const { attachForm, onSubmit, pending } = form;
  return (
    <>
      <FormProblem form={form} />
      <form ref={attachForm} onSubmit={onSubmit} noValidate aria-label={`${l.submit}: ${indicator.name}`}>
        <div className="review-lock-form">
          <SelectField
            id={`${id}-periode`}
            label={l.choose}
            hint={chosen ? `${l.covers(chosen.periodStart, chosen.periodEnd)} ${l.chooseHint}` : periods.length === 0 ? l.nothingToChoose : l.customHint}
            value={period.value}
            onValueChange={choose}
            error={period.error}
          >
            {periods.map((start) => (
              <option key={start} value={start}>
                {periodLabel(start, indicator.frequency)}
              </option>
            ))}
            <option value={CUSTOM}>{l.custom}</option>
          </SelectField>
          {custom ? (
            <div className="review-inline-form">
              <TextField id={`${id}-begin`} type="date" label={l.start} {...periodStart} />
              <TextField id={`${id}-einde`} type="date" label={l.end} {...periodEnd} />
            </div>
          ) : null}
          <div>
            <SubmitButton pending={pending} label={l.submit} pendingLabel={l.saving} className="button--secondary" />
          </div>
        </div>
      </form>
    </>
  );
}

function UnlockButton({ lock, name, onDone }: { lock: PeriodLock; name: string; onDone: (notice: string) => Promise<unknown> }) {
  const [open, setOpen] = useState(false);
  const unlock = useMutation(
    trpc.measurementReview.unlock.mutationOptions({
      async onSuccess() {
        setOpen(false);
        await onDone(l.unlocked);
      },
    }),
  );
  const period = name;
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
