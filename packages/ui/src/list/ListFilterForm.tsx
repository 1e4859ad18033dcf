import "./data-list.css";
import { createContext, useContext, type ChangeEvent, type FormEvent, type ReactNode } from "react";
import type { AnyFilterParam, ListFilterCodec, ListFilters } from "./list-filters.ts";
import { listMessages } from "./list-messages.ts";

/** Lets a choice in a select apply at once, without each page wiring its own handler. */
const ApplyContext = createContext<(form: HTMLFormElement) => void>(() => undefined);

export interface ListFilterFormProps<P extends Record<string, AnyFilterParam>> {
  /** The search landmark's name. */
  label: string;
  codec: ListFilterCodec<P>;
  filters: ListFilters<P>;
  onChange: (filters: ListFilters<P>) => void;
  submitLabel?: string;
  clearLabel?: string;
  className?: string;
  children: ReactNode;
}

/**
 * A list's filter form: its fields are named after the URL parameters, a select applies on
 * change, text on submit; "clear" appears while any filter is set. Every applied filter starts
 * at page 1.
 */
export function ListFilterForm<P extends Record<string, AnyFilterParam>>({
  label,
  codec,
  filters,
  onChange,
  submitLabel = listMessages.filter,
  clearLabel = listMessages.clear,
  className,
  children,
}: ListFilterFormProps<P>) {
  const apply = (form: HTMLFormElement) => onChange(codec.fromForm(form));
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    apply(event.currentTarget);
  };
  return (
    <ApplyContext.Provider value={apply}>
      <form role="search" aria-label={label} className={["filters", "card", "list-filters", className].filter(Boolean).join(" ")} onSubmit={onSubmit}>
        <div className="form-row">{children}</div>
        <div className="form-row">
          <button type="submit">{submitLabel}</button>
          {codec.isActive(filters) ? (
            <button type="button" className="button--secondary" onClick={() => onChange({ page: 1 } as ListFilters<P>)}>
              {clearLabel}
            </button>
          ) : null}
        </div>
      </form>
    </ApplyContext.Provider>
  );
}

export interface SearchFilterProps {
  id: string;
  /** The URL parameter, e.g. `zoek`. */
  name: string;
  label: string;
  hint?: string;
  value: string | undefined;
  maxLength?: number;
}

/** Free text, applied on submit; it shows the URL's value again after back/forward. */
export function SearchFilter({ id, name, label, hint, value, maxLength = 100 }: SearchFilterProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <div id={hintId} className="field-hint">
          {hint}
        </div>
      ) : null}
      <input key={value ?? ""} id={id} type="search" name={name} defaultValue={value ?? ""} maxLength={maxLength} aria-describedby={hintId} />
    </div>
  );
}

export interface SelectFilterProps {
  id: string;
  name: string;
  label: string;
  /** The current value as written in the URL; "" for all. */
  value: string;
  /** The label of the empty choice ("Alle statussen"). */
  allLabel?: string;
  options: readonly { value: string; label: string }[];
}

/** One choice of a fixed list, applied as soon as it changes. */
export function SelectFilter({ id, name, label, value, allLabel = listMessages.allOptions, options }: SelectFilterProps) {
  const apply = useContext(ApplyContext);
  const onChange = (event: ChangeEvent<HTMLSelectElement>) => {
    if (event.currentTarget.form) apply(event.currentTarget.form);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} value={value} onChange={onChange}>
        {allLabel ? <option value="">{allLabel}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The options of a select from a list of values and their Dutch labels. */
export function labelledOptions<V extends string>(values: readonly V[], labels: Readonly<Record<V, string>>): { value: V; label: string }[] {
  return values.map((value) => ({ value, label: labels[value] }));
}
