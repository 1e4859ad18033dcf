import {
  appendReview,
  applyCorrection,
  approveMeasurement,
  countQueue,
  countUnapprovedIn,
  deleteLock,
  findLock,
  findReviewRecord,
  historyOf,
  insertCorrection,
  insertLock,
  locksOfIndicators,
  pactLocks,
  pactPeerReview,
  pactReviewStates,
  queueByPact,
  queuePage,
  recordSaves,
  returnMeasurement,
  setPeerReview as setPeerReviewRow,
  type QueueScope,
  type ReviewRecord,
  type SavedMeasurements,
} from "@zorgpact/db/repositories/measurement-review.repository";
import { partsByMeasurement } from "@zorgpact/db/repositories/disaggregation.repository";
import { findIndicator } from "@zorgpact/db/repositories/indicator.repository";
import { refreshCatalogueTotals } from "@zorgpact/db/repositories/indicator-catalogue.repository";
import { returnMailFacts } from "@zorgpact/db/repositories/review-mail.repository";
import { pageOffset } from "@zorgpact/domain/common";
import {
  isReviewerOf,
  lockCovering,
  lockedMessage,
  periodsOverlap,
  reviewRefusal,
  reviewRefusalMessages,
  statusAfterSave,
  type CorrectionInput,
  type LockInput,
  type MeasurementHistory,
  type PactReview,
  type PeerReviewInput,
  type ReviewApproveInput,
  type ReviewQueue,
  type ReviewQueueInput,
  type ReviewReturnInput,
} from "@zorgpact/domain/measurement-review";
import { isNationalAdmin } from "@zorgpact/domain/permission";
import { assertCanEditPact, currentUserId } from "../access.ts";
import type { Context } from "../context.ts";
import { conflict, fieldError, forbidden, notFound, staleVersion } from "../errors.ts";
import { mutate, noteRecord, type Executor, type ServiceContext } from "./context.ts";
import { editablePact, editableRecord } from "./guards.ts";
import { enqueueMail } from "./mail/outbox.ts";
import { indicatorsPageUrl, measurementReturnedMail } from "./mail/review-mail.ts";

/**
 * Review before publication (see domain/measurement-review.ts for the rules and the choices:
 * national-team saves are approved at once; an editor's correction of a locked value is reviewed
 * again, the national team's applied at once). Every step writes a history row and, through
 * `mutate`, an audit row.
 */

const MEASUREMENT_NOT_FOUND = "Deze meting bestaat niet.";
const LOCK_NOT_FOUND = "Deze vergrendeling bestaat niet (meer).";
const INDICATOR_NOT_FOUND = "Deze indicator bestaat niet.";

// ─── Hooks for the services that save measurements ─────────────────────────────────────────

/**
 * Called by the measurement saves (add, update, import) inside their transaction, after the
 * write: the status the save gives and one history step per row.
 */
export async function recordMeasurementSaves(ctx: Pick<Context, "actor" | "session">, trx: Executor, saved: SavedMeasurements): Promise<void> {
  const status = statusAfterSave(ctx.actor);
  const indicatorIds = await recordSaves(trx, saved, status, ctx.session?.userId ?? null, status === "approved" ? "approved" : "submitted");
  if (status === "approved") await publicValuesChanged(trx, indicatorIds);
}

/**
 * After a write that changes public values (an approval, a national-team save or correction, a
 * deletion): the national totals of catalogue indicators follow, in the same transaction.
 */
export async function publicValuesChanged(trx: Executor, indicatorIds: readonly string[]): Promise<void> {
  for (const id of new Set(indicatorIds)) await refreshCatalogueTotals(trx, id);
}

/** Refuses a save whose date lies in a locked period of the indicator: a locked value changes only by a correction. */
export async function assertNotLocked(trx: Executor, indicatorId: string, ...dates: string[]): Promise<void> {
  const locks = await locksOfIndicators(trx, [indicatorId]);
  for (const date of dates) {
    const lock = lockCovering(locks, date);
    if (lock) throw fieldError("measuredOn", lockedMessage(lock));
  }
}

/** The import's rows that fall in a locked period, as "row N" numbers; empty when none. */
export async function lockedImportRows(trx: Executor, rows: readonly { rowNumber: number; indicatorId: string; measuredOn: string }[]): Promise<number[]> {
  const locks = await locksOfIndicators(trx, [...new Set(rows.map((r) => r.indicatorId))]);
  if (locks.length === 0) return [];
  return rows
    .filter((r) =>
      lockCovering(
        locks.filter((l) => l.indicatorId === r.indicatorId),
        r.measuredOn,
      ),
    )
    .map((r) => r.rowNumber);
}

