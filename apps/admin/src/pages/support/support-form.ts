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
import { validate, type Validation } from "../../forms/validate.ts";

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

/**
 * The update to send: the question only for an editor; with the handling for the national team,
 * checked against the domain's rules (status steps, dates, advisor, outcome) before it goes out,
 * so every field with a problem is marked at once.
 */
export function supportUpdateInput(
  values: SupportFormValues,
  current: Pick<SupportRecord, "id" | "status" | "requestedOn">,
  version: number,
  withHandling: boolean,
  now = new Date(),
): Validation<SupportUpdateInput> {
  const question = { id: current.id, version, questionType: values.questionType, question: values.question };
  const handling = withHandling
    ? { status: values.status, advisorName: values.advisorName, startedOn: values.startedOn || null, endedOn: values.endedOn || null, outcome: values.outcome }
    : {};
  const result = validate(supportUpdateInputSchema, { ...question, ...handling });
  if (!result.ok) return result;
  const sent = handlingOf(result.data);
  if (!sent) return result;
  const errors: FieldErrors = {};
  for (const issue of supportHandlingIssues(current, sent, amsterdamDate(now))) errors[issue.field] ??= issue.message;
  return Object.keys(errors).length ? { ok: false, errors } : result;
}
