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
import { validateForm, type Validation } from "../../forms/validate.ts";
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

const count = (text: string) => {
  const parsed = parseCount(text);
  return parsed === "invalid" ? null : parsed;
};

/** The event as the API takes it; a count that is not a whole number is null here and named by `eventFormErrors`. */
export function eventToInput(values: EventFormValues) {
  return { ...values, expectedParticipants: count(values.expectedParticipants), actualParticipants: count(values.actualParticipants) };
}

/** What the form says at once: counts that are not whole numbers, and an end before the start (the schema checks the order only once every field is valid). */
export function eventFormErrors(values: EventFormValues): FieldErrors {
  const errors: FieldErrors = {};
  for (const key of ["expectedParticipants", "actualParticipants"] as const)
    if (parseCount(values[key]) === "invalid") errors[key] = eventMessages.form.wholeNumber;
  if (endBeforeStart(values.startsAt, values.endsAt)) errors.endsAt = END_BEFORE_START;
  return errors;
}

export function eventInput(values: EventFormValues): Validation<EventFields> {
  return validateForm(eventFieldsSchema, eventToInput(values), eventFormErrors(values));
}

export function eventUpdateInput(values: EventFormValues, ids: { id: string; version: number }): Validation<EventUpdateInput> {
  return validateForm(eventUpdateInputSchema, { ...eventToInput(values), ...ids }, eventFormErrors(values));
}
