import { z } from "zod";
import { idSchema, integer, optionalText, pageInputSchema, pagedSchema, searchSchema, text, versionSchema } from "./common.ts";
import { fromAmsterdamLocal, localTimeIssue, TIME_ZONE, type LocalDateTime } from "./event-time.ts";

/**
 * The events agenda: national and regional meetings (BRIEF "Events"; letter 004: ten thematic
 * meetings and a national working day in the first year). Times are Amsterdam wall-clock time in
 * and out (`YYYY-MM-DDTHH:mm`, see event-time.ts); the database keeps the instants.
 */
export const eventKinds = ["thematic_meeting", "national_working_day", "volgspot_session", "kopgroep_meeting", "regional_meeting"] as const;
export const eventKindSchema = z.enum(eventKinds, { error: "Kies een soort bijeenkomst." });
export type EventKind = z.infer<typeof eventKindSchema>;

/** A web address people can open: http(s) only, so no `javascript:` link reaches a page. */
const webUrlSchema = text({ max: 500 })
  .refine((v) => v === "" || /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(v), { error: "Geef een webadres dat begint met https:// of http://." })
  .nullable()
  .default(null)
  .transform((v) => (v === null || v === "" ? null : v));

/** Amsterdam wall-clock time that exists (not in the spring-forward gap). */
export const localDateTimeSchema = z
  .string({ error: "Geef een datum en tijd." })
  .trim()
  .superRefine((value, ctx) => {
    const issue = localTimeIssue(value);
    if (issue) ctx.addIssue({ code: "custom", message: issue });
  });

const participantsSchema = integer({ min: 0, max: 1_000_000, minMessage: "Geef 0 of meer.", maxMessage: "Geef hoogstens 1.000.000." }).nullable().default(null);

const idListSchema = (max: number, what: string) =>
  z
    .array(idSchema)
    .max(max, { error: `Kies hoogstens ${max} ${what}.` })
    .default([])
    .transform((ids) => [...new Set(ids)]);

const eventFieldsBase = z.object({
  kind: eventKindSchema,
  title: text({ min: 2, max: 200, minMessage: "Geef een titel van minstens 2 tekens." }),
  description: text({ max: 5000 }).default(""),
  startsAt: localDateTimeSchema,
  endsAt: localDateTimeSchema,
  location: optionalText({ max: 300 }),
  onlineUrl: webUrlSchema,
  organiser: text({ max: 200 }).default(""),
  pactIds: idListSchema(50, "zorgpacten"),
  themeIds: idListSchema(20, "thema's"),
  expectedParticipants: participantsSchema,
  actualParticipants: participantsSchema,
  registrationUrl: webUrlSchema,
  /** Where the facts come from, and which details are invented (demo data). Shown on the event page. */
  sourceNote: optionalText({ max: 1000 }),
  published: z.boolean().default(false),
});

/** The end may not come before the start, compared as instants (so also across a clock change). */
export function endBeforeStart(startsAt: LocalDateTime, endsAt: LocalDateTime): boolean {
  const start = fromAmsterdamLocal(startsAt);
  const end = fromAmsterdamLocal(endsAt);
  return start instanceof Date && end instanceof Date && end.getTime() < start.getTime();
}

export const END_BEFORE_START = "Het einde ligt vóór het begin. Kies een eind dat op of na het begin ligt.";

function endNotBeforeStart(fields: { startsAt: string; endsAt: string }, ctx: z.RefinementCtx) {
  if (endBeforeStart(fields.startsAt, fields.endsAt)) {
    ctx.addIssue({ code: "custom", path: ["endsAt"], message: END_BEFORE_START });
  }
}

/** `event.create`'s input and the admin form's schema. */
export const eventFieldsSchema = eventFieldsBase.superRefine(endNotBeforeStart);
export type EventFields = z.infer<typeof eventFieldsSchema>;
export type EventFieldsInput = z.input<typeof eventFieldsSchema>;

