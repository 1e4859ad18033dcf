import {
  END_BEFORE_START,
  endBeforeStart,
  eventFieldsOf,
  eventFieldsSchema,
  eventUpdateInputSchema,
  type EventFields,
  type EventKind,
  type EventRecord,
  type EventUpdateInput,
} from "@zorgpact/domain/event";
import type { FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { validate, type Validation } from "../../forms/validate.ts";
import { eventMessages } from "../../messages/event.ts";

/** What the event form edits, as typed: times as `YYYY-MM-DDTHH:mm` (datetime-local), numbers as text. */
export interface EventFormValues {
  kind: EventKind | "";
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  location: string;
  onlineUrl: string;
  organiser: string;
  pactIds: string[];
  themeIds: string[];
  expectedParticipants: string;
  actualParticipants: string;
  registrationUrl: string;
  sourceNote: string;
  published: boolean;
}

export const emptyEventForm: EventFormValues = {
  kind: "",
  title: "",
  description: "",
  startsAt: "",
  endsAt: "",
  location: "",
  onlineUrl: "",
  organiser: "",
  pactIds: [],
  themeIds: [],
  expectedParticipants: "",
  actualParticipants: "",
  registrationUrl: "",
  sourceNote: "",
  published: false,
};

export function eventFormValues(event: EventRecord): EventFormValues {
  const f = eventFieldsOf(event);
  return {
    ...f,
    location: f.location ?? "",
    onlineUrl: f.onlineUrl ?? "",
    registrationUrl: f.registrationUrl ?? "",
    sourceNote: f.sourceNote ?? "",
    expectedParticipants: f.expectedParticipants === null ? "" : String(f.expectedParticipants),
    actualParticipants: f.actualParticipants === null ? "" : String(f.actualParticipants),
  };
}

/** A whole number as typed (dots as thousands separators allowed), null when empty, "invalid" otherwise. */
export function parseCount(text: string): number | null | "invalid" {
  const plain = text.trim().replace(/[.\s]/g, "");
  if (plain === "") return null;
  return /^\d{1,9}$/.test(plain) ? Number(plain) : "invalid";
}

function check<T>(schema: typeof eventFieldsSchema | typeof eventUpdateInputSchema, values: EventFormValues, extra: object): Validation<T> {
  const numbers: FieldErrors = {};
  const count = (key: "expectedParticipants" | "actualParticipants") => {
    const parsed = parseCount(values[key]);
    if (parsed === "invalid") numbers[key] = eventMessages.form.wholeNumber;
    return parsed === "invalid" ? null : parsed;
  };
  // The schema checks the order only once every field is valid; the form says it at once.
  if (endBeforeStart(values.startsAt, values.endsAt)) numbers.endsAt = END_BEFORE_START;
  const result = validate(schema, {
    ...values,
    expectedParticipants: count("expectedParticipants"),
    actualParticipants: count("actualParticipants"),
    ...extra,
  });
  const errors = { ...result.errors, ...numbers };
  if (!result.ok || Object.keys(numbers).length > 0) return { ok: false, errors };
  return { ok: true, data: result.data as T, errors: {} };
}

export function eventInput(values: EventFormValues): Validation<EventFields> {
  return check<EventFields>(eventFieldsSchema, values, {});
}

export function eventUpdateInput(values: EventFormValues, ids: { id: string; version: number }): Validation<EventUpdateInput> {
  return check<EventUpdateInput>(eventUpdateInputSchema, values, ids);
}
