import { z } from "zod";
import { admissionStatusSchema, pactKindSchema } from "./pact.ts";
import { phaseNumberSchema } from "./phase.ts";
import { supportQuestionTypeSchema } from "./support.ts";
import { addDays, type Task } from "./reminder.ts";
import type { IsoDate } from "./common.ts";

/**
 * The start page's work queue: what waits for the signed-in user, in groups, each with its full
 * count and the first few items (the page links to the full list for the rest). The national team
 * gets every group; an editor the groups of their own pacts (Volgspots, support, quiet pacts,
 * overdue tasks) and the list of their pacts. Pure: the service passes the facts and `today`.
 */

/** A pact nobody changed in this many days shows as "quiet" (the page says the threshold). */
export const STALE_PACT_DAYS = 180;
/** Items shown per group; the count says how many there are in all. */
export const WORK_QUEUE_GROUP_LIMIT = 8;

/** The last day a pact may have been changed and still count as quiet at `today`. */
export function staleBefore(today: IsoDate): IsoDate {
  return addDays(today, -STALE_PACT_DAYS);
}

const group = <T extends z.ZodType>(item: T) => z.object({ total: z.number().int().min(0), items: z.array(item) });

export const workQueueApplicationSchema = z.object({
  pactId: z.string(),
  name: z.string(),
  status: admissionStatusSchema,
  submittedAt: z.string().nullable(),
});

export const workQueueBarrierSchema = z.object({
  id: z.string(),
  number: z.number().int(),
  question: z.string(),
  receivedOn: z.string(),
});

export const workQueueVolgspotSchema = z.object({
  pactId: z.string(),
  pactName: z.string(),
  year: z.number().int(),
  /** `due`: the pact still has to hold or submit it; `review`: submitted, waits for the national team. */
  kind: z.enum(["due", "review"]),
  /** The due date (due) or the submission day (review). */
  date: z.string().nullable(),
  overdue: z.boolean(),
});

export const workQueueSupportSchema = z.object({
  id: z.string(),
  pactId: z.string(),
  pactName: z.string(),
  questionType: supportQuestionTypeSchema,
  requestedOn: z.string(),
});

export const workQueueStalePactSchema = z.object({
  id: z.string(),
  name: z.string(),
  updatedAt: z.string(),
});

/** Overdue agreements and measurements, summed per pact rather than listed one by one. */
export const workQueueOverdueSchema = z.object({
  pactId: z.string(),
  pactName: z.string(),
  agreements: z.number().int().min(0),
  measurements: z.number().int().min(0),
});

/** Measurements waiting for the caller's review (review before publication), counted per pact. */
export const workQueueMeasurementReviewSchema = z.object({
  pactId: z.string(),
  pactName: z.string(),
  count: z.number().int().min(0),
});

export const myPactSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: pactKindSchema,
  currentPhase: phaseNumberSchema.nullable(),
  updatedAt: z.string(),
});
export type MyPact = z.infer<typeof myPactSchema>;

export const workQueueSchema = z.object({
  today: z.string(),
  staleDays: z.number().int(),
  /** National team only (null for editors). */
  applications: group(workQueueApplicationSchema).nullable(),
  barriers: group(workQueueBarrierSchema).nullable(),
  failedMail: z.number().int().min(0).nullable(),
  /** Everyone, limited to the editor's own pacts. */
  volgspots: group(workQueueVolgspotSchema),
  support: group(workQueueSupportSchema),
  stalePacts: group(workQueueStalePactSchema),
  overdue: group(workQueueOverdueSchema),
  /** "Metingen ter beoordeling": every pact for the national team; peer-reviewed own pacts for an editor. */
  measurementReviews: group(workQueueMeasurementReviewSchema),
  /** Editors: their pacts in use, by name (null for the national team, who has the pacts list). */
  myPacts: z.array(myPactSchema).nullable(),
});
export type WorkQueue = z.infer<typeof workQueueSchema>;
export type WorkQueueGroup<T> = { total: number; items: T[] };
export type WorkQueueVolgspot = z.infer<typeof workQueueVolgspotSchema>;
export type WorkQueueOverdue = z.infer<typeof workQueueOverdueSchema>;

export const frontRunnerWaitingSchema = z.object({ waiting: z.number().int().min(0) });

/** The first `limit` items and the count of all. */
export function limitGroup<T>(items: readonly T[], limit = WORK_QUEUE_GROUP_LIMIT): WorkQueueGroup<T> {
  return { total: items.length, items: items.slice(0, limit) };
}

/** The Volgspot tasks as queue items: submitted ones waiting for acceptance first, then the overdue, then by date. */
export function volgspotQueueItems(tasks: readonly Task[]): WorkQueueVolgspot[] {
  const items: WorkQueueVolgspot[] = [];
  for (const t of tasks) {
    if (t.kind === "volgspot_review") items.push({ pactId: t.pactId, pactName: t.pactName, year: t.year, kind: "review", date: t.submittedOn, overdue: false });
    if (t.kind === "volgspot_due") items.push({ pactId: t.pactId, pactName: t.pactName, year: t.year, kind: "due", date: t.dueOn, overdue: t.overdue });
  }
  const rank = (v: WorkQueueVolgspot) => (v.kind === "review" ? 0 : v.overdue ? 1 : 2);
  return items.sort((a, b) => rank(a) - rank(b) || (a.date ?? "").localeCompare(b.date ?? "") || a.pactName.localeCompare(b.pactName, "nl"));
}

/** Overdue agreements and measurements counted per pact, the pact with most first. */
export function overdueByPact(tasks: readonly Task[]): WorkQueueOverdue[] {
  const byPact = new Map<string, WorkQueueOverdue>();
  for (const t of tasks) {
    if (!t.overdue || (t.kind !== "agreement_due" && t.kind !== "measurement_due")) continue;
    const entry = byPact.get(t.pactId) ?? { pactId: t.pactId, pactName: t.pactName, agreements: 0, measurements: 0 };
    if (t.kind === "agreement_due") entry.agreements += 1;
    else entry.measurements += 1;
    byPact.set(t.pactId, entry);
  }
  const total = (e: WorkQueueOverdue) => e.agreements + e.measurements;
  return [...byPact.values()].sort((a, b) => total(b) - total(a) || a.pactName.localeCompare(b.pactName, "nl"));
}
