import { amsterdamDate } from "@zorgpact/domain/event-time";
import {
  handlingOf,
  supportCreateInputSchema,
  supportHandlingIssues,
  supportUpdateInputSchema,
  type SupportCreateInput,
  type SupportQuestionType,
  type SupportRecord,
  type SupportStatus,
  type SupportUpdateInput,
} from "@zorgpact/domain/support";
import type { FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { validate, validateForm, type Validation } from "../../forms/validate.ts";

/** What the trajectory form edits, as typed; the handling fields only matter for the national team. */
export interface SupportFormValues {
  questionType: SupportQuestionType | "";
  question: string;
  status: SupportStatus;
  advisorName: string;
  startedOn: string;
  endedOn: string;
  outcome: string;
}

export function supportFormValues(record: SupportRecord): SupportFormValues {
  return {
    questionType: record.questionType,
    question: record.question,
    status: record.status,
    advisorName: record.advisorName ?? "",
    startedOn: record.startedOn ?? "",
    endedOn: record.endedOn ?? "",
    outcome: record.outcome ?? "",
  };
}

export function supportRequestInput(values: { pactId: string; questionType: string; question: string }): Validation<SupportCreateInput> {
  return validate(supportCreateInputSchema, values);
}

/** The update as the API takes it: the question only for an editor; with the handling for the national team. */
export function supportToInput(values: SupportFormValues, current: Pick<SupportRecord, "id">, version: number, withHandling: boolean) {
  const question = { id: current.id, version, questionType: values.questionType, question: values.question };
  const handling = withHandling
    ? { status: values.status, advisorName: values.advisorName, startedOn: values.startedOn || null, endedOn: values.endedOn || null, outcome: values.outcome }
    : {};
  return { ...question, ...handling };
}

/**
 * The domain's handling rules (status steps, dates, advisor, outcome) over an update the schema
 * accepts, so every field with a problem is marked at once before it goes out.
 */
export function supportHandlingErrors(
  values: SupportFormValues,
  current: Pick<SupportRecord, "id" | "status" | "requestedOn">,
  version: number,
  withHandling: boolean,
  now = new Date(),
): FieldErrors {
  const parsed = supportUpdateInputSchema.safeParse(supportToInput(values, current, version, withHandling));
  const sent = parsed.success ? handlingOf(parsed.data) : null;
  if (!sent) return {};
  const errors: FieldErrors = {};
  for (const issue of supportHandlingIssues(current, sent, amsterdamDate(now))) errors[issue.field] ??= issue.message;
  return errors;
}

/** The form's whole check as useZodForm makes it (for tests). */
export function supportUpdateInput(
  values: SupportFormValues,
  current: Pick<SupportRecord, "id" | "status" | "requestedOn">,
  version: number,
  withHandling: boolean,
  now = new Date(),
): Validation<SupportUpdateInput> {
  return validateForm(
    supportUpdateInputSchema,
    supportToInput(values, current, version, withHandling),
    supportHandlingErrors(values, current, version, withHandling, now),
  );
}
