import {
  barrierStatRows,
  barrierWasEverTreated,
  deleteNewBarrierRow,
  findBarrierRecord,
  findPublicBarrier,
  insertBarrier,
  listBarriers,
  listPublicBarriers,
  probableNextBarrierNumber,
  updateBarrierRow,
} from "@zorgpact/db/repositories/barrier.repository";
import { recentSubmissions, recordSubmission } from "@zorgpact/db/repositories/front-runner.repository";
import { existingPactIds, findPactId } from "@zorgpact/db/repositories/pact.repository";
import { PUBLIC } from "@zorgpact/db/repositories/visibility";
import {
  amsterdamDate,
  answeredOnAfter,
  BARRIER_DISCARD_REFUSED,
  BARRIER_SUBMIT_LIMIT,
  BARRIER_SUBMIT_WINDOW_MINUTES,
  barrierReference,
  barrierStats,
  barrierTransitionMessage,
  canDiscardBarrier,
  canMoveBarrier,
  isSpamSubmission,
  type BarrierCreateInput,
  type BarrierDiscardInput,
  type BarrierListInput,
  type BarrierPublicListInput,
  type BarrierRecord,
  type BarrierStats,
  type BarrierSubmitInput,
  type BarrierUpdateInput,
  type PublicBarrier,
} from "@zorgpact/domain/barrier";
import type { Paged } from "@zorgpact/domain/common";
import { submissionDecision } from "@zorgpact/domain/front-runner";
import { badRequest, fieldError, notFound, staleVersion, tooManySubmissions } from "../errors.ts";
import { mutate, noteRecord, type Executor, type ServiceContext } from "./context.ts";

/** The throttle's name for this form in `public_submissions` (shared with the front-runner form's throttle). */
const BARRIER_FORM = "barrier_submission";
const BARRIER_NOT_FOUND = "Deze drempel bestaat niet.";
const PUBLIC_BARRIER_NOT_FOUND = "Deze drempel bestaat niet of is nog niet beantwoord.";

/**
 * The public form: no account. A filled spam trap gets an answer like any other and stores
 * nothing; more than the limit from one address within the window is refused. The answer is the
 * reference the submitter can quote.
 */
export async function submitBarrier(ctx: ServiceContext, input: BarrierSubmitInput): Promise<{ reference: string }> {
  noteRecord(ctx, "barrier", null);
  if (isSpamSubmission(input)) return { reference: barrierReference(await probableNextBarrierNumber(ctx.db)) };
  const now = ctx.now();
  const created = await mutate(ctx, async (trx) => {
    const earlier = await recentSubmissions(trx, BARRIER_FORM, ctx.ip, new Date(now.getTime() - BARRIER_SUBMIT_WINDOW_MINUTES * 60_000));
    const decision = submissionDecision(earlier, now, BARRIER_SUBMIT_LIMIT, BARRIER_SUBMIT_WINDOW_MINUTES);
    if (!decision.allowed) throw tooManySubmissions(decision.retryAfterSeconds);
    if (input.pactId && !(await findPactId(trx, { id: input.pactId }, PUBLIC)))
      throw fieldError("pactId", "Dit zorgpact bestaat niet of is niet gepubliceerd.");
    const row = await insertBarrier(trx, {
      question: input.question,
      context: input.context,
      organisation: input.organisation,
      submitterName: input.submitterName,
      submitterEmail: input.submitterEmail,
      pactId: input.pactId,
      receivedOn: amsterdamDate(now),
      channel: "form",
    });
    await recordSubmission(trx, { form: BARRIER_FORM, ip: ctx.ip, at: now });
    noteRecord(ctx, "barrier", row.id, input.pactId);
    // The submitter's name and e-mail stay out of the audit trail: the record holds them.
    ctx.audit.changes = { after: { reference: barrierReference(row.number), question: input.question, pactId: input.pactId } };
    return row;
  });
  return { reference: barrierReference(created.number) };
}

async function assertPactExists(db: Executor, pactId: string | null): Promise<void> {
  if (pactId && !(await existingPactIds(db, [pactId])).has(pactId)) throw fieldError("pactId", "Dit zorgpact bestaat niet.");
}