export const eventUpdateInputSchema = eventFieldsBase.extend({ id: idSchema, version: versionSchema }).superRefine(endNotBeforeStart);
export type EventUpdateInput = z.infer<typeof eventUpdateInputSchema>;

export const eventDeleteInputSchema = z.object({ id: idSchema, version: versionSchema });
export const eventIdInputSchema = z.object({ id: idSchema });

// ---------------------------------------------------------------------------------------------
// Lists and filters.

/** Upcoming: not yet over (ends now or later), soonest first. Past: over, latest first. */
export const eventPeriods = ["upcoming", "past"] as const;
export const eventPeriodSchema = z.enum(eventPeriods);
export type EventPeriod = z.infer<typeof eventPeriodSchema>;

/** The filters of the public agenda, its iCalendar feed and the admin list alike. */
export const eventFilterSchema = z.object({
  kind: eventKindSchema.optional(),
  /** Events linked to a pact in this region. */
  regionId: idSchema.optional(),
  themeId: idSchema.optional(),
});
export type EventFilter = z.infer<typeof eventFilterSchema>;

export const eventListInputSchema = pageInputSchema.extend({
  ...eventFilterSchema.shape,
  period: eventPeriodSchema.default("upcoming"),
  search: searchSchema,
});
export type EventListInput = z.infer<typeof eventListInputSchema>;

/** The national team's list: drafts too, and optionally all periods at once. */
export const eventAdminListInputSchema = eventListInputSchema.extend({
  period: z.enum([...eventPeriods, "all"]).default("all"),
  published: z.boolean().optional(),
});
export type EventAdminListInput = z.infer<typeof eventAdminListInputSchema>;

// ---------------------------------------------------------------------------------------------
// What the API returns.

const linkedPactSchema = z.object({ id: idSchema, slug: z.string(), name: z.string(), regionId: idSchema.nullable() });
const namedSchema = z.object({ id: idSchema, name: z.string() });

/** A published event as the public sees it: local times with their zone, and the instants. */
export const publicEventSchema = z.object({
  id: idSchema,
  kind: eventKindSchema,
  title: z.string(),
  description: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  /** The instants, ISO 8601 in UTC (`…Z`). */
  startsAtUtc: z.string(),
  endsAtUtc: z.string(),
  timeZone: z.literal(TIME_ZONE),
  location: z.string().nullable(),
  onlineUrl: z.string().nullable(),
  organiser: z.string(),
  /** Published pacts only. */
  pacts: z.array(linkedPactSchema),
  /** The regions of those pacts. */
  regions: z.array(namedSchema),
  themes: z.array(namedSchema),
  expectedParticipants: z.number().int().nullable(),
  actualParticipants: z.number().int().nullable(),
  registrationUrl: z.string().nullable(),
  sourceNote: z.string().nullable(),
  updatedAt: z.string(),
});
export type PublicEvent = z.infer<typeof publicEventSchema>;
export const publicEventPageSchema = pagedSchema(publicEventSchema);

/** The national team's view: every linked pact, drafts and the version to save with. */
export const eventRecordSchema = publicEventSchema.extend({
  published: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
});
export type EventRecord = z.infer<typeof eventRecordSchema>;
export const eventRecordPageSchema = pagedSchema(eventRecordSchema);

/** The form's fields of a stored event (ids of the linked pacts and themes). */
export function eventFieldsOf(event: EventRecord): EventFields {
  return {
    kind: event.kind,
    title: event.title,
    description: event.description,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    location: event.location,
    onlineUrl: event.onlineUrl,
    organiser: event.organiser,
    pactIds: event.pacts.map((p) => p.id),
    themeIds: event.themes.map((t) => t.id),
    expectedParticipants: event.expectedParticipants,
    actualParticipants: event.actualParticipants,
    registrationUrl: event.registrationUrl,
    sourceNote: event.sourceNote,
    published: event.published,
  };
}

/** Whether an event is over at `now`: it counts as upcoming until its end. */
export function isPast(event: Pick<PublicEvent, "endsAtUtc">, now: Date): boolean {
  return new Date(event.endsAtUtc).getTime() < now.getTime();
}
