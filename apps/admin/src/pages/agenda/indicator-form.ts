import type { AgendaIndicator, AgendaMeasurement } from "@zorgpact/domain/agenda";
import type { IndicatorDirection } from "@zorgpact/domain/indicator";
import type { FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { agendaMessages } from "../../messages/agenda.ts";
import { decimalText, parseDecimal } from "@zorgpact/ui/dutch-number.ts";

/** The indicator form as text; names are the API's fields (`indicatorFieldsSchema`). */
export interface IndicatorFormValues {
  name: string;
  unit: string;
  direction: IndicatorDirection;
  baselineValue: string;
  baselineDate: string;
  targetValue: string;
  targetDate: string;
}

export function indicatorFormValues(indicator: AgendaIndicator | null): IndicatorFormValues {
  return {
    name: indicator?.name ?? "",
    unit: indicator?.unit ?? "",
    direction: indicator?.direction ?? "up",
    baselineValue: indicator ? decimalText(indicator.baselineValue) : "",
    baselineDate: indicator?.baselineDate ?? "",
    targetValue: indicator ? decimalText(indicator.targetValue) : "",
    targetDate: indicator?.targetDate ?? "",
  };
}

/** A required number: empty and unreadable each get their own message. */
function requiredNumber(errors: FieldErrors, field: string, text: string): number | null {
  const parsed = parseDecimal(text);
  if (parsed === null) errors[field] = agendaMessages.indicators.valueMissing;
  if (parsed === "invalid") errors[field] = agendaMessages.node.numberInvalid;
  return typeof parsed === "number" ? parsed : null;
}

export function indicatorFormFields(values: IndicatorFormValues): { fields: Record<string, unknown>; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const fields = {
    name: values.name,
    unit: values.unit,
    direction: values.direction,
    baselineValue: requiredNumber(errors, "baselineValue", values.baselineValue),
    baselineDate: values.baselineDate,
    targetValue: requiredNumber(errors, "targetValue", values.targetValue),
    targetDate: values.targetDate,
  };
  return { fields, errors };
}

export interface MeasurementFormValues {
  measuredOn: string;
  value: string;
  source: string;
  note: string;
}

export function measurementFormValues(measurement: AgendaMeasurement | null): MeasurementFormValues {
  return {
    measuredOn: measurement?.measuredOn ?? "",
    value: measurement ? decimalText(measurement.value) : "",
    source: measurement?.source ?? "",
    note: measurement?.note ?? "",
  };
}

/** Empty source and note are sent as null ("none"). */
export function measurementFormFields(values: MeasurementFormValues): { fields: Record<string, unknown>; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const fields = {
    measuredOn: values.measuredOn,
    value: requiredNumber(errors, "value", values.value),
    source: values.source.trim() || null,
    note: values.note.trim() || null,
  };
  return { fields, errors };
}
