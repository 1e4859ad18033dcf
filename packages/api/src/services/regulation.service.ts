import { findPactForUpdate } from "@zorgpact/db/repositories/pact-admin.repository";
import {
  deleteApplicationRow,
  findApplication,
  findRegulationDetail,
  findRegulationRecord,
  insertApplication,
  insertRegulation,
  listRegulations,
  regulationExists,
  uniqueRegulationSlug,
  updateApplicationRow,
  updateRegulationRow,
} from "@zorgpact/db/repositories/regulation.repository";
import type { Paged } from "@zorgpact/domain/common";
import { slugify } from "@zorgpact/domain/pact";
import type {
  ApplicationAddInput,
  ApplicationUpdateInput,
  RegulationCreateInput,
  RegulationDetail,
  RegulationListInput,
  RegulationRecord,
  RegulationSummary,
  RegulationUpdateInput,
} from "@zorgpact/domain/regulation";
import { fieldError, notFound, staleVersion } from "../errors.ts";
import { mutate, noteRecord, type Executor, type ServiceContext } from "./context.ts";
import { PACT_ARCHIVED, PACT_NOT_FOUND } from "./guards.ts";

const REGULATION_NOT_FOUND = "Deze regeling bestaat niet.";
const APPLICATION_NOT_FOUND = "Deze aanvraag bestaat niet (meer).";

async function record(db: Executor, id: string): Promise<RegulationRecord> {
  const found = await findRegulationRecord(db, id);
  if (!found) throw notFound(REGULATION_NOT_FOUND);
  return found;
}

export function listPublicRegulations(ctx: ServiceContext, input: RegulationListInput): Promise<Paged<RegulationSummary>> {
  return listRegulations(ctx.db, input);
}

export async function getPublicRegulation(ctx: ServiceContext, slug: string): Promise<RegulationDetail> {
  const detail = await findRegulationDetail(ctx.db, slug);
  if (!detail) throw notFound(REGULATION_NOT_FOUND);
  return detail;
}

export function getRegulationForEdit(ctx: ServiceContext, id: string): Promise<RegulationRecord> {
  return record(ctx.db, id);
}

/** A new regeling; its address (slug) comes from its name and stays when the name changes. */
export async function createRegulation(ctx: ServiceContext, input: RegulationCreateInput): Promise<RegulationRecord> {
  return mutate(
    ctx,
    async (trx) => {
      const slug = await uniqueRegulationSlug(trx, slugify(input.name));
      const id = await insertRegulation(trx, { ...input, slug });
      noteRecord(ctx, "regulation", id);
      ctx.audit.changes = { after: { ...input, slug } };
      return record(trx, id);
    },
    // Two regelingen with the same name at the same moment: the second one retries.
    { onUniqueViolation: () => fieldError("name", "Er is zojuist een regeling met deze naam gemaakt. Probeer het opnieuw.") },
  );
}

export async function updateRegulation(ctx: ServiceContext, input: RegulationUpdateInput): Promise<RegulationRecord> {
  noteRecord(ctx, "regulation", input.id);
  const { id, version, ...fields } = input;
  return mutate(ctx, async (trx) => {
    const before = await record(trx, id);
    if (!(await updateRegulationRow(trx, id, version, fields, ctx.now()))) throw staleVersion();
    const changed = (Object.keys(fields) as (keyof typeof fields)[]).filter((key) => before[key] !== fields[key]);
    ctx.audit.changes = {
      before: Object.fromEntries(changed.map((key) => [key, before[key]])),
      after: Object.fromEntries(changed.map((key) => [key, fields[key]])),
    };
    return record(trx, id);
  });
}

/**
 * A pact's application for a regeling. Recorded by the national team, which checks with the
 * ministry whether it was honoured (see the permission matrix).
 */
export async function addApplication(ctx: ServiceContext, input: ApplicationAddInput): Promise<RegulationRecord> {
  noteRecord(ctx, "regulation_application", null, input.pactId);
  return mutate(ctx, async (trx) => {
    if (!(await regulationExists(trx, input.regulationId))) throw notFound(REGULATION_NOT_FOUND);
    const pact = await findPactForUpdate(trx, input.pactId);
    if (!pact) throw fieldError("pactId", PACT_NOT_FOUND);
    if (pact.archivedAt) throw fieldError("pactId", PACT_ARCHIVED);
    const id = await insertApplication(trx, input);
    noteRecord(ctx, "regulation_application", id, input.pactId);
    ctx.audit.changes = { after: { ...input } };
    return record(trx, input.regulationId);
  });
}

export async function updateApplication(ctx: ServiceContext, input: ApplicationUpdateInput): Promise<RegulationRecord> {
  noteRecord(ctx, "regulation_application", input.id);
  const { id, version, ...fields } = input;
  return mutate(ctx, async (trx) => {
    const before = await findApplication(trx, id);
    if (!before) throw notFound(APPLICATION_NOT_FOUND);
    ctx.audit.pactId = before.pactId;
    if (!(await updateApplicationRow(trx, id, version, fields, ctx.now()))) throw staleVersion();
    ctx.audit.changes = {
      before: { appliedOn: before.appliedOn, status: before.status, amountCents: before.amountCents, note: before.note },
      after: { ...fields },
    };
    return record(trx, before.regulationId);
  });
}

export async function deleteApplication(ctx: ServiceContext, input: { id: string; version: number }): Promise<RegulationRecord> {
  noteRecord(ctx, "regulation_application", input.id);
  return mutate(ctx, async (trx) => {
    const before = await findApplication(trx, input.id);
    if (!before) throw notFound(APPLICATION_NOT_FOUND);
    ctx.audit.pactId = before.pactId;
    if (!(await deleteApplicationRow(trx, input.id, input.version))) throw staleVersion();
    ctx.audit.changes = { before: { ...before } };
    return record(trx, before.regulationId);
  });
}
