import { findOrganisation, listPartners } from "@zorgpact/db/repositories/organisation.repository";
import { touchPact } from "@zorgpact/db/repositories/pact-admin.repository";
import { deleteParticipation, findParticipation, insertParticipation, setParticipationRole } from "@zorgpact/db/repositories/partner.repository";
import { conflictingLead, type ParticipationRole, type PartnerInput } from "@zorgpact/domain/organisation";
import type { PactEditDetail } from "@zorgpact/domain/pact";
import { conflict, fieldError, notFound } from "../errors.ts";
import { mutate, noteRecord, type Executor, type ServiceContext } from "./context.ts";
import { editablePact } from "./guards.ts";
import { editDetail } from "./pact.service.ts";

const NOT_A_PARTNER = "Deze organisatie is geen partner van dit zorgpact.";
const ALREADY_A_PARTNER = "Deze organisatie is intussen al partner van dit zorgpact geworden. Laad de pagina opnieuw.";

function leadTaken(leadName: string) {
  return fieldError("role", `Dit zorgpact heeft al een trekker: ${leadName}. Maak die eerst partner, of kies de rol partner.`);
}

function note(ctx: ServiceContext, input: { pactId: string; organisationId: string }): void {
  noteRecord(ctx, "pact_partner", `${input.pactId}:${input.organisationId}`);
}

/** The at-most-one-lead rule, checked on the change's transaction. */
async function assertLeadFree(db: Executor, input: { pactId: string; organisationId: string; role: ParticipationRole }): Promise<void> {
  const lead = conflictingLead(await listPartners(db, input.pactId), input.organisationId, input.role);
  if (lead) throw leadTaken(lead.name);
}

/**
 * What two editors changing the partners of one pact at the same moment hear from the database:
 * a second lead meets the one-lead index, a second add of the same organisation the primary key.
 */
const PARTNER_RACE = {
  onUniqueViolation: (constraint: string | undefined) =>
    constraint === "pact_participants_one_lead" ? leadTaken("een andere organisatie") : conflict(ALREADY_A_PARTNER),
};

export async function addPartner(ctx: ServiceContext, input: PartnerInput): Promise<PactEditDetail> {
  note(ctx, input);
  return mutate(
    ctx,
    async (trx) => {
      await editablePact(ctx, trx, input.pactId);
      const organisation = await findOrganisation(trx, input.organisationId);
      if (!organisation) throw notFound("Deze organisatie bestaat niet.");
      if (await findParticipation(trx, input.pactId, input.organisationId)) {
        throw fieldError("organisationId", `${organisation.name} is al partner van dit zorgpact.`);
      }
      await assertLeadFree(trx, input);
      await insertParticipation(trx, input.pactId, input.organisationId, input.role);
      await touchPact(trx, input.pactId, ctx.now());
      ctx.audit.changes = { after: { organisation: organisation.name, role: input.role } };
      return editDetail(trx, input.pactId);
    },
    PARTNER_RACE,
  );
}

export async function setPartnerRole(ctx: ServiceContext, input: PartnerInput): Promise<PactEditDetail> {
  note(ctx, input);
  return mutate(
    ctx,
    async (trx) => {
      await editablePact(ctx, trx, input.pactId);
      const participation = await findParticipation(trx, input.pactId, input.organisationId);
      if (!participation) throw notFound(NOT_A_PARTNER);
      await assertLeadFree(trx, input);
      await setParticipationRole(trx, input.pactId, input.organisationId, input.role);
      await touchPact(trx, input.pactId, ctx.now());
      ctx.audit.changes = { before: { role: participation.role }, after: { role: input.role } };
      return editDetail(trx, input.pactId);
    },
    PARTNER_RACE,
  );
}

export async function removePartner(ctx: ServiceContext, input: { pactId: string; organisationId: string }): Promise<PactEditDetail> {
  note(ctx, input);
  return mutate(ctx, async (trx) => {
    await editablePact(ctx, trx, input.pactId);
    const participation = await findParticipation(trx, input.pactId, input.organisationId);
    if (!participation) throw notFound(NOT_A_PARTNER);
    await deleteParticipation(trx, input.pactId, input.organisationId);
    await touchPact(trx, input.pactId, ctx.now());
    ctx.audit.changes = { before: { role: participation.role } };
    return editDetail(trx, input.pactId);
  });
}
