import { pageOffset, type Paged } from "@zorgpact/domain/common";
import type { RegionFields, RegionListInput, RegionRecord } from "@zorgpact/domain/region";
import type { ExpressionBuilder, Kysely } from "kysely";
import type { Database } from "../schema.ts";
import { containsPattern } from "./search.ts";

type Executor = Kysely<Database>;

/** Published pacts in use in a region: what the public map counts. */
const pactCount = (eb: ExpressionBuilder<Database, "regions">) =>
  eb
    .selectFrom("pacts")
    .select((e) => e.fn.countAll<string>().as("n"))
    .whereRef("pacts.regionId", "=", "regions.id")
    .where("pacts.archivedAt", "is", null)
    .where("pacts.publicationStatus", "=", "published")
    .as("pactCount");

const columns = ["regions.id", "regions.name", "regions.provinces", "regions.latitude", "regions.longitude", "regions.version"] as const;

function toRecord(row: {
  id: string;
  name: string;
  provinces: RegionRecord["provinces"];
  latitude: number;
  longitude: number;
  version: number;
  pactCount: string | null;
}): RegionRecord {
  return { ...row, pactCount: Number(row.pactCount ?? 0) };
}

export async function listRegions(db: Executor, input: RegionListInput): Promise<Paged<RegionRecord>> {
  let base = db.selectFrom("regions");
  if (input.search) base = base.where("regions.name", "ilike", containsPattern(input.search));
  if (input.province) {
    const province: string = input.province;
    base = base.where((eb) => eb(eb.val(province), "=", eb.fn.any("regions.provinces")));
  }
  let rows = base.select(columns).select(pactCount);
  rows = input.sort === "name" ? rows.orderBy("regions.name", input.direction) : rows.orderBy("pactCount", input.direction).orderBy("regions.name");
  const [{ total }, items] = await Promise.all([
    base.select((eb) => eb.fn.countAll<string>().as("total")).executeTakeFirstOrThrow(),
    rows.orderBy("regions.id").limit(input.pageSize).offset(pageOffset(input)).execute(),
  ]);
  return { items: items.map(toRecord), total: Number(total), page: input.page, pageSize: input.pageSize };
}

export async function findRegionRecord(db: Executor, id: string): Promise<RegionRecord | undefined> {
  const row = await db.selectFrom("regions").select(columns).select(pactCount).where("regions.id", "=", id).executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

/** A region with this name in any letter case, other than `exceptId`. */
export async function findRegionByName(db: Executor, name: string, exceptId?: string) {
  let query = db
    .selectFrom("regions")
    .select(["id", "name"])
    .where((eb) => eb(eb.fn("lower", ["name"]), "=", name.toLowerCase()));
  if (exceptId) query = query.where("id", "<>", exceptId);
  return query.executeTakeFirst();
}

export async function insertRegion(db: Executor, fields: RegionFields): Promise<string> {
  const row = await db
    .insertInto("regions")
    .values({ ...fields, provinces: [...fields.provinces] })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateRegion(db: Executor, id: string, version: number, fields: RegionFields, at: Date): Promise<boolean> {
  const result = await db
    .updateTable("regions")
    .set((eb) => ({ ...fields, provinces: [...fields.provinces], version: eb("version", "+", 1), updatedAt: at.toISOString() }))
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function regionExists(db: Executor, id: string): Promise<boolean> {
  return (await db.selectFrom("regions").select("id").where("id", "=", id).executeTakeFirst()) !== undefined;
}
