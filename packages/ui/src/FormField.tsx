import type { InputHTMLAttributes, ReactNode } from "react";

/** Read before an error so it is not mistaken for a hint. */
const ERROR_PREFIX = "Fout: ";

/** The ids a field's `aria-describedby` lists: its hint and its error, in reading order. */
export function fieldDescriptionIds(id: string, { hint, error }: { hint?: ReactNode; error?: string | undefined }) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-fout` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return { hintId, errorId, describedBy };
}

/** An error message under a label; its id goes into the control's `aria-describedby`. */
export function FieldError({ id, children }: { id: string | undefined; children: ReactNode }) {
  if (!id || !children) return null;
  return (
    <p id={id} className="field-error">
      <span className="visually-hidden">{ERROR_PREFIX}</span>
      {children}
    </p>
  );
}

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "value" | "onChange" | "children"> {
  id: string;
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  /** Shown under the label, above the error. */
  hint?: ReactNode;
  error?: string | undefined;
}

/**
 * A labelled input with its hint and error announced with it (`aria-describedby`) and marked
 * invalid (`aria-invalid`) while it has an error.
 */
export function TextField({ id, label, value, onValueChange, hint, error, className, type = "text", ...input }: TextFieldProps) {
  const { hintId, errorId, describedBy } = fieldDescriptionIds(id, { hint, error });
  return (
    <div className={["field", "form-field", error ? "form-field--error" : "", className ?? ""].filter(Boolean).join(" ")}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <div id={hintId} className="field-hint">
          {hint}
        </div>
      ) : null}
      <FieldError id={errorId}>{error}</FieldError>
      <input
        {...input}
        type={type}
        id={id}
        value={value}
        onChange={(event) => onValueChange(event.currentTarget.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
    </div>
  );
}