// ─── Review ──────────────────────────────────────────────────────────────────────────────

async function reviewable(ctx: ServiceContext, trx: Executor, id: string, version: number) {
  const record = await findReviewRecord(trx, id);
  if (!record || record.pactArchived) throw notFound(MEASUREMENT_NOT_FOUND);
  ctx.audit.pactId = record.pactId;
  // Anyone who cannot even see the pact's measurements learns nothing more than "not yours".
  if (!isReviewerOf(ctx.actor, record)) throw forbidden(reviewRefusalMessages.not_reviewer);
  if (record.version !== version) throw staleVersion();
  const refusal = reviewRefusal(ctx.actor, record);
  if (refusal === "own_submission") throw forbidden(reviewRefusalMessages.own_submission);
  if (refusal) throw conflict(reviewRefusalMessages[refusal]);
  return record;
}

export async function approve(ctx: ServiceContext, input: ReviewApproveInput): Promise<{ id: string; version: number }> {
  noteRecord(ctx, "measurement", input.id);
  const userId = currentUserId(ctx);
  return mutate(ctx, async (trx) => {
    const record = await reviewable(ctx, trx, input.id, input.version);
    if (!(await approveMeasurement(trx, record.id, record.version, ctx.now()))) throw staleVersion();
    await appendReview(trx, { measurementId: record.id, action: "approved", comment: null, value: record.value, measuredOn: record.measuredOn, userId });
    await publicValuesChanged(trx, [record.indicatorId]);
    ctx.audit.changes = {
      before: { reviewStatus: "submitted", publicValue: record.publicValue },
      after: { reviewStatus: "approved", publicValue: record.value, measuredOn: record.measuredOn },
    };
    return { id: record.id, version: record.version + 1 };
  });
}

export async function returnToEditor(ctx: ServiceContext, input: ReviewReturnInput): Promise<{ id: string; version: number }> {
  noteRecord(ctx, "measurement", input.id);
  const userId = currentUserId(ctx);
  return mutate(ctx, async (trx) => {
    const record = await reviewable(ctx, trx, input.id, input.version);
    if (!(await returnMeasurement(trx, record.id, record.version, ctx.now()))) throw staleVersion();
    await appendReview(trx, {
      measurementId: record.id,
      action: "returned",
      comment: input.comment,
      value: record.value,
      measuredOn: record.measuredOn,
      userId,
    });
    await mailReturn(trx, record, input.comment, userId, record.version + 1);
    ctx.audit.changes = { before: { reviewStatus: "submitted" }, after: { reviewStatus: "returned", comment: input.comment } };
    return { id: record.id, version: record.version + 1 };
  });
}

/**
 * Tells the editor who submitted the value that it came back, with the comment, through the
 * outbox in the return's transaction. One message per return (the key holds the version the
 * return gave). Nobody to tell: no submitter known, a deactivated account, or the reviewer.
 */
async function mailReturn(trx: Executor, record: ReviewRecord, comment: string, reviewerId: string, version: number): Promise<void> {
  const facts = await returnMailFacts(trx, record.id, reviewerId);
  const to = facts?.submitter;
  if (!facts || !to || !to.active || to.email.trim() === "" || to.id === reviewerId) return;
  const mail = measurementReturnedMail({
    name: to.name,
    reviewerName: facts.reviewerName,
    pactName: facts.pactName,
    indicatorName: facts.indicatorName,
    measuredOn: record.measuredOn,
    value: record.value,
    unit: facts.unit,
    unitKind: facts.unitKind,
    frequency: facts.frequency,
    comment,
    correction: facts.correction,
    url: indicatorsPageUrl(facts.pactId),
  });
  await enqueueMail(trx, { key: `measurement-returned:${record.id}:${version}`, topic: "measurement_returned", to: to.email, ...mail });
}

function queueScope(ctx: Context, pactId?: string): QueueScope {
  if (isNationalAdmin(ctx.actor)) return { pactIds: null, pactId };
  return { pactIds: ctx.actor.kind === "user" ? ctx.actor.pactIds : [], pactId };
}

