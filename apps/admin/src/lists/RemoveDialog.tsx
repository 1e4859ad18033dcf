import { ConfirmDialog } from "@zorgpact/ui/ConfirmDialog.tsx";
import { apiMessage } from "@zorgpact/ui/form-errors.ts";
import { commonMessages } from "../messages/common.ts";

/** The words of removing one row of a list, as each page's messages spell them. */
export interface RemoveDialogTexts {
  removeTitle: string;
  removeConfirm: string;
  removing: string;
  removeBody: (name: string) => string;
}

export interface RemoveDialogProps<T> {
  /** The row the user asked to remove; null keeps the dialog closed. */
  row: T | null;
  /** The row's name in the dialog's text. */
  name: (row: T) => string;
  texts: RemoveDialogTexts;
  /** The removing mutation: while it runs the dialog waits; its failure shows inside the dialog. */
  action: { isPending: boolean; error: unknown };
  onConfirm: (row: T) => void;
  onCancel: () => void;
  /** False for a removal that can be undone (nothing is lost): no red button, focus starts on confirm. */
  destructive?: boolean;
}

/** "Remove this row?" for a list: a destructive confirmation that names the row and shows why removing failed. */
export function RemoveDialog<T>({ row, name, texts, action, onConfirm, onCancel, destructive = true }: RemoveDialogProps<T>) {
  return (
    <ConfirmDialog
      open={row !== null}
      title={texts.removeTitle}
      confirmLabel={texts.removeConfirm}
      cancelLabel={commonMessages.cancel}
      busy={action.isPending}
      busyLabel={texts.removing}
      error={action.error ? (apiMessage(action.error) ?? commonMessages.unknownError) : null}
      destructive={destructive}
      onCancel={onCancel}
      onConfirm={() => row && onConfirm(row)}
    >
      <p>{row ? texts.removeBody(name(row)) : null}</p>
    </ConfirmDialog>
  );
}
