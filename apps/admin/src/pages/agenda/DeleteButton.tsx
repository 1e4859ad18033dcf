import { useState, type ReactNode } from "react";
import { ConfirmDialog } from "@zorgpact/ui/ConfirmDialog.tsx";
import { errorCode } from "@zorgpact/ui/errors.ts";
import { apiMessage } from "@zorgpact/ui/form-errors.ts";
import { messages } from "../../messages.ts";
import { agendaMessages } from "../../messages/agenda.ts";

/** The part of a react-query mutation the button needs. */
export interface DeleteMutation<V> {
  mutate(variables: V, options?: { onSuccess?: () => void }): void;
  reset(): void;
  isPending: boolean;
  isError: boolean;
  error: unknown;
}

/**
 * "Verwijderen" with a confirmation first. The record's `version` travels with the request; when
 * someone else changed it meanwhile, the dialog says so (the parent has refetched the agenda, so
 * confirming again deletes what is there now).
 */
export function DeleteButton<V>({
  mutation,
  variables,
  context,
  title,
  children,
  onDeleted,
  small = true,
}: {
  mutation: DeleteMutation<V>;
  variables: V;
  /** Read after "Verwijderen" by screen readers: what is deleted, e.g. " 'Subsidie provincie'". */
  context: string;
  title: string;
  children: ReactNode;
  onDeleted?: () => void;
  /** The compact size used on cards and in tables; false beside full-size buttons. */
  small?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const m = agendaMessages.common;
  const error = !mutation.isError ? null : errorCode(mutation.error) === "CONFLICT" ? m.deleteConflict : (apiMessage(mutation.error) ?? messages.error.action);
  return (
    <>
      <button
        type="button"
        className={small ? "button--secondary button--small" : "button--secondary"}
        aria-haspopup="dialog"
        onClick={() => {
          mutation.reset();
          setOpen(true);
        }}
      >
        {m.delete}
        <span className="visually-hidden">{context}</span>
      </button>
      <ConfirmDialog
        open={open}
        destructive
        title={title}
        confirmLabel={m.confirmDelete}
        cancelLabel={m.cancel}
        busy={mutation.isPending}
        busyLabel={m.deleting}
        error={error}
        onCancel={() => setOpen(false)}
        onConfirm={() =>
          mutation.mutate(variables, {
            onSuccess: () => {
              setOpen(false);
              // After the dialog has handed focus back to this button, which is about to disappear.
              if (onDeleted) window.setTimeout(onDeleted, 100);
            },
          })
        }
      >
        {children}
      </ConfirmDialog>
    </>
  );
}
