import { findOrganisation, listPartners } from "@zorgpact/db/repositories/organisation.repository";
import { touchPact } from "@zorgpact/db/repositories/pact-admin.repository";
import { deleteParticipation, findParticipation, insertParticipation, setParticipationRole } from "@zorgpact/db/repositories/partner.repository";
import { conflictingLead, type ParticipationRole, type PartnerInput } from "@zorgpact/domain/organisation";
import type { PactEditDetail } from "@zorgpact/domain/pact";
import { fieldError, notFound } from "../errors.ts";
import { editablePact, editDetail, isUniqueViolation, type ServiceContext } from "./pact-record.ts";

const NOT_A_PARTNER = "Deze organisatie is geen partner van dit zorgpact.";

function leadTaken(leadName: string) {
  return fieldError("role", `Dit zorgpact heeft al een trekker: ${leadName}. Maak die eerst partner, of kies de rol partner.`);
}

function note(ctx: ServiceContext, input: { pactId: string; organisationId: string }) {
  ctx.audit.objectType = "pact_partner";
  ctx.audit.objectId = `${input.pactId}:${input.organisationId}`;
}

/** A role change with the at-most-one-lead rule; a lead added at the same moment elsewhere is caught by the database. */
async function withLeadCheck(ctx: ServiceContext, input: { pactId: string; organisationId: string; role: ParticipationRole }, work: () => Promise<void>) {
  const lead = conflictingLead(await listPartners(ctx.db, input.pactId), input.organisationId, input.role);
  if (lead) throw leadTaken(lead.name);
  await work().catch((error: unknown) => {
    if (isUniqueViolation(error) && input.role === "lead") throw leadTaken("een andere organisatie");
    throw error;
  });
}

export async function addPartner(ctx: ServiceContext, input: PartnerInput): Promise<PactEditDetail> {
  note(ctx, input);
  await editablePact(ctx, input.pactId);
  const organisation = await findOrganisation(ctx.db, input.organisationId);
  if (!organisation) throw notFound("Deze organisatie bestaat niet.");
  if (await findParticipation(ctx.db, input.pactId, input.organisationId)) {
    throw fieldError("organisationId", `${organisation.name} is al partner van dit zorgpact.`);
  }
  await withLeadCheck(ctx, input, () =>
    ctx.db.transaction().execute(async (trx) => {
      await insertParticipation(trx, input.pactId, input.organisationId, input.role);
      await touchPact(trx, input.pactId, ctx.now());
    }),
  );
  ctx.audit.changes = { after: { organisation: organisation.name, role: input.role } };
  return editDetail(ctx, input.pactId);
}

export async function setPartnerRole(ctx: ServiceContext, input: PartnerInput): Promise<PactEditDetail> {
  note(ctx, input);
  await editablePact(ctx, input.pactId);
  const participation = await findParticipation(ctx.db, input.pactId, input.organisationId);
  if (!participation) throw notFound(NOT_A_PARTNER);
  await withLeadCheck(ctx, input, () =>
    ctx.db.transaction().execute(async (trx) => {
      await setParticipationRole(trx, input.pactId, input.organisationId, input.role);
      await touchPact(trx, input.pactId, ctx.now());
    }),
  );
  ctx.audit.changes = { before: { role: participation.role }, after: { role: input.role } };
  return editDetail(ctx, input.pactId);
}

export async function removePartner(ctx: ServiceContext, input: { pactId: string; organisationId: string }): Promise<PactEditDetail> {
  note(ctx, input);
  await editablePact(ctx, input.pactId);
  const participation = await findParticipation(ctx.db, input.pactId, input.organisationId);
  if (!participation) throw notFound(NOT_A_PARTNER);
  await ctx.db.transaction().execute(async (trx) => {
    await deleteParticipation(trx, input.pactId, input.organisationId);
    await touchPact(trx, input.pactId, ctx.now());
  });
  ctx.audit.changes = { before: { role: participation.role } };
  return editDetail(ctx, input.pactId);
}