/** A barrier reported by phone or letter, entered by the national team. */
export async function createBarrier(ctx: ServiceContext, input: BarrierCreateInput): Promise<BarrierRecord> {
  return mutate(ctx, async (trx) => {
    await assertPactExists(trx, input.pactId);
    const { id } = await insertBarrier(trx, { ...input, channel: "team" });
    noteRecord(ctx, "barrier", id, input.pactId);
    ctx.audit.changes = { after: { question: input.question, receivedOn: input.receivedOn, pactId: input.pactId, source: input.source } };
    return (await findBarrierRecord(trx, id))!;
  });
}

const AUDITED_FIELDS = [
  "question",
  "context",
  "organisation",
  "submitterName",
  "submitterEmail",
  "pactId",
  "receivedOn",
  "source",
  "ministry",
  "topic",
  "status",
  "answer",
  "outcome",
  "answeredOn",
] as const;

/**
 * Triage: every field of the form at once, against the version read. The status moves only along
 * the domain's transitions; a treated barrier is complete (the input schema checks that) and
 * gets the date it was answered.
 */
export async function updateBarrier(ctx: ServiceContext, input: BarrierUpdateInput): Promise<BarrierRecord> {
  noteRecord(ctx, "barrier", input.id);
  const now = ctx.now();
  return mutate(ctx, async (trx) => {
    const before = await findBarrierRecord(trx, input.id);
    if (!before) throw notFound(BARRIER_NOT_FOUND);
    if (before.pactId) ctx.audit.pactId = before.pactId;
    if (!canMoveBarrier(before.status, input.status)) throw fieldError("status", barrierTransitionMessage(before.status, input.status));
    await assertPactExists(trx, input.pactId);
    const { id, version, ...fields } = input;
    const after = { ...fields, answeredOn: answeredOnAfter(before, input.status, amsterdamDate(now)) };
    if (!(await updateBarrierRow(trx, id, version, after, now))) throw staleVersion();
    const changed = AUDITED_FIELDS.filter((key) => before[key] !== after[key]);
    ctx.audit.changes = {
      before: Object.fromEntries(changed.map((key) => [key, before[key]])),
      after: Object.fromEntries(changed.map((key) => [key, after[key]])),
    };
    return (await findBarrierRecord(trx, id))!;
  });
}

/**
 * Spam or an abusive report that got past the form's trap and throttle: the national team removes
 * it while it is new and was never published. Nothing references a barrier, so the row goes; the
 * audit row keeps what it was (reference, question, organisation, pact, date) but not the
 * submitter's name, e-mail or explanation: those are personal data the removal is meant to drop.
 */
export async function discardBarrier(ctx: ServiceContext, input: BarrierDiscardInput): Promise<void> {
  noteRecord(ctx, "barrier", input.id);
  await mutate(ctx, async (trx) => {
    const before = await findBarrierRecord(trx, input.id);
    if (!before) throw notFound(BARRIER_NOT_FOUND);
    if (before.pactId) ctx.audit.pactId = before.pactId;
    if (before.version !== input.version) throw staleVersion();
    if (!canDiscardBarrier(before.status, await barrierWasEverTreated(trx, before.id))) throw badRequest(BARRIER_DISCARD_REFUSED);
    if (!(await deleteNewBarrierRow(trx, before.id, input.version))) throw staleVersion();
    ctx.audit.changes = {
      before: {
        reference: before.reference,
        question: before.question,
        organisation: before.organisation,
        pactId: before.pactId,
        receivedOn: before.receivedOn,
        channel: before.channel,
        status: before.status,
      },
    };
  });
}

export function listRegister(ctx: ServiceContext, input: BarrierListInput): Promise<Paged<BarrierRecord>> {
  return listBarriers(ctx.db, input);
}

export async function getBarrier(ctx: ServiceContext, id: string): Promise<BarrierRecord> {
  const record = await findBarrierRecord(ctx.db, id);
  if (!record) throw notFound(BARRIER_NOT_FOUND);
  return record;
}

export function listPublished(ctx: ServiceContext, input: BarrierPublicListInput): Promise<Paged<PublicBarrier>> {
  return listPublicBarriers(ctx.db, input);
}

export async function getPublished(ctx: ServiceContext, number: number): Promise<PublicBarrier> {
  const barrier = await findPublicBarrier(ctx.db, number);
  if (!barrier) throw notFound(PUBLIC_BARRIER_NOT_FOUND);
  return barrier;
}

/** The national figures, counted from the register's treated barriers. */
export async function registerStats(ctx: ServiceContext): Promise<BarrierStats> {
  return barrierStats(await barrierStatRows(ctx.db));
}
