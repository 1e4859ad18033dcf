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
import type { FieldErrors } from "@zorgpact/ui/form-errors.ts";
import type { z } from "zod";
import { validateForm, type Validation } from "../../forms/validate.ts";
import { renameFieldErrors } from "@zorgpact/ui/forms/form-outcome.ts";
import { commonMessages } from "../../messages/common.ts";
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
  return parsed === "invalid" ? { value: null, error: commonMessages.invalidAmount } : { value: parsed };
}

/** The API calls the budget `budgetCents`; the form field typed in is `budget`. */
export const regulationFieldNames = { budgetCents: "budget" } as const;

/** The regeling fields as the API takes them; a year or budget that does not parse is null here and named by `regulationNumberErrors`. */
export function regulationToInput(values: RegulationFormValues) {
  const { startYear, endYear, budget, link, ...text } = values;
  return {
    ...text,
    link: link.trim() === "" ? null : link,
    startYear: year(startYear).value,
    endYear: year(endYear).value,
    budgetCents: cents(budget).value,
  };
}

/** What only the form can say: a year or an amount that is not one. */
export function regulationNumberErrors(values: RegulationFormValues): FieldErrors {
  const errors: FieldErrors = {};
  const parsed = { startYear: year(values.startYear), endYear: year(values.endYear), budget: cents(values.budget) };
  for (const [key, p] of Object.entries(parsed)) if (p.error) errors[key] = p.error;
  return errors;
}

/** The form's check as useZodForm makes it (for tests): errors under the form's own field names. */
function checkRegulation<S extends z.ZodType>(schema: S, input: object, values: RegulationFormValues): Validation<z.output<S>> {
  const result = validateForm(schema, input, regulationNumberErrors(values));
  return result.ok ? result : { ok: false, errors: renameFieldErrors(result.errors, regulationFieldNames) };
}

export const regulationCreateInput = (values: RegulationFormValues): Validation<RegulationFields> =>
  checkRegulation(regulationFieldsSchema, regulationToInput(values), values);

export const regulationUpdateInput = (values: RegulationFormValues, ids: { id: string; version: number }) =>
  checkRegulation(regulationUpdateInputSchema, { ...regulationToInput(values), ...ids }, values);

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

/** The API calls the amount `amountCents`; the form field typed in is `amount`. */
export const applicationFieldNames = { amountCents: "amount" } as const;

/** The application as the API adds it; an amount that does not parse is null here and named by `applicationNumberErrors`. */
export function applicationAddToInput(values: ApplicationFormValues, regulationId: string) {
  const { amount, ...text } = values;
  return { ...text, appliedOn: text.appliedOn.trim(), amountCents: cents(amount).value, regulationId };
}

/** The application as the API updates it (the pact stays). */
export function applicationUpdateToInput(values: ApplicationFormValues, ids: { id: string; version: number }) {
  const { amount, pactId: _pact, ...text } = values;
  return { ...text, appliedOn: text.appliedOn.trim(), amountCents: cents(amount).value, ...ids };
}

export function applicationNumberErrors(values: ApplicationFormValues): FieldErrors {
  const amount = cents(values.amount);
  return amount.error ? { amount: amount.error } : {};
}

function checkApplication<S extends z.ZodType>(schema: S, input: object, values: ApplicationFormValues): Validation<z.output<S>> {
  const result = validateForm(schema, input, applicationNumberErrors(values));
  return result.ok ? result : { ok: false, errors: renameFieldErrors(result.errors, applicationFieldNames) };
}

export function applicationAddInput(values: ApplicationFormValues, regulationId: string): Validation<ApplicationAddInput> {
  return checkApplication(applicationAddInputSchema, applicationAddToInput(values, regulationId), values);
}

export function applicationUpdateInput(values: ApplicationFormValues, ids: { id: string; version: number }): Validation<ApplicationUpdateInput> {
  return checkApplication(applicationUpdateInputSchema, applicationUpdateToInput(values, ids), values);
}
