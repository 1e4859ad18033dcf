import { TRPCError } from "@trpc/server";
import {
  findSupportTrajectory,
  insertSupportTrajectory,
  listSupportTrajectories,
  supportOverviewCounts,
  updateSupportTrajectory,
} from "@zorgpact/db/repositories/support.repository";
import { changedFields } from "@zorgpact/domain/audit";
import type { Paged } from "@zorgpact/domain/common";
import { amsterdamDate } from "@zorgpact/domain/event-time";
import { isNationalAdmin } from "@zorgpact/domain/permission";
import {
  editorMayEditQuestion,
  handlingOf,
  pactMayRequestSupport,
  sendsHandling,
  supportHandlingIssues,
  type SupportCreateInput,
  type SupportListInput,
  type SupportOverview,
  type SupportRecord,
  type SupportUpdateInput,
} from "@zorgpact/domain/support";
import { assertCanEditPact, currentUserId } from "../access.ts";
import { fieldError, notFound, staleVersion } from "../errors.ts";
import { mutate, noteRecord, type ServiceContext } from "./context.ts";
import { editablePact } from "./guards.ts";

/**
 * Maatwerkondersteuning. Who may do what is decided in the domain (support.ts): the pact's editors
 * request and, while requested, rephrase; the national team handles. Nothing here is public.
 */
const NOT_FOUND = "Dit ondersteuningstraject bestaat niet.";
const OBJECT_TYPE = "support_trajectory";

function forbidden(message: string): TRPCError {
  // A refusal by role within a record the caller may otherwise touch (see access.ts for the pact check).
  return new TRPCError({ code: "FORBIDDEN", message });
}

/** The pact's editors or the national team request a trajectory for the pact; it starts as requested. */
export async function createSupport(ctx: ServiceContext, input: SupportCreateInput): Promise<SupportRecord> {
  noteRecord(ctx, OBJECT_TYPE, null, input.pactId);
  const requestedOn = amsterdamDate(ctx.now());
  return mutate(ctx, async (trx) => {
    const pact = await editablePact(ctx, trx, input.pactId);
    if (!pactMayRequestSupport(pact.kind)) {
      throw fieldError("pactId", "Maatwerkondersteuning is voor regionale zorgpacten, koplopers en broedplaatsen; kies een van die.");
    }
    const id = await insertSupportTrajectory(trx, { ...input, requestedOn, requestedBy: currentUserId(ctx) });
    ctx.audit.objectId = id;
    ctx.audit.changes = { after: { questionType: input.questionType, question: input.question, status: "requested", requestedOn } };
    return (await findSupportTrajectory(trx, id))!;
  });
}

/**
 * The question (the pact's editors while requested, the national team always) and, from the
 * national team only, the handling: advisor, status, dates and outcome.
 */
export async function updateSupport(ctx: ServiceContext, input: SupportUpdateInput): Promise<SupportRecord> {
  noteRecord(ctx, OBJECT_TYPE, input.id);
  const admin = isNationalAdmin(ctx.actor);
  const today = amsterdamDate(ctx.now());
  return mutate(ctx, async (trx) => {
    const current = await findSupportTrajectory(trx, input.id);
    if (!current) throw notFound(NOT_FOUND);
    await editablePact(ctx, trx, current.pactId);
    if (!admin && sendsHandling(input)) {
      throw forbidden("Alleen het landelijke Zorgpact-team behandelt een traject: adviseur, status, data en uitkomst.");
    }
    if (!admin && !editorMayEditQuestion(current.status)) {
      throw forbidden("Dit traject is al in behandeling genomen. Vraag het landelijke Zorgpact-team als de vraag nog moet veranderen.");
    }
    const handling = handlingOf(input);
    if (handling) {
      const [issue] = supportHandlingIssues(current, handling, today);
      if (issue) throw fieldError(issue.field, issue.message);
    }
    const before = pickFields(current);
    const fields = { questionType: input.questionType, question: input.question, ...(handling ?? {}) };
    if (!(await updateSupportTrajectory(trx, input.id, input.version, fields, ctx.now()))) throw staleVersion();
    ctx.audit.changes = changedFields(before, fields);
    return (await findSupportTrajectory(trx, input.id))!;
  });
}

function pickFields(record: SupportRecord) {
  const { questionType, question, advisorName, status, startedOn, endedOn, outcome } = record;
  return { questionType, question, advisorName, status, startedOn, endedOn, outcome };
}

/** One trajectory: for the national team and the editors of its pact. */
export async function getSupport(ctx: ServiceContext, id: string): Promise<SupportRecord> {
  noteRecord(ctx, OBJECT_TYPE, id);
  const record = await findSupportTrajectory(ctx.db, id);
  if (!record) throw notFound(NOT_FOUND);
  assertCanEditPact(ctx, record.pactId);
  return record;
}

/** The national team sees every trajectory; an editor those of their own pacts (asking for another pact is refused). */
export async function listSupport(ctx: ServiceContext, input: SupportListInput): Promise<Paged<SupportRecord>> {
  if (input.pactId) assertCanEditPact(ctx, input.pactId);
  const actor = ctx.actor;
  // Behind signedInProcedure there is always a user; an unknown actor would see nothing.
  const scope = isNationalAdmin(actor) ? null : actor.kind === "user" ? actor.pactIds : [];
  return listSupportTrajectories(ctx.db, input, scope);
}

export function supportOverview(ctx: ServiceContext): Promise<SupportOverview> {
  return supportOverviewCounts(ctx.db);
}
