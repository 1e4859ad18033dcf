import {
  findOrganisation,
  findOrganisationByName,
  findOrganisationRecord,
  insertOrganisationRecord,
  updateOrganisation,
} from "@zorgpact/db/repositories/organisation.repository";
import { changedFields } from "@zorgpact/domain/audit";
import type { OrganisationFields, OrganisationRecord, OrganisationUpdateInput } from "@zorgpact/domain/organisation";
import { fieldError, notFound, staleVersion } from "../errors.ts";
import { mutate, noteRecord, type Executor, type ServiceContext } from "./context.ts";

function duplicate(existing: { name: string; place: string | null }) {
  const where = existing.place ? ` (${existing.place})` : "";
  return fieldError("name", `Deze organisatie staat al in het register: ${existing.name}${where}. Kies die organisatie in plaats van een nieuwe.`);
}

async function assertUniqueName(db: Executor, name: string, exceptId?: string): Promise<void> {
  const existing = await findOrganisationByName(db, name, exceptId);
  if (existing) throw duplicate(existing);
}

/** The unique index on lower(name) catches what the check before it could not (two at once). */
const nameRace = (name: string) => ({ onUniqueViolation: () => duplicate({ name, place: null }) });

export async function createOrganisation(ctx: ServiceContext, input: OrganisationFields): Promise<OrganisationRecord> {
  noteRecord(ctx, "organisation", null);
  return mutate(
    ctx,
    async (trx) => {
      await assertUniqueName(trx, input.name);
      const id = await insertOrganisationRecord(trx, input);
      ctx.audit.objectId = id;
      ctx.audit.changes = { after: { ...input } };
      return (await findOrganisationRecord(trx, id))!;
    },
    nameRace(input.name),
  );
}

export async function updateOrganisationDetails(ctx: ServiceContext, input: OrganisationUpdateInput): Promise<OrganisationRecord> {
  noteRecord(ctx, "organisation", input.id);
  const { id, version, ...fields } = input;
  return mutate(
    ctx,
    async (trx) => {
      const before = await findOrganisation(trx, id);
      if (!before) throw notFound("Deze organisatie bestaat niet.");
      await assertUniqueName(trx, fields.name, id);
      if (!(await updateOrganisation(trx, id, version, fields, ctx.now()))) throw staleVersion();
      const { id: _id, version: _version, ...beforeFields } = before;
      ctx.audit.changes = changedFields(beforeFields, fields);
      return (await findOrganisationRecord(trx, id))!;
    },
    nameRace(input.name),
  );
}