/** What waits for the caller's review: every pact for the national team, peer-reviewed own pacts for an editor. */
export async function reviewQueue(ctx: Context, input: ReviewQueueInput): Promise<ReviewQueue> {
  const scope = queueScope(ctx, input.pactId);
  const [total, rows] = await Promise.all([countQueue(ctx.db, scope), queuePage(ctx.db, scope, input.pageSize, pageOffset(input))]);
  // What the reviewer approves with each value: its parts, for the whole page in one read.
  const parts = await partsByMeasurement(
    ctx.db,
    rows.map((row) => row.id),
  );
  return {
    total,
    page: input.page,
    pageSize: input.pageSize,
    items: rows.map((row) => ({
      id: row.id,
      version: row.version,
      pactId: row.pactId,
      pactName: row.pactName,
      indicatorId: row.indicatorId,
      indicatorName: row.indicatorName,
      unit: row.unit,
      unitKind: row.unitKind,
      measuredOn: row.measuredOn,
      value: row.value,
      source: row.source,
      note: row.note,
      breakdowns: parts.get(row.id) ?? [],
      publicValue: row.publicValue,
      publicMeasuredOn: row.publicMeasuredOn,
      submittedByName: row.submittedByName,
      submittedAt: row.submittedAt,
      correctionReason: row.lastAction === "corrected" ? row.lastComment : null,
      refusal: reviewRefusal(ctx.actor, { pactId: row.pactId, peerReview: row.peerReview, reviewStatus: row.reviewStatus, submittedBy: row.submittedBy }),
    })),
  };
}

/** For the start page: measurements waiting for this reviewer (not their own), per pact. */
export async function reviewsWaitingByPact(ctx: Context) {
  const own = isNationalAdmin(ctx.actor) ? null : (ctx.session?.userId ?? null);
  return queueByPact(ctx.db, queueScope(ctx), own);
}

/** For the menu's badge. */
export async function reviewsWaiting(ctx: Context): Promise<{ waiting: number }> {
  const own = isNationalAdmin(ctx.actor) ? null : (ctx.session?.userId ?? null);
  return { waiting: await countQueue(ctx.db, queueScope(ctx), own) };
}

/** The review state of a pact's measurements, for the agenda's indicators part. Editors of the pact and the national team. */
export async function pactReview(ctx: ServiceContext, pactId: string): Promise<PactReview> {
  ctx.audit.pactId = pactId;
  const peerReview = await pactPeerReview(ctx.db, pactId);
  if (peerReview === undefined) throw notFound("Dit zorgpact bestaat niet.");
  assertCanEditPact(ctx, pactId);
  const [states, locks] = await Promise.all([pactReviewStates(ctx.db, pactId), pactLocks(ctx.db, pactId)]);
  // A reviewer deciding here sees the parts too; only for what waits, so a long history costs nothing.
  const parts = await partsByMeasurement(
    ctx.db,
    states.filter((s) => s.reviewStatus === "submitted").map((s) => s.id),
  );
  return {
    pactId,
    peerReview,
    reviewer: isReviewerOf(ctx.actor, { pactId, peerReview }),
    canLock: isNationalAdmin(ctx.actor),
    measurements: states.map((s) => ({
      id: s.id,
      reviewStatus: s.reviewStatus,
      publicValue: s.publicValue,
      publicMeasuredOn: s.publicMeasuredOn,
      returnedComment: s.reviewStatus === "returned" && s.lastAction === "returned" ? s.lastComment : null,
      breakdowns: parts.get(s.id) ?? [],
      locked: lockCovering(
        locks.filter((l) => l.indicatorId === s.indicatorId),
        s.measuredOn,
      )
        ? true
        : false,
      refusal: reviewRefusal(ctx.actor, { pactId, peerReview, reviewStatus: s.reviewStatus, submittedBy: s.submittedBy }),
    })),
    locks,
  };
}

export async function measurementHistory(ctx: ServiceContext, measurementId: string): Promise<MeasurementHistory> {
  const record = await findReviewRecord(ctx.db, measurementId);
  if (!record) throw notFound(MEASUREMENT_NOT_FOUND);
  assertCanEditPact(ctx, record.pactId);
  return historyOf(ctx.db, measurementId);
}

// ─── Settings ────────────────────────────────────────────────────────────────────────────

export async function setPeerReview(ctx: ServiceContext, input: PeerReviewInput): Promise<{ pactId: string; peerReview: boolean }> {
  noteRecord(ctx, "pact", input.pactId, input.pactId);
  return mutate(ctx, async (trx) => {
    const pact = await editablePact(ctx, trx, input.pactId);
    const before = (await pactPeerReview(trx, pact.id)) ?? false;
    await setPeerReviewRow(trx, pact.id, input.peerReview);
    ctx.audit.changes = { before: { peerReview: before }, after: { peerReview: input.peerReview } };
    return { pactId: pact.id, peerReview: input.peerReview };
  });
}

// ─── Locks ───────────────────────────────────────────────────────────────────────────────

