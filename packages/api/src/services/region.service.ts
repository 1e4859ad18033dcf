import { findRegionByName, findRegionRecord, insertRegion, updateRegion } from "@zorgpact/db/repositories/region.repository";
import { changedFields } from "@zorgpact/domain/audit";
import type { RegionFields, RegionRecord, RegionUpdateInput } from "@zorgpact/domain/region";
import { fieldError, notFound, staleVersion } from "../errors.ts";
import { isUniqueViolation, type ServiceContext } from "./pact-record.ts";

const DUPLICATE = "Er is al een regio met deze naam.";

async function assertUniqueName(ctx: ServiceContext, name: string, exceptId?: string): Promise<void> {
  if (await findRegionByName(ctx.db, name, exceptId)) throw fieldError("name", DUPLICATE);
}

function orDuplicate<T>(work: Promise<T>): Promise<T> {
  return work.catch((error: unknown) => {
    if (isUniqueViolation(error)) throw fieldError("name", DUPLICATE);
    throw error;
  });
}

export async function createRegion(ctx: ServiceContext, input: RegionFields): Promise<RegionRecord> {
  ctx.audit.objectType = "region";
  await assertUniqueName(ctx, input.name);
  const id = await orDuplicate(ctx.db.transaction().execute((trx) => insertRegion(trx, input)));
  ctx.audit.objectId = id;
  ctx.audit.changes = { after: { ...input } };
  return (await findRegionRecord(ctx.db, id))!;
}

export async function updateRegionDetails(ctx: ServiceContext, input: RegionUpdateInput): Promise<RegionRecord> {
  ctx.audit.objectType = "region";
  ctx.audit.objectId = input.id;
  const before = await findRegionRecord(ctx.db, input.id);
  if (!before) throw notFound("Deze regio bestaat niet.");
  await assertUniqueName(ctx, input.name, input.id);
  const { id, version, ...fields } = input;
  await orDuplicate(
    ctx.db.transaction().execute(async (trx) => {
      if (!(await updateRegion(trx, id, version, fields, ctx.now()))) throw staleVersion();
    }),
  );
  const { name, provinces, latitude, longitude } = before;
  ctx.audit.changes = changedFields({ name, provinces, latitude, longitude }, fields);
  return (await findRegionRecord(ctx.db, id))!;
}
