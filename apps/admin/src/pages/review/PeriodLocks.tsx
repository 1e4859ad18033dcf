import { useMutation } from "@tanstack/react-query";
import { useId, useState } from "react";
import type { AgendaIndicator } from "@zorgpact/domain/agenda";
import { lockInputSchema, type PeriodLock } from "@zorgpact/domain/measurement-review";
import { ConfirmDialog } from "@zorgpact/ui/ConfirmDialog.tsx";
import { apiMessage } from "@zorgpact/ui/form-errors.ts";
import { TextField } from "@zorgpact/ui/FormField.tsx";
import { FormProblem, SubmitButton } from "@zorgpact/ui/forms/FormParts.tsx";
import { useZodForm } from "@zorgpact/ui/forms/useZodForm.ts";
import { messages } from "../../messages.ts";
import { measurementReviewMessages } from "../../messages/measurement-review.ts";
import { trpc } from "../../trpc.ts";

const l = measurementReviewMessages.lock;

/** An indicator's locked periods; the national team locks and unlocks them. */
export function PeriodLocks({
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
  const id = useId();
  const lastYear = indicator.measurements.at(-1)?.measuredOn.slice(0, 4) ?? indicator.targetDate.slice(0, 4);
  const lock = useMutation(trpc.measurementReview.lock.mutationOptions());
  const form = useZodForm({
    schema: lockInputSchema,
    defaultValues: { periodStart: `${lastYear}-01-01`, periodEnd: `${lastYear}-12-31` },
    toInput: (v) => ({ indicatorId: indicator.id, ...v }),
    submit: lock.mutateAsync,
    // The review part above says it, next to the lock it adds.
    savedMessage: null,
    onSaved: async () => {
      await onDone(l.locked);
    },
  });
  const periodStart = form.bind("periodStart");
  const periodEnd = form.bind("periodEnd");
  const { attachForm, onSubmit, pending } = form;
  return (
    <>
      <FormProblem form={form} />
      <form ref={attachForm} onSubmit={onSubmit} noValidate aria-label={`${l.submit}: ${indicator.name}`}>
        <div className="review-inline-form">
          <TextField id={`${id}-begin`} type="date" label={l.start} {...periodStart} />
          <TextField id={`${id}-einde`} type="date" label={l.end} {...periodEnd} />
          <div>
            <SubmitButton pending={pending} label={l.submit} pendingLabel={l.saving} className="button--secondary" />
          </div>
        </div>
      </form>
    </>
  );
}

function UnlockButton({ lock, onDone }: { lock: PeriodLock; onDone: (notice: string) => Promise<unknown> }) {
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
