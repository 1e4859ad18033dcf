import type { ReviewAction, ReviewStatus } from "@zorgpact/domain/measurement-review";
import { expressionBuilder, sql, type Kysely } from "kysely";
import type { Database } from "../schema.ts";
import { publishBreakdowns } from "./disaggregation.repository.ts";
import { measurementRecordQuery, type MeasurementRecord } from "./indicator.repository.ts";

type Executor = Kysely<Database>;

/**
 * Review before publication: the measurement as a reviewer sees it, the status changes, the
 * review history, period locks and corrections. Public reads use `public_value` and
 * `public_measured_on` (see chain.repository and open-data.repository), never the working copy.
 */

export interface ReviewRecord extends MeasurementRecord {
  reviewStatus: ReviewStatus;
  submittedBy: string | null;
  publicValue: number | null;
  peerReview: boolean;
}

export async function findReviewRecord(db: Executor, id: string): Promise<ReviewRecord | undefined> {
  const row = await measurementRecordQuery(db, id)
    .select(["measurements.reviewStatus", "measurements.submittedBy", "measurements.publicValue", "pacts.peerReview"])
    .executeTakeFirst();
  if (!row) return undefined;
  const { archivedAt, ...record } = row;
  return { ...record, pactArchived: archivedAt !== null };
}

/** Approves the working copy: it becomes the public value, its breakdowns the public ones. False when the version moved or it no longer waits. */
export async function approveMeasurement(db: Executor, id: string, version: number, now: Date): Promise<boolean> {
  const result = await db
    .updateTable("measurements")
    .set((eb) => ({
      reviewStatus: "approved",
      publicValue: eb.ref("value"),
      publicMeasuredOn: eb.ref("measuredOn"),
      publicSource: eb.ref("source"),
      publicNote: eb.ref("note"),
      version: eb("version", "+", 1),
      updatedAt: now.toISOString(),
    }))
    .where("id", "=", id)
    .where("version", "=", version)
    .where("reviewStatus", "=", "submitted")
    .executeTakeFirst();
  const approved = Number(result.numUpdatedRows) === 1;
  if (approved) await publishBreakdowns(db, [id]);
  return approved;
}

