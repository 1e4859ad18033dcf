import { useId, useState, type FormEvent } from "react";
import { calendarYearOf, reportPeriodSchema, yearPeriod, type ReportPeriod } from "@zorgpact/domain/report";
import { periodPickerMessages as m } from "./period-picker-messages.ts";

export interface PeriodPickerProps {
  period: ReportPeriod;
  years: readonly number[];
  onChange: (period: ReportPeriod) => void;
}

/** Choose the report's year, or another period of whole days; the same schema as the API checks it. */
export function PeriodPicker({ period, years, onChange }: PeriodPickerProps) {
  const id = useId();
  const initialYear = calendarYearOf(period);
  const [mode, setMode] = useState<"year" | "period">(initialYear === null ? "period" : "year");
  const [year, setYear] = useState(String(initialYear ?? years[0] ?? ""));
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(period.to);
  const [errors, setErrors] = useState<{ from?: string; to?: string }>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mode === "year") {
      onChange(yearPeriod(Number(year)));
      return;
    }
    const parsed = reportPeriodSchema.safeParse({ from, to });
    if (!parsed.success) {
      const found: { from?: string; to?: string } = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] === "from" ? "from" : "to";
        found[field] ??= issue.message;
      }
      setErrors(found);
      return;
    }
    setErrors({});
    onChange(parsed.data);
  };

  return (
    <form className="period-picker" onSubmit={submit} noValidate aria-label={m.formLabel}>
      <fieldset>
        <legend>{m.legend}</legend>
        <div className="period-picker__modes">
          <label className="period-picker__choice">
            <input type="radio" name={`${id}-mode`} checked={mode === "year"} onChange={() => setMode("year")} /> {m.modeYear}
          </label>
          <label className="period-picker__choice">
            <input type="radio" name={`${id}-mode`} checked={mode === "period"} onChange={() => setMode("period")} /> {m.modePeriod}
          </label>
        </div>
        <div className="form-row">
          {mode === "year" ? (
            <div className="field">
              <label htmlFor={`${id}-year`}>{m.year}</label>
              <select id={`${id}-year`} value={year} onChange={(e) => setYear(e.target.value)}>
                {years.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            </div>
          ) : (
            <>
              <DateField id={`${id}-from`} label={m.from} value={from} onChange={setFrom} error={errors.from} />
              <DateField id={`${id}-to`} label={m.to} value={to} onChange={setTo} error={errors.to} />
            </>
          )}
          <button type="submit">{m.show}</button>
        </div>
      </fieldset>
    </form>
  );
}

function DateField(props: { id: string; label: string; value: string; onChange: (value: string) => void; error: string | undefined }) {
  const errorId = `${props.id}-fout`;
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="date"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? errorId : undefined}
      />
      {props.error ? (
        <p id={errorId} className="field-error">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}
