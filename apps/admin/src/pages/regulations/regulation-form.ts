import type { Ministry } from "@zorgpact/domain/barrier";
import {
  applicationAddInputSchema,
  applicationUpdateInputSchema,
  regulationFieldsSchema,
  regulationUpdateInputSchema,
  type ApplicationAddInput,
  type ApplicationRecord,
  type ApplicationStatus,
  type ApplicationUpdateInput,
  type RegulationFields,
  type RegulationRecord,
} from "@zorgpact/domain/regulation";
import { apiFieldErrors, type FieldErrors } from "@zorgpact/ui/form-errors.ts";
import type { z } from "zod";
import { validate, type Validation } from "../../forms/validate.ts";
import { adminMessages } from "../../messages.ts";
import { regulationMessages } from "../../messages/regulation.ts";
import { euroText, parseEuroCents } from "@zorgpact/ui/dutch-number.ts";

/** What the regeling form edits: years and the budget as typed ("125.000.000"). */
export interface RegulationFormValues {
  name: string;
  ministry: Ministry;
  purpose: string;
  startYear: string;
  endYear: string;
  budget: string;
  conditions: string;
  link: string;
  results: string;
  source: string;
}

export const emptyRegulationForm: RegulationFormValues = {
  name: "",
  ministry: "OCW",
  purpose: "",
  startYear: "",
  endYear: "",
  budget: "",
  conditions: "",
  link: "",
  results: "",
  source: "",
};

export function regulationFormValues(record: RegulationRecord): RegulationFormValues {
  return {
    name: record.name,
    ministry: record.ministry,
    purpose: record.purpose,
    startYear: record.startYear === null ? "" : String(record.startYear),
    endYear: record.endYear === null ? "" : String(record.endYear),
    budget: euroText(record.budgetCents),
    conditions: record.conditions ?? "",
    link: record.link ?? "",
    results: record.results ?? "",
    source: record.source ?? "",
  };
}

type Parsed = { value: number | null; error?: string };

function year(text: string): Parsed {
  const t = text.trim();
  if (t === "") return { value: null };
  return /^\d{4}$/.test(t) ? { value: Number(t) } : { value: null, error: regulationMessages.form.invalidYear };
}

export function cents(text: string): Parsed {
  const parsed = parseEuroCents(text);
  return parsed === "invalid" ? { value: null, error: adminMessages.common.invalidAmount } : { value: parsed };
}

/** Runs the API's schema over the parsed values; a number that did not parse keeps its own message. */
function check<T>(schema: z.ZodType, values: object, parsed: Record<string, Parsed>): Validation<T> {
  const numbers: FieldErrors = {};
  for (const [key, p] of Object.entries(parsed)) if (p.error) numbers[key] = p.error;
  const result = validate(schema, { ...values, ...Object.fromEntries(Object.entries(parsed).map(([key, p]) => [key, p.value])) });
  const errors = { ...result.errors, ...numbers };
  if (!result.ok || Object.keys(numbers).length > 0) return { ok: false, errors };
  return { ok: true, data: result.data as T, errors: {} };
}

function fields(values: RegulationFormValues) {
  const { startYear, endYear, budget, link, ...text } = values;
  return {
    text: { ...text, link: link.trim() === "" ? null : link },
    parsed: { startYear: year(startYear), endYear: year(endYear), budgetCents: cents(budget) },
  };
}

export function regulationInput(values: RegulationFormValues): Validation<RegulationFields> {
  const { text, parsed } = fields(values);
  return check(regulationFieldsSchema, text, parsed);
}

export function regulationUpdateInput(
  values: RegulationFormValues,
  ids: { id: string; version: number },
): Validation<RegulationFields & { id: string; version: number }> {
  const { text, parsed } = fields(values);
  // The budget's error is shown on the field the user typed in.
  const result = check<RegulationFields & { id: string; version: number }>(regulationUpdateInputSchema, { ...text, ...ids }, parsed);
  return renameBudgetError(result);
}

function renameBudgetError<T>(result: Validation<T>): Validation<T> {
  if (result.ok || !result.errors["budgetCents"]) return result;
  const { budgetCents, ...rest } = result.errors;
  return { ok: false, errors: { ...rest, budget: budgetCents } };
}

export const regulationCreateInput = (values: RegulationFormValues) => renameBudgetError(regulationInput(values));

// ─── Applications ────────────────────────────────────────────────────────────────────────

export interface ApplicationFormValues {
  pactId: string;
  appliedOn: string;
  status: ApplicationStatus;
  amount: string;
  note: string;
}

export function emptyApplicationForm(today: string): ApplicationFormValues {
  return { pactId: "", appliedOn: today, status: "applied", amount: "", note: "" };
}

export function applicationFormValues(application: ApplicationRecord): ApplicationFormValues {
  return {
    pactId: application.pactId,
    appliedOn: application.appliedOn,
    status: application.status,
    amount: euroText(application.amountCents),
    note: application.note ?? "",
  };
}

function renameAmountError<T>(result: Validation<T>): Validation<T> {
  if (result.ok || !result.errors["amountCents"]) return result;
  const { amountCents, ...rest } = result.errors;
  return { ok: false, errors: { ...rest, amount: amountCents } };
}

export function applicationAddInput(values: ApplicationFormValues, regulationId: string): Validation<ApplicationAddInput> {
  const { amount, ...text } = values;
  return renameAmountError(check(applicationAddInputSchema, { ...text, appliedOn: text.appliedOn.trim(), regulationId }, { amountCents: cents(amount) }));
}

export function applicationUpdateInput(values: ApplicationFormValues, ids: { id: string; version: number }): Validation<ApplicationUpdateInput> {
  const { amount, pactId: _pact, ...text } = values;
  return renameAmountError(check(applicationUpdateInputSchema, { ...text, appliedOn: text.appliedOn.trim(), ...ids }, { amountCents: cents(amount) }));
}

/** Field errors of the API under the names of the form's fields (`budgetCents` is typed in `budget`). */
export function formFieldErrors(error: unknown, renames: Record<string, string>): FieldErrors {
  const errors = apiFieldErrors(error);
  return Object.fromEntries(Object.entries(errors).map(([key, message]) => [renames[key] ?? key, message]));
}
