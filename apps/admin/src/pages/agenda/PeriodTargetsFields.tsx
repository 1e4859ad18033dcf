import "./period-targets.css";
import { periodLabel } from "@zorgpact/domain/indicator-period";
import { FieldError, TextField } from "@zorgpact/ui/FormField.tsx";
import { indicatorPeriodMessages as pm } from "../../messages/indicator-periods.ts";
import { MAX_TARGET_PERIODS, targetPeriods, type IndicatorFormValues } from "./indicator-form.ts";

/**
 * One optional target per reporting period between baseline and target date. The periods follow
 * the dates and the frequency as they are typed; a target is kept by its period's first day.
 */
export function PeriodTargetsFields({
  idPrefix,
  values,
  error,
  onChange,
}: {
  idPrefix: string;
  values: IndicatorFormValues;
  error: string | undefined;
  onChange: (targets: Record<string, string>) => void;
}) {
  const periods = targetPeriods(values);
  const shown = periods.slice(0, MAX_TARGET_PERIODS);
  const errorId = `${idPrefix}-fout`;
  return (
    <fieldset className="period-targets" aria-describedby={error ? errorId : undefined}>
      <legend>{pm.targetsLegend}</legend>
      <p className="field-hint">{pm.targetsHint}</p>
      <FieldError id={errorId}>{error}</FieldError>
      {shown.length === 0 ? (
        <p className="muted">{pm.targetsNeedDates}</p>
      ) : (
        <div className="period-targets__grid">
          {shown.map((start) => (
            <TextField
              key={start}
              id={`${idPrefix}-${start}`}
              name={`targets.${start}`}
              label={pm.targetFor(periodLabel(start, values.frequency))}
              inputMode="decimal"
              autoComplete="off"
              value={values.targets[start] ?? ""}
              onValueChange={(text) => onChange({ ...values.targets, [start]: text })}
              aria-invalid={error ? true : undefined}
            />
          ))}
        </div>
      )}
      {periods.length > MAX_TARGET_PERIODS ? <p className="muted">{pm.targetsTooMany(MAX_TARGET_PERIODS)}</p> : null}
    </fieldset>
  );
}
