import type { ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { fieldDescriptionIds, FieldError } from "@zorgpact/ui/FormField.tsx";
import "./fields.css";

const fieldClass = (error: string | undefined) => ["field", "form-field", error ? "form-field--error" : ""].filter(Boolean).join(" ");

function Hint({ id, children }: { id: string | undefined; children: ReactNode }) {
  return children ? (
    <div id={id} className="field-hint">
      {children}
    </div>
  ) : null;
}

/** What a field's control needs to be read with its label, hint and error. */
interface ControlProps {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
}

/** The label, hint and error around one control, with the ids that tie them to it. */
function LabelledControl({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: ReactNode;
  hint: ReactNode;
  error: string | undefined;
  children: (control: ControlProps) => ReactNode;
}) {
  const { hintId, errorId, describedBy } = fieldDescriptionIds(id, { hint, error });
  return (
    <div className={fieldClass(error)}>
      <label htmlFor={id}>{label}</label>
      <Hint id={hintId}>{hint}</Hint>
      <FieldError id={errorId}>{error}</FieldError>
      {children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy })}
    </div>
  );
}

/** The props every field with a text value takes (what `form.bind(name)` gives, plus id, hint and error). */
interface TextControlProps {
  id: string;
  value: string;
  onValueChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | undefined;
}

/** A labelled textarea with its hint and error announced with it, like TextField. */
export function TextAreaField({
  id,
  label,
  value,
  onValueChange,
  hint,
  error,
  ...rest
}: Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "value" | "onChange"> & TextControlProps & { label: string }) {
  return (
    <LabelledControl id={id} label={label} hint={hint} error={error}>
      {(control) => <textarea {...rest} {...control} value={value} rows={rest.rows ?? 4} onChange={(event) => onValueChange(event.currentTarget.value)} />}
    </LabelledControl>
  );
}

/** A labelled select; the options are the children. */
export function SelectField({
  id,
  label,
  value,
  onValueChange,
  hint,
  error,
  children,
  ...rest
}: Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "value" | "onChange"> & TextControlProps & { label: ReactNode; children: ReactNode }) {
  return (
    <LabelledControl id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <select {...rest} {...control} value={value} onChange={(event) => onValueChange(event.currentTarget.value)}>
          {children}
        </select>
      )}
    </LabelledControl>
  );
}

export interface Choice<T extends string> {
  value: T;
  label: ReactNode;
}

/** A fieldset of checkboxes (any combination) or radio buttons (one), named by its legend. */
export function ChoiceGroup<T extends string>({
  id,
  legend,
  type,
  choices,
  selected,
  onChange,
  hint,
  error,
  name,
}: {
  id: string;
  legend: ReactNode;
  type: "checkbox" | "radio";
  choices: readonly Choice<T>[];
  selected: readonly T[];
  onChange: (selected: T[]) => void;
  hint?: ReactNode;
  error?: string | undefined;
  name: string;
}) {
  const { hintId, errorId, describedBy } = fieldDescriptionIds(id, { hint, error });
  const toggle = (value: T, checked: boolean) => {
    if (type === "radio") return onChange([value]);
    const without = selected.filter((v) => v !== value);
    onChange(checked ? [...without, value] : without);
  };
  return (
    <fieldset id={id} className={error ? "form-field--error" : undefined} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      <Hint id={hintId}>{hint}</Hint>
      <FieldError id={errorId}>{error}</FieldError>
      <ul className="plain-list choice-list">
        {choices.map((choice) => (
          <li key={choice.value}>
            <label className="checkbox">
              <input
                type={type}
                name={name}
                value={choice.value}
                checked={selected.includes(choice.value)}
                onChange={(event) => toggle(choice.value, event.currentTarget.checked)}
                aria-invalid={error ? true : undefined}
              />
              <span>{choice.label}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
