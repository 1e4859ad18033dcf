import { pageOffset, type Paged } from "@zorgpact/domain/common";
import type { OrganisationFields, OrganisationListInput, OrganisationRecord, Partner } from "@zorgpact/domain/organisation";
import type { ExpressionBuilder, Kysely } from "kysely";
import type { Database } from "../schema.ts";
import { containsPattern } from "./search.ts";

type Executor = Kysely<Database>;

export async function listPartners(db: Kysely<Database>, pactId: string): Promise<Partner[]> {
  const rows = await db
    .selectFrom("pactParticipants")
    .innerJoin("organisations", "organisations.id", "pactParticipants.organisationId")
    .select(["organisations.id", "organisations.name", "organisations.sector", "organisations.level", "organisations.place", "pactParticipants.role"])
    .where("pactParticipants.pactId", "=", pactId)
    .orderBy("pactParticipants.role")
    .orderBy("organisations.name")
    .execute();
  return rows;
}

/** In how many pacts in use (not archived) an organisation takes part. */
const pactCount = (eb: ExpressionBuilder<Database, "organisations">) =>
  eb
    .selectFrom("pactParticipants")
    .innerJoin("pacts", "pacts.id", "pactParticipants.pactId")
    .select((e) => e.fn.countAll<string>().as("n"))
    .whereRef("pactParticipants.organisationId", "=", "organisations.id")
    .where("pacts.archivedAt", "is", null)
    .as("pactCount");

const recordColumns = [
  "organisations.id",
  "organisations.name",
  "organisations.sector",
  "organisations.level",
  "organisations.place",
  "organisations.version",
  "organisations.updatedAt",
] as const;

/** The registry as a table: search on name and place, filter on sector, sorted and paged. */
export async function listOrganisations(db: Executor, input: OrganisationListInput): Promise<Paged<OrganisationRecord>> {
  let base = db.selectFrom("organisations");
  if (input.search) {
    const pattern = containsPattern(input.search);
    base = base.where((eb) => eb.or([eb("organisations.name", "ilike", pattern), eb("organisations.place", "ilike", pattern)]));
  }
  if (input.sector) base = base.where("organisations.sector", "=", input.sector);

  const sortColumn = (
    { name: "organisations.name", sector: "organisations.sector", place: "organisations.place", updatedAt: "organisations.updatedAt" } as const
  )[input.sort];
  let rows = base
    .select(recordColumns)
    .select(pactCount)
    .orderBy(sortColumn, (ob) => (input.direction === "asc" ? ob.asc().nullsLast() : ob.desc().nullsLast()));
  if (input.sort !== "name") rows = rows.orderBy("organisations.name");

  const [{ total }, items] = await Promise.all([
    base.select((eb) => eb.fn.countAll<string>().as("total")).executeTakeFirstOrThrow(),
    rows.orderBy("organisations.id").limit(input.pageSize).offset(pageOffset(input)).execute(),
  ]);
  return {
    items: items.map((r) => ({ ...r, pactCount: Number(r.pactCount ?? 0) })),
    total: Number(total),
    page: input.page,
    pageSize: input.pageSize,
  };
}

export async function findOrganisation(db: Executor, id: string) {
  return db.selectFrom("organisations").select(["id", "name", "sector", "level", "place", "version"]).where("id", "=", id).executeTakeFirst();
}

export async function findOrganisationRecord(db: Executor, id: string): Promise<OrganisationRecord | undefined> {
  const row = await db.selectFrom("organisations").select(recordColumns).select(pactCount).where("organisations.id", "=", id).executeTakeFirst();
  return row ? { ...row, pactCount: Number(row.pactCount ?? 0) } : undefined;
}

/** The organisation with this name in any letter case, other than `exceptId`: a duplicate. */
export async function findOrganisationByName(db: Executor, name: string, exceptId?: string) {
  let query = db
    .selectFrom("organisations")
    .select(["id", "name", "place"])
    .where((eb) => eb(eb.fn("lower", ["name"]), "=", name.toLowerCase()));
  if (exceptId) query = query.where("id", "<>", exceptId);
  return query.executeTakeFirst();
}

export async function insertOrganisationRecord(db: Executor, fields: OrganisationFields): Promise<string> {
  const row = await db.insertInto("organisations").values(fields).returning("id").executeTakeFirstOrThrow();
  return row.id;
}

export async function updateOrganisation(db: Executor, id: string, version: number, fields: OrganisationFields, at: Date): Promise<boolean> {
  const result = await db
    .updateTable("organisations")
    .set((eb) => ({ ...fields, version: eb("version", "+", 1), updatedAt: at.toISOString() }))
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
