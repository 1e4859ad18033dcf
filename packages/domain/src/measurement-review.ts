import { z } from "zod";
import { decimal, idSchema, isoDateSchema, optionalText, pageInputSchema, pagedSchema, text, versionSchema, type IsoDate } from "./common.ts";
import { unitKindSchema } from "./indicator-unit.ts";
import type { Actor } from "./permission.ts";

/**
 * Review before publication. A measurement an editor adds or changes is `submitted`; a reviewer
 * approves it or returns it with a comment (`returned`). Only approved values reach the public
 * site and open data: the last approved value and date are kept apart from the working copy, so
 * a change waiting for review leaves the approved figure public until it is approved in turn.
 *
 * Who reviews: the national team, for every pact; and, when the pact opts in (`peerReview`), a
 * second editor of the same pact. Nobody approves or returns their own submission. What the
 * national team enters itself is approved at once (it is the reviewer; a second national-team
 * member would only slow the national figures down) — the history still records the step.
 *
 * Locks: after approval, a period of an indicator (a date range) can be locked by the national
 * team. A locked value changes only through a correction with a reason: an editor's correction is
 * submitted for review like any change, the national team's is applied at once; both are kept in
 * the corrections register with the value before and after.
 */
export const reviewStatuses = ["submitted", "returned", "approved"] as const;
export type ReviewStatus = (typeof reviewStatuses)[number];
export const reviewStatusSchema = z.enum(reviewStatuses);

export const reviewStatusLabels: Record<ReviewStatus, string> = {
  submitted: "Ter beoordeling",
  returned: "Teruggestuurd",
  approved: "Goedgekeurd",
};

/** The steps of the review history. */
export const reviewActions = ["submitted", "approved", "returned", "corrected"] as const;
export type ReviewAction = (typeof reviewActions)[number];
export const reviewActionSchema = z.enum(reviewActions);

export const reviewActionLabels: Record<ReviewAction, string> = {
  submitted: "Ingediend",
  approved: "Goedgekeurd",
  returned: "Teruggestuurd",
  corrected: "Gecorrigeerd",
};

export const REVIEW_COMMENT_MAX = 2000;

// ─── Rules ───────────────────────────────────────────────────────────────────────────────

/** The status a save by this actor gives a measurement: the national team's saves are approved at once. */
export function statusAfterSave(actor: Actor): ReviewStatus {
  return actor.kind === "user" && actor.role === "national_admin" ? "approved" : "submitted";
}

export interface ReviewTarget {
  pactId: string;
  peerReview: boolean;
  reviewStatus: ReviewStatus;
  submittedBy: string | null;
}

export type ReviewRefusal = "not_submitted" | "own_submission" | "not_reviewer";

export const reviewRefusalMessages: Record<ReviewRefusal, string> = {
  not_submitted: "Deze meting wacht niet (meer) op beoordeling.",
  own_submission: "Je kunt je eigen meting niet beoordelen; een andere redacteur of het landelijke team doet dat.",
  not_reviewer: "Alleen het landelijke team, of een tweede redacteur als het zorgpact collegiale toetsing gebruikt, beoordeelt metingen.",
};

/** Whether the actor may review the pact's measurements at all (before looking at one). */
export function isReviewerOf(actor: Actor, pact: Pick<ReviewTarget, "pactId" | "peerReview">): boolean {
  if (actor.kind !== "user") return false;
  if (actor.role === "national_admin") return true;
  return pact.peerReview && actor.pactIds.includes(pact.pactId);
}

/** Why the actor may not approve or return this measurement, or null when they may. */
export function reviewRefusal(actor: Actor, target: ReviewTarget): ReviewRefusal | null {
  if (!isReviewerOf(actor, target)) return "not_reviewer";
  if (target.reviewStatus !== "submitted") return "not_submitted";
  if (actor.kind === "user" && target.submittedBy === actor.userId) return "own_submission";
  return null;
}

export interface PeriodRange {
  periodStart: IsoDate;
  periodEnd: IsoDate;
}

/** Whether the date lies in the period (both ends included). */
export function periodContains(period: PeriodRange, date: IsoDate): boolean {
  return period.periodStart <= date && date <= period.periodEnd;
}

/** The lock that covers the date, if any. */
export function lockCovering<L extends PeriodRange>(locks: readonly L[], date: IsoDate): L | undefined {
  return locks.find((lock) => periodContains(lock, date));
}

/** Whether two periods share a day. */
export function periodsOverlap(a: PeriodRange, b: PeriodRange): boolean {
  return a.periodStart <= b.periodEnd && b.periodStart <= a.periodEnd;
}

export function lockedMessage(period: PeriodRange): string {
  return `Deze periode (${period.periodStart} t/m ${period.periodEnd}) is vergrendeld; een waarde verandert alleen nog via een correctie met een reden.`;
}

// ─── Inputs ──────────────────────────────────────────────────────────────────────────────

export const reviewApproveInputSchema = z.object({ id: idSchema, version: versionSchema });
export type ReviewApproveInput = z.infer<typeof reviewApproveInputSchema>;

export const reviewReturnInputSchema = z.object({
  id: idSchema,
  version: versionSchema,
  comment: text({ min: 1, max: REVIEW_COMMENT_MAX, minMessage: "Schrijf waarom je de meting terugstuurt." }),
});
export type ReviewReturnInput = z.infer<typeof reviewReturnInputSchema>;

