import type { AgendaIndicator, AgendaMeasurement } from "@zorgpact/domain/agenda";
import type { IndicatorDirection } from "@zorgpact/domain/indicator";
import { periodLabel, periodsBetween, type IndicatorFrequency } from "@zorgpact/domain/indicator-period";
import { unitValueError, type UnitKind } from "@zorgpact/domain/indicator-unit";
import type { FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { decimalText, euroText, parseDecimal, parseEuroCents } from "@zorgpact/ui/dutch-number.ts";
import { indicatorPeriodMessages as pm } from "../../messages/indicator-periods.ts";

/** At most this many periods get a target field (quarters over ten years). */
export const MAX_TARGET_PERIODS = 40;

/** The indicator form as typed; names are the API's fields (`indicatorFieldsSchema`). Targets by period start. */
export interface IndicatorFormValues {
  name: string;
  unit: string;
  unitKind: UnitKind;
  direction: IndicatorDirection;
  frequency: IndicatorFrequency;
  baselineValue: string;
  baselineDate: string;
  targetValue: string;
  targetDate: string;
  targets: Record<string, string>;
}

/** A value as the field shows it: euros for money (stored in cents), else a Dutch decimal. */
export function valueText(value: number, kind: UnitKind): string {
  return kind === "euro" ? euroText(value) : decimalText(value);
}

/** What was typed, read for the unit kind: euro amounts become cents. */
function readValue(text: string, kind: UnitKind) {
  return kind === "euro" ? parseEuroCents(text) : parseDecimal(text);
}

export function indicatorFormValues(indicator: AgendaIndicator | null): IndicatorFormValues {
  const kind = indicator?.unitKind ?? "aantal";
  return {
    name: indicator?.name ?? "",
    unit: indicator?.unit ?? "",
    unitKind: kind,
    direction: indicator?.direction ?? "up",
    frequency: indicator?.frequency ?? "jaar",
    baselineValue: indicator ? valueText(indicator.baselineValue, kind) : "",
    baselineDate: indicator?.baselineDate ?? "",
    targetValue: indicator ? valueText(indicator.targetValue, kind) : "",
    targetDate: indicator?.targetDate ?? "",
    targets: Object.fromEntries((indicator?.targets ?? []).map((t) => [t.periodStart, valueText(t.value, kind)])),
  };
}

/** The periods that may get a target: from the baseline's period to the target date's, for the frequency. */
export function targetPeriods(values: Pick<IndicatorFormValues, "baselineDate" | "targetDate" | "frequency">): string[] {
  const date = /^\d{4}-\d{2}-\d{2}$/;
  if (!date.test(values.baselineDate) || !date.test(values.targetDate) || values.targetDate <= values.baselineDate) return [];
  return periodsBetween(values.baselineDate, values.targetDate, values.frequency, MAX_TARGET_PERIODS + 1);
}

/** Typed → the API's fields. Unreadable numbers go as null (the schema refuses them; `indicatorFormErrors` says why). */
export function indicatorToFields(values: IndicatorFormValues) {
  const number = (text: string) => {
    const parsed = readValue(text, values.unitKind);
    return typeof parsed === "number" ? parsed : null;
  };
  const shown = new Set(targetPeriods(values).slice(0, MAX_TARGET_PERIODS));
  const targets = Object.entries(values.targets)
    .filter(([start, text]) => shown.has(start) && text.trim() !== "")
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([periodStart, text]) => ({ periodStart, value: number(text) }));
  return {
    name: values.name,
    unit: values.unit,
    unitKind: values.unitKind,
    direction: values.direction,
    frequency: values.frequency,
    baselineValue: number(values.baselineValue),
    baselineDate: values.baselineDate,
    targetValue: number(values.targetValue),
    targetDate: values.targetDate,
    targets,
  };
}

/** Why a typed value is no number, or does not fit the unit (the schema's rule, said even when another field fails first). */
function numberError(text: string, kind: UnitKind, unit: string, required: boolean): string | undefined {
  const parsed = readValue(text, kind);
  if (parsed === null) return required ? pm.valueMissing : undefined;
  if (parsed === "invalid") return kind === "euro" ? pm.euroInvalid : pm.numberInvalid;
  return unitValueError(kind, parsed, unit) ?? undefined;
}

/** What the form says itself: a field that holds no number (the schema would only see null), or one that does not fit the unit. */
export function indicatorFormErrors(values: IndicatorFormValues): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of ["baselineValue", "targetValue"] as const) {
    const error = numberError(values[field], values.unitKind, values.unit, true);
    if (error) errors[field] = error;
  }
  for (const start of targetPeriods(values).slice(0, MAX_TARGET_PERIODS)) {
    const error = numberError(values.targets[start] ?? "", values.unitKind, values.unit, false);
    if (error && !errors.targets) errors.targets = `${pm.targetFor(periodLabel(start, values.frequency))}: ${error}`;
  }
  return errors;
}

export interface MeasurementFormValues {
  measuredOn: string;
  value: string;
  source: string;
  note: string;
}

export function measurementFormValues(measurement: AgendaMeasurement | null, kind: UnitKind): MeasurementFormValues {
  return {
    measuredOn: measurement?.measuredOn ?? "",
    value: measurement ? valueText(measurement.value, kind) : "",
    source: measurement?.source ?? "",
    note: measurement?.note ?? "",
  };
}

/** Typed → the API's fields; empty source and note are sent as null ("none"). */
export function measurementToFields(values: MeasurementFormValues, kind: UnitKind) {
  const parsed = readValue(values.value, kind);
  return {
    measuredOn: values.measuredOn,
    value: typeof parsed === "number" ? parsed : null,
    source: values.source.trim() || null,
    note: values.note.trim() || null,
  };
}

/** The value must be a number that fits the indicator's unit ("4,5 gemeenten" is refused), as the API checks. */
export function measurementFormErrors(values: MeasurementFormValues, indicator: { unitKind: UnitKind; unit: string }): FieldErrors {
  const error = numberError(values.value, indicator.unitKind, indicator.unit, true);
  return error ? { value: error } : {};
}
