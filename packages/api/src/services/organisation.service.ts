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
import { isUniqueViolation, type ServiceContext } from "./pact-record.ts";

function duplicate(existing: { name: string; place: string | null }) {
  const where = existing.place ? ` (${existing.place})` : "";
  return fieldError("name", `Deze organisatie staat al in het register: ${existing.name}${where}. Kies die organisatie in plaats van een nieuwe.`);
}

async function assertUniqueName(ctx: ServiceContext, name: string, exceptId?: string): Promise<void> {
  const existing = await findOrganisationByName(ctx.db, name, exceptId);
  if (existing) throw duplicate(existing);
}

/** The unique index on lower(name) catches what the check before it could not (two at once). */
async function orDuplicate<T>(ctx: ServiceContext, name: string, work: Promise<T>): Promise<T> {
  return work.catch(async (error: unknown) => {
    if (isUniqueViolation(error)) throw duplicate((await findOrganisationByName(ctx.db, name)) ?? { name, place: null });
    throw error;
  });
}

export async function createOrganisation(ctx: ServiceContext, input: OrganisationFields): Promise<OrganisationRecord> {
  ctx.audit.objectType = "organisation";
  await assertUniqueName(ctx, input.name);
  const id = await orDuplicate(ctx, input.name, ctx.db.transaction().execute((trx) => insertOrganisationRecord(trx, input)));
  ctx.audit.objectId = id;
  ctx.audit.changes = { after: { ...input } };
  return (await findOrganisationRecord(ctx.db, id))!;
}

export async function updateOrganisationDetails(ctx: ServiceContext, input: OrganisationUpdateInput): Promise<OrganisationRecord> {
  ctx.audit.objectType = "organisation";
  ctx.audit.objectId = input.id;
  const before = await findOrganisation(ctx.db, input.id);
  if (!before) throw notFound("Deze organisatie bestaat niet.");
  await assertUniqueName(ctx, input.name, input.id);
  const { id, version, ...fields } = input;
  await orDuplicate(
    ctx,
    input.name,
    ctx.db.transaction().execute(async (trx) => {
      if (!(await updateOrganisation(trx, id, version, fields, ctx.now()))) throw staleVersion();
    }),
  );
  const { id: _id, version: _version, ...beforeFields } = before;
  ctx.audit.changes = changedFields(beforeFields, fields);
  return (await findOrganisationRecord(ctx.db, id))!;
}
