import { findRegionByName, findRegionRecord, insertRegion, updateRegion } from "@zorgpact/db/repositories/region.repository";
import { changedFields } from "@zorgpact/domain/audit";
import type { RegionFields, RegionRecord, RegionUpdateInput } from "@zorgpact/domain/region";
import { fieldError, notFound, staleVersion } from "../errors.ts";
import { mutate, noteRecord, type Executor, type ServiceContext } from "./context.ts";

const DUPLICATE = "Er is al een regio met deze naam.";

/** The check names the field; the unique constraint catches two saved at the same moment. */
const NAME_RACE = { onUniqueViolation: () => fieldError("name", DUPLICATE) };

async function assertUniqueName(db: Executor, name: string, exceptId?: string): Promise<void> {
  if (await findRegionByName(db, name, exceptId)) throw fieldError("name", DUPLICATE);
}

export async function createRegion(ctx: ServiceContext, input: RegionFields): Promise<RegionRecord> {
  noteRecord(ctx, "region", null);
  return mutate(
    ctx,
    async (trx) => {
      await assertUniqueName(trx, input.name);
      const id = await insertRegion(trx, input);
      ctx.audit.objectId = id;
      ctx.audit.changes = { after: { ...input } };
      return (await findRegionRecord(trx, id))!;
    },
    NAME_RACE,
  );
}

export async function updateRegionDetails(ctx: ServiceContext, input: RegionUpdateInput): Promise<RegionRecord> {
  noteRecord(ctx, "region", input.id);
  const { id, version, ...fields } = input;
  return mutate(
    ctx,
    async (trx) => {
      const before = await findRegionRecord(trx, id);
      if (!before) throw notFound("Deze regio bestaat niet.");
      await assertUniqueName(trx, fields.name, id);
      if (!(await updateRegion(trx, id, version, fields, ctx.now()))) throw staleVersion();
      const { name, provinces, latitude, longitude } = before;
      ctx.audit.changes = changedFields({ name, provinces, latitude, longitude }, fields);
      return (await findRegionRecord(trx, id))!;
    },
    NAME_RACE,
  );
}