export async function returnMeasurement(db: Executor, id: string, version: number, now: Date): Promise<boolean> {
  const result = await db
    .updateTable("measurements")
    .set((eb) => ({ reviewStatus: "returned", version: eb("version", "+", 1), updatedAt: now.toISOString() }))
    .where("id", "=", id)
    .where("version", "=", version)
    .where("reviewStatus", "=", "submitted")
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export interface SavedMeasurements {
  ids?: readonly string[];
  /** New rows of an import, found by their indicator and date (unique per indicator). */
  pairs?: readonly { indicatorId: string; measuredOn: string }[];
}

/**
 * After a save: the status the save gives (submitted, or approved for the national team, whose
 * working copy then becomes public at once), who submitted it, and one history step per row.
 * Set-based, so an import of thousands of rows costs a few statements.
 */
/** Returns the indicators whose rows it touched (for the summaries that follow public values). */
export async function recordSaves(
  db: Executor,
  saved: SavedMeasurements,
  status: ReviewStatus,
  userId: string | null,
  action: ReviewAction,
  comment: string | null = null,
): Promise<string[]> {
  const approved = status === "approved";
  // Arrays as single parameters (unnest / any), never long OR lists: a 5000-row import stays a few small statements.
  const byIds = saved.ids?.length ? sql`select id from measurements where id = any(${[...saved.ids]}::uuid[])` : null;
  const byPairs = saved.pairs?.length
    ? sql`select m.id from measurements m
            join unnest(${saved.pairs.map((p) => p.indicatorId)}::uuid[], ${saved.pairs.map((p) => p.measuredOn)}::date[]) as v(indicator_id, measured_on)
              on m.indicator_id = v.indicator_id and m.measured_on = v.measured_on`
    : null;
  const indicatorIds = new Set<string>();
  for (const target of [byIds, byPairs]) {
    if (!target) continue;
    const { rows } = await sql<{ id: string; indicatorId: string }>`
      with saved as (
        update measurements as m
           set review_status = ${status},
               submitted_by = ${approved ? null : userId}::uuid,
               public_value = case when ${approved} then m.value else m.public_value end,
               public_measured_on = case when ${approved} then m.measured_on else m.public_measured_on end,
               public_source = case when ${approved} then m.source else m.public_source end,
               public_note = case when ${approved} then m.note else m.public_note end
         where m.id in (${target})
        returning m.id, m.value, m.measured_on, m.indicator_id),
      logged as (
        insert into measurement_reviews (measurement_id, action, comment, value, measured_on, user_id)
        select id, ${action}, ${comment}, value, measured_on, ${userId}::uuid from saved)
      select id, indicator_id from saved`.execute(db);
    for (const row of rows) indicatorIds.add(row.indicatorId);
    // Approved at once: the breakdowns go public with the values (the ids as one array parameter).
    if (approved)
      await publishBreakdowns(
        db,
        rows.map((r) => r.id),
      );
  }
  return [...indicatorIds];
}

export async function appendReview(
  db: Executor,
  step: { measurementId: string; action: ReviewAction; comment: string | null; value: number; measuredOn: string; userId: string | null },
): Promise<void> {
  await db.insertInto("measurementReviews").values(step).execute();
}

// ─── Locks ───────────────────────────────────────────────────────────────────────────────

export interface LockRow {
  id: string;
  indicatorId: string;
  periodStart: string;
  periodEnd: string;
}

export async function locksOfIndicators(db: Executor, indicatorIds: readonly string[]): Promise<LockRow[]> {
  if (indicatorIds.length === 0) return [];
  return db
    .selectFrom("measurementPeriodLocks")
    .select(["id", "indicatorId", "periodStart", "periodEnd"])
    .where("indicatorId", "in", indicatorIds)
    .orderBy("periodStart")
    .execute();
}

export async function findLock(db: Executor, id: string) {
  return db
    .selectFrom("measurementPeriodLocks")
    .innerJoin("indicators", "indicators.id", "measurementPeriodLocks.indicatorId")
    .innerJoin("chainNodes", "chainNodes.id", "indicators.nodeId")
    .innerJoin("pacts", "pacts.id", "chainNodes.pactId")
    .select([
      "measurementPeriodLocks.id",
      "measurementPeriodLocks.indicatorId",
      "measurementPeriodLocks.periodStart",
      "measurementPeriodLocks.periodEnd",
      "chainNodes.pactId",
      "pacts.archivedAt",
    ])
    .where("measurementPeriodLocks.id", "=", id)
    .executeTakeFirst();
}

export async function insertLock(
  db: Executor,
  lock: { indicatorId: string; periodStart: string; periodEnd: string; lockedBy: string | null },
): Promise<string> {
  const row = await db.insertInto("measurementPeriodLocks").values(lock).returning("id").executeTakeFirstOrThrow();
  return row.id;
}

export async function deleteLock(db: Executor, id: string): Promise<boolean> {
  const result = await db.deleteFrom("measurementPeriodLocks").where("id", "=", id).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** Measurements of the indicator in the period that are not approved (a period locks only after approval). */
export async function countUnapprovedIn(db: Executor, indicatorId: string, periodStart: string, periodEnd: string): Promise<number> {
  const row = await db
    .selectFrom("measurements")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("indicatorId", "=", indicatorId)
    .where("measuredOn", ">=", periodStart)
    .where("measuredOn", "<=", periodEnd)
    .where("reviewStatus", "<>", "approved")
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

// ─── Corrections ─────────────────────────────────────────────────────────────────────────

export interface CorrectionWrite {
  measurementId: string;
  version: number;
  value: number;
  source: string | null;
  note: string | null;
  status: ReviewStatus;
  submittedBy: string | null;
  now: Date;
}

/** Writes a correction's new working copy (and, when applied directly, the public value and breakdowns). */
export async function applyCorrection(db: Executor, c: CorrectionWrite): Promise<boolean> {
  const approved = c.status === "approved";
  const result = await db
    .updateTable("measurements")
    .set((eb) => ({
      value: c.value,
      source: c.source,
      note: c.note,
      reviewStatus: c.status,
      submittedBy: c.submittedBy,
      ...(approved ? { publicValue: c.value, publicMeasuredOn: eb.ref("measuredOn"), publicSource: c.source, publicNote: c.note } : {}),
      version: eb("version", "+", 1),
      updatedAt: c.now.toISOString(),
    }))
    .where("id", "=", c.measurementId)
    .where("version", "=", c.version)
    .executeTakeFirst();
  const written = Number(result.numUpdatedRows) === 1;
  if (written && approved) await publishBreakdowns(db, [c.measurementId]);
  return written;
}

export async function insertCorrection(
  db: Executor,
  row: {
    measurementId: string;
    beforeValue: number;
    afterValue: number;
    beforeSource: string | null;
    afterSource: string | null;
    beforeNote: string | null;
    afterNote: string | null;
    reason: string;
    appliedDirectly: boolean;
    userId: string | null;
  },
): Promise<string> {
  return (await db.insertInto("measurementCorrections").values(row).returning("id").executeTakeFirstOrThrow()).id;
}

export async function setPeerReview(db: Executor, pactId: string, peerReview: boolean): Promise<void> {
  await db.updateTable("pacts").set({ peerReview }).where("id", "=", pactId).execute();
}

// ─── Reads ───────────────────────────────────────────────────────────────────────────────

export interface QueueScope {
  /** null: every pact (the national team); else these pacts, and only those with peer review on. */
  pactIds: readonly string[] | null;
  pactId?: string | undefined;
}

/** The waiting measurements in scope; `exceptSubmitter`: leaves out what that user submitted (nobody reviews their own). */
function queueBase(db: Executor, scope: QueueScope, exceptSubmitter: string | null = null) {
  let query = db
    .selectFrom("measurements")
    .innerJoin("indicators", "indicators.id", "measurements.indicatorId")
    .innerJoin("chainNodes", "chainNodes.id", "indicators.nodeId")
    .innerJoin("pacts", "pacts.id", "chainNodes.pactId")
    .where("measurements.reviewStatus", "=", "submitted")
    .where("pacts.archivedAt", "is", null);
  if (scope.pactIds !== null) {
    if (scope.pactIds.length === 0) query = query.where(sql<boolean>`false`);
    else query = query.where("pacts.id", "in", scope.pactIds).where("pacts.peerReview", "=", true);
  }
  if (scope.pactId) query = query.where("pacts.id", "=", scope.pactId);
  if (exceptSubmitter) query = query.where((eb) => eb.or([eb("measurements.submittedBy", "is", null), eb("measurements.submittedBy", "<>", exceptSubmitter)]));
  return query;
}

export async function countQueue(db: Executor, scope: QueueScope, exceptSubmitter: string | null = null): Promise<number> {
  const query = queueBase(db, scope, exceptSubmitter).select((eb) => eb.fn.countAll<string>().as("n"));
  return Number((await query.executeTakeFirstOrThrow()).n);
}

/** Waiting measurements per pact, for the start page's work queue. */
export async function queueByPact(db: Executor, scope: QueueScope, exceptSubmitter: string | null = null) {
  const rows = await queueBase(db, scope, exceptSubmitter)
    .select([
      "pacts.id as pactId",
      "pacts.name as pactName",
      (eb) => eb.fn.countAll<string>().as("n"),
      (eb) => eb.fn.min("measurements.updatedAt").as("oldest"),
    ])
    .groupBy(["pacts.id", "pacts.name"])
    .orderBy("oldest")
    .orderBy("pacts.name")
    .execute();
  return rows.map((r) => ({ pactId: r.pactId, pactName: r.pactName, count: Number(r.n) }));
}

/** A measurement's last review step (for a lateral join on measurements): its action and comment. */
const lastStep = expressionBuilder<Database, "measurements">()
  .selectFrom("measurementReviews")
  .select(["measurementReviews.action", "measurementReviews.comment"])
  .whereRef("measurementReviews.measurementId", "=", "measurements.id")
  .orderBy("measurementReviews.createdAt", "desc")
  .limit(1)
  .as("step");

export async function queuePage(db: Executor, scope: QueueScope, limit: number, offset: number) {
  return queueBase(db, scope)
    .leftJoin("users", "users.id", "measurements.submittedBy")
    .leftJoinLateral(lastStep, (join) => join.onTrue())
    .select([
      "measurements.id",
      "measurements.version",
      "pacts.id as pactId",
      "pacts.name as pactName",
      "pacts.peerReview",
      "indicators.id as indicatorId",
      "indicators.name as indicatorName",
      "indicators.unit",
      "indicators.unitKind",
      "measurements.measuredOn",
      "measurements.value",
      "measurements.source",
      "measurements.note",
      "measurements.publicValue",
      "measurements.publicMeasuredOn",
      "measurements.submittedBy",
      "measurements.reviewStatus",
      "users.name as submittedByName",
      "measurements.updatedAt as submittedAt",
      "step.action as lastAction",
      "step.comment as lastComment",
    ])
    .orderBy("measurements.updatedAt")
    .orderBy("measurements.id")
    .limit(limit)
    .offset(offset)
    .execute();
}

/** Per measurement of the pact: status, public value, the last return's comment. */
export async function pactReviewStates(db: Executor, pactId: string) {
  return db
    .selectFrom("measurements")
    .innerJoin("indicators", "indicators.id", "measurements.indicatorId")
    .innerJoin("chainNodes", "chainNodes.id", "indicators.nodeId")
    .leftJoinLateral(lastStep, (join) => join.onTrue())
    .select([
      "measurements.id",
      "measurements.indicatorId",
      "measurements.measuredOn",
      "measurements.reviewStatus",
      "measurements.submittedBy",
      "measurements.publicValue",
      "measurements.publicMeasuredOn",
      "step.action as lastAction",
      "step.comment as lastComment",
    ])
    .where("chainNodes.pactId", "=", pactId)
    .orderBy("measurements.measuredOn")
    .execute();
}

export async function pactLocks(db: Executor, pactId: string) {
  return db
    .selectFrom("measurementPeriodLocks")
    .innerJoin("indicators", "indicators.id", "measurementPeriodLocks.indicatorId")
    .innerJoin("chainNodes", "chainNodes.id", "indicators.nodeId")
    .leftJoin("users", "users.id", "measurementPeriodLocks.lockedBy")
    .select([
      "measurementPeriodLocks.id",
      "measurementPeriodLocks.indicatorId",
      "measurementPeriodLocks.periodStart",
      "measurementPeriodLocks.periodEnd",
      "users.name as lockedByName",
      "measurementPeriodLocks.createdAt",
    ])
    .where("chainNodes.pactId", "=", pactId)
    .orderBy("measurementPeriodLocks.periodStart")
    .execute();
}

export async function pactPeerReview(db: Executor, pactId: string): Promise<boolean | undefined> {
  return (await db.selectFrom("pacts").select("peerReview").where("id", "=", pactId).executeTakeFirst())?.peerReview;
}

export async function historyOf(db: Executor, measurementId: string) {
  const [steps, corrections] = await Promise.all([
    db
      .selectFrom("measurementReviews")
      .leftJoin("users", "users.id", "measurementReviews.userId")
      .select([
        "measurementReviews.id",
        "measurementReviews.action",
        "measurementReviews.comment",
        "measurementReviews.value",
        "measurementReviews.measuredOn",
        "users.name as userName",
        "measurementReviews.createdAt",
      ])
      .where("measurementReviews.measurementId", "=", measurementId)
      .orderBy("measurementReviews.createdAt")
      .orderBy("measurementReviews.id")
      .execute(),
    db
      .selectFrom("measurementCorrections")
      .leftJoin("users", "users.id", "measurementCorrections.userId")
      .select([
        "measurementCorrections.id",
        "measurementCorrections.beforeValue",
        "measurementCorrections.afterValue",
        "measurementCorrections.reason",
        "measurementCorrections.appliedDirectly",
        "users.name as userName",
        "measurementCorrections.createdAt",
      ])
      .where("measurementCorrections.measurementId", "=", measurementId)
      .orderBy("measurementCorrections.createdAt")
      .execute(),
  ]);
  return { steps, corrections };
}
