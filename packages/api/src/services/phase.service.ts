import { touchPact, updatePactRow } from "@zorgpact/db/repositories/pact-admin.repository";
import { findTick, insertPhaseChange, saveTick } from "@zorgpact/db/repositories/phase.repository";
import { changedFields } from "@zorgpact/domain/audit";
import { hasPhases, type PactEditDetail, type PactKind } from "@zorgpact/domain/pact";
import type { ChecklistTickInput, PhaseSetInput } from "@zorgpact/domain/phase";
import { currentUserId } from "../access.ts";
import { fieldError, staleVersion } from "../errors.ts";
import { mutate, noteRecord, type ServiceContext } from "./context.ts";
import { editablePact } from "./guards.ts";
import { editDetail } from "./pact.service.ts";

const NO_PHASES = "Alleen regionale zorgpacten en broedplaatsen doorlopen de fasen van samenwerking.";

/** Moves a pact to a phase and appends the change (date, who, note) to its history. */
export async function setPhase(ctx: ServiceContext, input: PhaseSetInput): Promise<PactEditDetail> {
  noteRecord(ctx, "pact", input.pactId);
  return mutate(ctx, async (trx) => {
    const pact = await editablePact(ctx, trx, input.pactId);
    if (!hasPhases(pact.kind as PactKind)) throw fieldError("phase", NO_PHASES);
    if (pact.currentPhase === input.phase) throw fieldError("phase", `Dit zorgpact is al in fase ${input.phase}.`);
    if (!(await updatePactRow(trx, input.pactId, input.version, { currentPhase: input.phase }, ctx.now()))) throw staleVersion();
    await insertPhaseChange(trx, { pactId: input.pactId, phase: input.phase, changedOn: input.changedOn, note: input.note, changedBy: currentUserId(ctx) });
    ctx.audit.changes = { before: { currentPhase: pact.currentPhase }, after: { currentPhase: input.phase, changedOn: input.changedOn, note: input.note } };
    return editDetail(trx, input.pactId);
  });
}

/** Ticks or unticks an item of a phase's checklist, with the date it was done and a note. */
export async function tickChecklistItem(ctx: ServiceContext, input: ChecklistTickInput): Promise<PactEditDetail> {
  noteRecord(ctx, "phase_checklist_item", `${input.pactId}:${input.phase}:${input.itemKey}`);
  const after = { done: input.done, doneOn: input.done ? input.doneOn : null, note: input.note };
  const now = ctx.now();
  return mutate(ctx, async (trx) => {
    const pact = await editablePact(ctx, trx, input.pactId);
    if (!hasPhases(pact.kind as PactKind)) throw fieldError("phase", NO_PHASES);
    const before = (await findTick(trx, input)) ?? { done: false, doneOn: null, note: null };
    await saveTick(trx, { pactId: input.pactId, phase: input.phase, itemKey: input.itemKey, ...after, changedBy: currentUserId(ctx), at: now.toISOString() });
    await touchPact(trx, input.pactId, now);
    ctx.audit.changes = changedFields(before, after);
    return editDetail(trx, input.pactId);
  });
}