/** Locks an indicator's period; every measurement in it must be approved first. The national team. */
export async function lockPeriod(ctx: ServiceContext, input: LockInput): Promise<{ id: string }> {
  noteRecord(ctx, "measurement_lock", null);
  const userId = currentUserId(ctx);
  return mutate(
    ctx,
    async (trx) => {
      const indicator = editableRecord(ctx, await findIndicator(trx, input.indicatorId), INDICATOR_NOT_FOUND);
      const existing = await locksOfIndicators(trx, [indicator.id]);
      const overlap = existing.find((l) => periodsOverlap(l, input));
      if (overlap) throw fieldError("periodStart", `Deze periode overlapt met de vergrendelde periode ${overlap.periodStart} t/m ${overlap.periodEnd}.`);
      const waiting = await countUnapprovedIn(trx, indicator.id, input.periodStart, input.periodEnd);
      if (waiting > 0) {
        throw fieldError(
          "periodEnd",
          `${waiting === 1 ? "Eén meting" : `${waiting} metingen`} in deze periode ${waiting === 1 ? "is" : "zijn"} nog niet goedgekeurd; vergrendel na goedkeuring.`,
        );
      }
      const id = await insertLock(trx, { ...input, lockedBy: userId });
      ctx.audit.objectId = id;
      ctx.audit.objectLabel = `${indicator.name}: ${input.periodStart} t/m ${input.periodEnd}`;
      ctx.audit.changes = { after: { indicatorId: indicator.id, periodStart: input.periodStart, periodEnd: input.periodEnd } };
      return { id };
    },
    { onUniqueViolation: () => fieldError("periodStart", "Er is al een vergrendelde periode die op deze dag begint.") },
  );
}

export async function unlockPeriod(ctx: ServiceContext, input: { id: string }): Promise<{ ok: true }> {
  noteRecord(ctx, "measurement_lock", input.id);
  return mutate(ctx, async (trx) => {
    const lock = await findLock(trx, input.id);
    if (!lock || lock.archivedAt) throw notFound(LOCK_NOT_FOUND);
    assertCanEditPact(ctx, lock.pactId);
    if (!(await deleteLock(trx, lock.id))) throw notFound(LOCK_NOT_FOUND);
    ctx.audit.objectLabel = `${lock.periodStart} t/m ${lock.periodEnd}`;
    ctx.audit.changes = { before: { indicatorId: lock.indicatorId, periodStart: lock.periodStart, periodEnd: lock.periodEnd } };
    return { ok: true as const };
  });
}

// ─── Corrections ─────────────────────────────────────────────────────────────────────────

/**
 * Changes a value in a locked period, with a reason. The national team's correction is applied
 * (and public) at once; an editor's is submitted and waits for review like any change.
 */
export async function correct(ctx: ServiceContext, input: CorrectionInput): Promise<{ id: string; version: number }> {
  noteRecord(ctx, "measurement", input.id);
  const userId = currentUserId(ctx);
  return mutate(ctx, async (trx) => {
    const record = editableRecord(ctx, await findReviewRecord(trx, input.id), MEASUREMENT_NOT_FOUND);
    const locks = await locksOfIndicators(trx, [record.indicatorId]);
    if (!lockCovering(locks, record.measuredOn)) {
      throw fieldError("reason", "Deze meting ligt niet in een vergrendelde periode; pas haar gewoon aan.");
    }
    const status = statusAfterSave(ctx.actor);
    const appliedDirectly = status === "approved";
    if (
      !(await applyCorrection(trx, {
        measurementId: record.id,
        version: input.version,
        value: input.value,
        source: input.source,
        note: input.note,
        status,
        submittedBy: appliedDirectly ? null : userId,
        now: ctx.now(),
      }))
    ) {
      throw staleVersion();
    }
    await insertCorrection(trx, {
      measurementId: record.id,
      beforeValue: record.value,
      afterValue: input.value,
      beforeSource: record.source,
      afterSource: input.source,
      beforeNote: record.note,
      afterNote: input.note,
      reason: input.reason,
      appliedDirectly,
      userId,
    });
    await appendReview(trx, {
      measurementId: record.id,
      action: "corrected",
      comment: input.reason,
      value: input.value,
      measuredOn: record.measuredOn,
      userId,
    });
    if (appliedDirectly) {
      await appendReview(trx, { measurementId: record.id, action: "approved", comment: null, value: input.value, measuredOn: record.measuredOn, userId });
      await publicValuesChanged(trx, [record.indicatorId]);
    }
    ctx.audit.changes = {
      before: { value: record.value, source: record.source, note: record.note, reviewStatus: record.reviewStatus },
      after: { value: input.value, source: input.source, note: input.note, reviewStatus: status, reason: input.reason },
    };
    return { id: record.id, version: input.version + 1 };
  });
}
