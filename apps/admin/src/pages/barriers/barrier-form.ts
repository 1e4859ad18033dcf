import {
  barrierCreateInputSchema,
  barrierUpdateInputSchema,
  type BarrierCreateInput,
  type BarrierRecord,
  type BarrierStatus,
  type BarrierUpdateInput,
} from "@zorgpact/domain/barrier";
import { validate, type Validation } from "../../forms/validate.ts";

/** What the barrier forms edit, as typed; an empty select or field is "". */
export interface BarrierFormValues {
  question: string;
  context: string;
  organisation: string;
  submitterName: string;
  submitterEmail: string;
  pactId: string;
  receivedOn: string;
  source: string;
  ministry: string;
  topic: string;
  status: BarrierStatus;
  answer: string;
  outcome: string;
}

export function emptyBarrierForm(today: string): BarrierFormValues {
  return {
    question: "",
    context: "",
    organisation: "",
    submitterName: "",
    submitterEmail: "",
    pactId: "",
    receivedOn: today,
    source: "",
    ministry: "",
    topic: "",
    status: "new",
    answer: "",
    outcome: "",
  };
}

export function barrierFormValues(record: BarrierRecord): BarrierFormValues {
  return {
    question: record.question,
    context: record.context ?? "",
    organisation: record.organisation ?? "",
    submitterName: record.submitterName ?? "",
    submitterEmail: record.submitterEmail ?? "",
    pactId: record.pactId ?? "",
    receivedOn: record.receivedOn,
    source: record.source ?? "",
    ministry: record.ministry ?? "",
    topic: record.topic ?? "",
    status: record.status,
    answer: record.answer ?? "",
    outcome: record.outcome ?? "",
  };
}

const orNull = (text: string) => (text.trim() === "" ? null : text);

/** The intake fields as the API takes them: empty selects and the empty e-mail become null. */
export function barrierIntakeInput(values: BarrierFormValues) {
  return {
    question: values.question,
    context: values.context,
    organisation: values.organisation,
    submitterName: values.submitterName,
    submitterEmail: orNull(values.submitterEmail),
    pactId: orNull(values.pactId),
    receivedOn: values.receivedOn.trim(),
    source: values.source,
  };
}

export function barrierCreateInput(values: BarrierFormValues): Validation<BarrierCreateInput> {
  return validate(barrierCreateInputSchema, barrierIntakeInput(values));
}

/** Checked with the API's own schema: an answered barrier without answer or outcome is refused here already. */
export function barrierUpdateInput(values: BarrierFormValues, ids: { id: string; version: number }): Validation<BarrierUpdateInput> {
  return validate(barrierUpdateInputSchema, barrierUpdateShape(values, ids));
}

/** The update as the API takes it, before the schema checks it. */
export function barrierUpdateShape(values: BarrierFormValues, ids: { id: string; version: number }) {
  return {
    ...ids,
    ...barrierIntakeInput(values),
    ministry: orNull(values.ministry),
    topic: values.topic,
    status: values.status,
    answer: values.answer,
    outcome: orNull(values.outcome),
  };
}
