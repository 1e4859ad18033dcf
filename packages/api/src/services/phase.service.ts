import { touchPact, updatePactRow } from "@zorgpact/db/repositories/pact-admin.repository";
import { findTick, insertPhaseChange, saveTick } from "@zorgpact/db/repositories/phase.repository";
import { changedFields } from "@zorgpact/domain/audit";
import { hasPhases, type PactEditDetail, type PactKind } from "@zorgpact/domain/pact";
import type { ChecklistTickInput, PhaseSetInput } from "@zorgpact/domain/phase";
import { currentUserId } from "../access.ts";
import { fieldError, staleVersion } from "../errors.ts";
import { editablePact, editDetail, type ServiceContext } from "./pact-record.ts";

const NO_PHASES = "Alleen regionale zorgpacten en broedplaatsen doorlopen de fasen van samenwerking.";

/** Moves a pact to a phase and appends the change (date, who, note) to its history. */
export async function setPhase(ctx: ServiceContext, input: PhaseSetInput): Promise<PactEditDetail> {
  ctx.audit.objectType = "pact";
  ctx.audit.objectId = input.pactId;
  const pact = await editablePact(ctx, input.pactId);
  if (!hasPhases(pact.kind as PactKind)) throw fieldError("phase", NO_PHASES);
  if (pact.currentPhase === input.phase) throw fieldError("phase", `Dit zorgpact is al in fase ${input.phase}.`);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await updatePactRow(trx, input.pactId, input.version, { currentPhase: input.phase }, ctx.now()))) throw staleVersion();
    await insertPhaseChange(trx, { pactId: input.pactId, phase: input.phase, changedOn: input.changedOn, note: input.note, changedBy: currentUserId(ctx) });
  });
  ctx.audit.changes = { before: { currentPhase: pact.currentPhase }, after: { currentPhase: input.phase, changedOn: input.changedOn, note: input.note } };
  return editDetail(ctx, input.pactId);
}

/** Ticks or unticks an item of a phase's checklist, with the date it was done and a note. */
export async function tickChecklistItem(ctx: ServiceContext, input: ChecklistTickInput): Promise<PactEditDetail> {
  ctx.audit.objectType = "phase_checklist_item";
  ctx.audit.objectId = `${input.pactId}:${input.phase}:${input.itemKey}`;
  const pact = await editablePact(ctx, input.pactId);
  if (!hasPhases(pact.kind as PactKind)) throw fieldError("phase", NO_PHASES);
  const before = (await findTick(ctx.db, input)) ?? { done: false, doneOn: null, note: null };
  const after = { done: input.done, doneOn: input.done ? input.doneOn : null, note: input.note };
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await saveTick(trx, { pactId: input.pactId, phase: input.phase, itemKey: input.itemKey, ...after, changedBy: currentUserId(ctx), at: now.toISOString() });
    await touchPact(trx, input.pactId, now);
  });
  ctx.audit.changes = changedFields(before, after);
  return editDetail(ctx, input.pactId);
}