export const reviewQueueInputSchema = pageInputSchema.extend({ pactId: idSchema.optional() });
export type ReviewQueueInput = z.infer<typeof reviewQueueInputSchema>;

export const pactReviewInputSchema = z.object({ pactId: idSchema });
export const measurementHistoryInputSchema = z.object({ measurementId: idSchema });

export const peerReviewInputSchema = z.object({ pactId: idSchema, peerReview: z.boolean() });
export type PeerReviewInput = z.infer<typeof peerReviewInputSchema>;

export const lockInputSchema = z
  .object({ indicatorId: idSchema, periodStart: isoDateSchema, periodEnd: isoDateSchema })
  .refine((p) => p.periodStart <= p.periodEnd, { path: ["periodEnd"], error: "Het einde van de periode ligt niet voor het begin." });
export type LockInput = z.infer<typeof lockInputSchema>;

export const unlockInputSchema = z.object({ id: idSchema });

export const correctionInputSchema = z.object({
  id: idSchema,
  version: versionSchema,
  value: decimal(),
  source: optionalText({ max: 200 }),
  note: optionalText({ max: 2000 }),
  reason: text({ min: 5, max: REVIEW_COMMENT_MAX, minMessage: "Geef de reden van de correctie (minstens 5 tekens)." }),
});
export type CorrectionInput = z.infer<typeof correctionInputSchema>;

// ─── Outputs ─────────────────────────────────────────────────────────────────────────────

/**
 * A submitted measurement's breakdown by one dimension, as the reviewer approves it. Parts have no
 * public copy (unlike the value): they are public only while their measurement is approved.
 */
export const reviewBreakdownSchema = z.object({
  dimensionId: z.string(),
  dimension: z.string(),
  source: z.string().nullable(),
  parts: z.array(z.object({ category: z.string(), value: z.number() })),
});
export type ReviewBreakdown = z.infer<typeof reviewBreakdownSchema>;

export const reviewQueueItemSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  pactId: z.string(),
  pactName: z.string(),
  indicatorId: z.string(),
  indicatorName: z.string(),
  unit: z.string(),
  /** How values (and parts) read: euro values are kept in cents. */
  unitKind: unitKindSchema,
  measuredOn: z.string(),
  value: z.number(),
  source: z.string().nullable(),
  note: z.string().nullable(),
  /** The parts the reviewer approves with the value, per dimension the indicator is split by. */
  breakdowns: z.array(reviewBreakdownSchema),
  publicValue: z.number().nullable(),
  publicMeasuredOn: z.string().nullable(),
  submittedByName: z.string().nullable(),
  submittedAt: z.string().nullable(),
  /** The reason of the correction this submission is, if it is one. */
  correctionReason: z.string().nullable(),
  /** Null when the caller may approve or return it; else why not (their own submission). */
  refusal: z.enum(["not_submitted", "own_submission", "not_reviewer"]).nullable(),
});
export type ReviewQueueItem = z.infer<typeof reviewQueueItemSchema>;
export const reviewQueueSchema = pagedSchema(reviewQueueItemSchema);
export type ReviewQueue = z.infer<typeof reviewQueueSchema>;

export const measurementReviewStateSchema = z.object({
  id: z.string(),
  reviewStatus: reviewStatusSchema,
  publicValue: z.number().nullable(),
  publicMeasuredOn: z.string().nullable(),
  /** The comment of the last return, while the measurement is returned. */
  returnedComment: z.string().nullable(),
  /** While it waits for review: the parts approved with it (as in the queue); empty otherwise. */
  breakdowns: z.array(reviewBreakdownSchema),
  locked: z.boolean(),
  refusal: z.enum(["not_submitted", "own_submission", "not_reviewer"]).nullable(),
});
export type MeasurementReviewState = z.infer<typeof measurementReviewStateSchema>;

export const periodLockSchema = z.object({
  id: z.string(),
  indicatorId: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  lockedByName: z.string().nullable(),
  createdAt: z.string(),
});
export type PeriodLock = z.infer<typeof periodLockSchema>;

/** What the agenda's indicators part shows of review: status per measurement, locks, the setting. */
export const pactReviewSchema = z.object({
  pactId: z.string(),
  peerReview: z.boolean(),
  /** Whether the caller reviews this pact's measurements (national team, or peer review on). */
  reviewer: z.boolean(),
  /** Whether the caller may lock and unlock periods (the national team). */
  canLock: z.boolean(),
  measurements: z.array(measurementReviewStateSchema),
  locks: z.array(periodLockSchema),
});
export type PactReview = z.infer<typeof pactReviewSchema>;

export const reviewHistoryEntrySchema = z.object({
  id: z.string(),
  action: reviewActionSchema,
  comment: z.string().nullable(),
  value: z.number(),
  measuredOn: z.string(),
  userName: z.string().nullable(),
  createdAt: z.string(),
});
export const correctionEntrySchema = z.object({
  id: z.string(),
  beforeValue: z.number(),
  afterValue: z.number(),
  reason: z.string(),
  appliedDirectly: z.boolean(),
  userName: z.string().nullable(),
  createdAt: z.string(),
});
export const measurementHistorySchema = z.object({
  steps: z.array(reviewHistoryEntrySchema),
  corrections: z.array(correctionEntrySchema),
});
export type MeasurementHistory = z.infer<typeof measurementHistorySchema>;

export const reviewCountSchema = z.object({ waiting: z.number().int().min(0) });
