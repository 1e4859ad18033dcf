import type { ReactNode, Ref } from "react";
import type { FieldValues } from "react-hook-form";
import { formMessages } from "./form-messages.ts";
import type { SaveFailure } from "./form-outcome.ts";
import type { LatestState, ZodForm } from "./useZodForm.ts";

/** A form-level error, announced when it appears and focusable so focus can land on it. */
export function FormAlert({
  title = formMessages.errorTitle,
  children,
  attach,
}: {
  title?: string | undefined;
  children: ReactNode;
  attach?: Ref<HTMLDivElement>;
}) {
  return (
    <div role="alert" className="state state--error" ref={attach} tabIndex={-1}>
      <p>
        <strong>{title}</strong>
      </p>
      {children}
    </div>
  );
}

/**
 * A save refused because someone else saved first (a stale version): the API's Dutch message and
 * "Nieuwste versie laden". What is typed stays; what loading does is the page's `loadLatest`.
 */
export function ConflictNotice({
  message,
  onLoadLatest,
  loading,
  failed,
  attach,
}: {
  message: string;
  onLoadLatest: (() => void) | undefined;
  loading: boolean;
  failed: string | null;
  attach?: Ref<HTMLDivElement>;
}) {
  return (
    <FormAlert attach={attach}>
      <p>{message}</p>
      {onLoadLatest ? (
        <p>
          <button type="button" onClick={() => loading || onLoadLatest()} aria-disabled={loading || undefined}>
            {loading ? formMessages.loadingLatest : formMessages.loadLatest}
          </button>
        </p>
      ) : null}
      {failed ? <p>{failed}</p> : null}
    </FormAlert>
  );
}

/** What a failed save says above the form: the conflict notice, "check the fields", or the API's reason. */
export function FormProblem<V extends FieldValues>({ form, title }: { form: ZodForm<V>; title?: string | undefined }) {
  return <SaveProblem failure={form.failure} latest={form.latest} attach={form.attachSummary} title={title} />;
}

export function SaveProblem({
  failure,
  latest,
  attach,
  title,
}: {
  failure: SaveFailure | null;
  latest?: LatestState;
  attach?: Ref<HTMLDivElement>;
  /** The alert's title when it is not a conflict (default "Er ging iets mis"). */
  title?: string | undefined;
}) {
  if (failure?.kind === "conflict") {
    return (
      <ConflictNotice message={failure.message} onLoadLatest={latest?.run} loading={latest?.loading ?? false} failed={latest?.failed ?? null} attach={attach} />
    );
  }
  if (latest?.failed) {
    return (
      <FormAlert attach={attach}>
        <p>{latest.failed}</p>
      </FormAlert>
    );
  }
  if (!failure) return null;
  return (
    <FormAlert attach={attach} title={title}>
      <p>{failure.message}</p>
    </FormAlert>
  );
}

/** A live region for the status after a save: always rendered, so the message is read out when it appears. */
export function FormStatus({ children }: { children?: ReactNode }) {
  return (
    <div role="status" className="form-status">
      {children ? <p className="notice notice--ok">{children}</p> : null}
    </div>
  );
}

/** The submit button: stays focusable while saving (aria-disabled) and says so. */
export function SubmitButton({
  pending,
  label = formMessages.save,
  pendingLabel = formMessages.saving,
  className,
}: {
  pending: boolean;
  label?: ReactNode;
  pendingLabel?: ReactNode;
  className?: string;
}) {
  return (
    <button type="submit" className={className} aria-disabled={pending || undefined}>
      {pending ? pendingLabel : label}
    </button>
  );
}

/**
 * The whole skeleton: problem, status, the form with its fields, and the actions row (submit
 * first, then e.g. a cancel link). `notice` goes between problem and status (e.g. a comparison
 * with the newest version).
 */
export function ZodFormView<V extends FieldValues>({
  form,
  label,
  submitLabel,
  pendingLabel,
  actions,
  notice,
  className = "form-stack",
  problemTitle,
  children,
}: {
  form: ZodForm<V>;
  label: string;
  submitLabel?: string;
  pendingLabel?: string;
  actions?: ReactNode;
  notice?: ReactNode;
  className?: string;
  /** The title of a failed save's alert (default "Er ging iets mis"). */
  problemTitle?: string;
  children: ReactNode;
}) {
  const { attachForm, onSubmit, pending, status } = form;
  return (
    <>
      <FormProblem form={form} title={problemTitle} />
      {notice}
      <FormStatus>{status}</FormStatus>
      <form ref={attachForm} className={className} noValidate onSubmit={onSubmit} aria-label={label}>
        {children}
        <div className="form-actions">
          <SubmitButton pending={pending} label={submitLabel} pendingLabel={pendingLabel} />
          {actions}
        </div>
      </form>
    </>
  );
}
