import type { ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { fieldDescriptionIds, FieldError } from "@zorgpact/ui/FormField.tsx";

const fieldClass = (error: string | undefined, extra?: string) =>
  ["field", "form-field", error ? "form-field--error" : "", extra ?? ""].filter(Boolean).join(" ");

/** A labelled textarea with hint and error, like TextField. */
export function TextAreaField({
  id,
  label,
  value,
  onValueChange,
  hint,
  error,
  ...rest
}: Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "value" | "onChange"> & {
  id: string;
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | undefined;
}) {
  const { hintId, errorId, describedBy } = fieldDescriptionIds(id, { hint, error });
  return (
    <div className={fieldClass(error)}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <div id={hintId} className="field-hint">
          {hint}
        </div>
      ) : null}
      <FieldError id={errorId}>{error}</FieldError>
      <textarea
        {...rest}
        id={id}
        value={value}
        rows={rest.rows ?? 3}
        onChange={(event) => onValueChange(event.currentTarget.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
    </div>
  );
}

/** A labelled select with hint and error; the options are the children. */
export function SelectField({
  id,
  label,
  value,
  onValueChange,
  hint,
  error,
  children,
  ...rest
}: Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "value" | "onChange"> & {
  id: string;
  label: ReactNode;
  value: string;
  onValueChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | undefined;
  children: ReactNode;
}) {
  const { hintId, errorId, describedBy } = fieldDescriptionIds(id, { hint, error });
  return (
    <div className={fieldClass(error)}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <div id={hintId} className="field-hint">
          {hint}
        </div>
      ) : null}
      <FieldError id={errorId}>{error}</FieldError>
      <select
        {...rest}
        id={id}
        value={value}
        onChange={(event) => onValueChange(event.currentTarget.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      >
        {children}
      </select>
    </div>
  );
}

/** A group of checkboxes (a fieldset with legend), with hint and error for the group. */
export function CheckboxGroup({
  id,
  legend,
  hint,
  error,
  options,
  selected,
  onChange,
  name,
}: {
  id: string;
  legend: string;
  hint?: ReactNode;
  error?: string | undefined;
  options: readonly { id: string; label: ReactNode }[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  name: string;
}) {
  const { hintId, errorId, describedBy } = fieldDescriptionIds(id, { hint, error });
  const toggle = (optionId: string, checked: boolean) => {
    const without = selected.filter((s) => s !== optionId);
    onChange(checked ? [...without, optionId] : without);
  };
  return (
    <fieldset id={id} className={["checkbox-group", error ? "form-field--error" : ""].join(" ")} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      <FieldError id={errorId}>{error}</FieldError>
      <ul className="plain-list checkbox-group__list">
        {options.map((option) => (
          <li key={option.id}>
            <label className="checkbox">
              <input
                type="checkbox"
                name={name}
                value={option.id}
                checked={selected.includes(option.id)}
                onChange={(event) => toggle(option.id, event.currentTarget.checked)}
                aria-invalid={error ? true : undefined}
              />
              <span>{option.label}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
