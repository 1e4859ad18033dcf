import { useEffect, useId, useRef, type ReactNode, type SyntheticEvent } from "react";

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  /** What will happen; read out with the title when the dialog opens. */
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  /** Cancel button, Escape: the parent sets `open` to false. */
  onCancel: () => void;
  /** While the action runs: both buttons wait and Escape does nothing. */
  busy?: boolean;
  busyLabel?: string;
  /** A failure of the action, shown in the dialog so it can be tried again. */
  error?: string | null | undefined;
  /** For actions that cannot be undone: a red confirm button and focus on cancel. */
  destructive?: boolean;
}

/**
 * An accessible confirmation: a native `<dialog>` opened with `showModal()` (focus is trapped and
 * the page behind is inert), named by its title and described by its text. Focus starts on the
 * safe choice and returns to the button that opened it.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
  busy = false,
  busyLabel,
  error,
  destructive = false,
}: ConfirmDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const returnFocusRef = useRef<HTMLElement | null>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocusRef.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      (destructive ? cancelRef : confirmRef).current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open, destructive]);

  const onNativeCancel = (event: SyntheticEvent<HTMLDialogElement>) => {
    // Escape: React state stays the source of truth, so the parent closes the dialog.
    event.preventDefault();
    if (!busy) onCancel();
  };

  const onClose = () => {
    const trigger = returnFocusRef.current;
    returnFocusRef.current = null;
    if (trigger?.isConnected) trigger.focus();
  };

  return (
    <dialog ref={dialogRef} className="confirm-dialog" aria-labelledby={titleId} aria-describedby={bodyId} onCancel={onNativeCancel} onClose={onClose}>
      <h2 id={titleId}>{title}</h2>
      <div id={bodyId}>{children}</div>
      {error ? (
        <p role="alert" className="field-error">
          {error}
        </p>
      ) : null}
      <div className="confirm-dialog__actions">
        {/* While busy the buttons stay focusable (aria-disabled), so focus never falls out of the dialog. */}
        <button ref={cancelRef} type="button" className="button--secondary" onClick={() => busy || onCancel()} aria-disabled={busy || undefined}>
          {cancelLabel}
        </button>
        <button
          ref={confirmRef}
          type="button"
          className={destructive ? "button--danger" : undefined}
          onClick={() => busy || onConfirm()}
          aria-disabled={busy || undefined}
        >
          {busy && busyLabel ? busyLabel : confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
