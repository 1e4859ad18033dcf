import { pageOffset, type Paged } from "@zorgpact/domain/common";
import type {
  ApplicationRecord,
  FundedPact,
  RegulationDetail,
  RegulationFields,
  RegulationListInput,
  RegulationRecord,
  RegulationSummary,
} from "@zorgpact/domain/regulation";
import type { ExpressionBuilder, Insertable, Kysely, Updateable } from "kysely";
import type { Database } from "../schema.ts";
import type { RegulationApplicationsTable } from "../schema-regulation.ts";
import { containsPattern } from "./search.ts";

type Executor = Kysely<Database>;

const baseColumns = [
  "regulations.id",
  "regulations.slug",
  "regulations.name",
  "regulations.ministry",
  "regulations.purpose",
  "regulations.startYear",
  "regulations.endYear",
  "regulations.budgetCents",
  "regulations.link",
] as const;

// ─── Regelingen ──────────────────────────────────────────────────────────────────────────

export async function insertRegulation(db: Executor, fields: RegulationFields & { slug: string }): Promise<string> {
  const row = await db.insertInto("regulations").values(fields).returning("id").executeTakeFirstOrThrow();
  return row.id;
}

/** Changes a regeling when the stored version matches; false on a stale version. Its slug stays, so links keep working. */
export async function updateRegulationRow(db: Executor, id: string, version: number, fields: RegulationFields, at: Date): Promise<boolean> {
  const result = await db
    .updateTable("regulations")
    .set((eb) => ({ ...fields, version: eb("version", "+", 1), updatedAt: at.toISOString() }))
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** `base`, or `base-2`, `base-3`… whichever is free. */
export async function uniqueRegulationSlug(db: Executor, base: string): Promise<string> {
  const rows = await db
    .selectFrom("regulations")
    .select("slug")
    .where((eb) => eb.or([eb("slug", "=", base), eb("slug", "like", `${base}-%`)]))
    .execute();
  const taken = new Set(rows.map((r) => r.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export async function regulationExists(db: Executor, id: string): Promise<boolean> {
  return (await db.selectFrom("regulations").select("id").where("id", "=", id).executeTakeFirst()) !== undefined;
}

/** The national team's view of one regeling, with every application (draft and archived pacts too). */
export async function findRegulationRecord(db: Executor, id: string): Promise<RegulationRecord | undefined> {
  const row = await db
    .selectFrom("regulations")
    .select([...baseColumns, "regulations.conditions", "regulations.results", "regulations.source", "regulations.version", "regulations.updatedAt"])
    .where("regulations.id", "=", id)
    .executeTakeFirst();
  if (!row) return undefined;
  return { ...row, applications: await listApplications(db, id) };
}

/** Pacts funded: published, unarchived pacts with a honoured application. */
const fundedPactCount = (eb: ExpressionBuilder<Database, "regulations">) =>
  eb
    .selectFrom("regulationApplications")
    .innerJoin("pacts", "pacts.id", "regulationApplications.pactId")
    .select((e) => e.fn.count<number>("regulationApplications.pactId").distinct().as("n"))
    .whereRef("regulationApplications.regulationId", "=", "regulations.id")
    .where("regulationApplications.status", "=", "honoured")
    .where("pacts.publicationStatus", "=", "published")
    .where("pacts.archivedAt", "is", null)
    .as("fundedPactCount");

/** The public list, by name; searched in name and purpose. */
export async function listRegulations(db: Executor, input: RegulationListInput): Promise<Paged<RegulationSummary>> {
  let base = db.selectFrom("regulations");
  if (input.ministry) base = base.where("regulations.ministry", "=", input.ministry);
  if (input.search) {
    const pattern = containsPattern(input.search);
    base = base.where((eb) => eb.or([eb("regulations.name", "ilike", pattern), eb("regulations.purpose", "ilike", pattern)]));
  }
  const [{ total }, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as("total")).executeTakeFirstOrThrow(),
    base
      .select(baseColumns)
      .select(fundedPactCount)
      .orderBy("regulations.name")
      .orderBy("regulations.id")
      .limit(input.pageSize)
      .offset(pageOffset(input))
      .execute(),
  ]);
  return {
    items: rows.map((r) => ({ ...r, fundedPactCount: Number(r.fundedPactCount ?? 0) })),
    total: Number(total),
    page: input.page,
    pageSize: input.pageSize,
  };
}

/** The public page: the regeling, the published pacts it funded and the published chains that name it. */
export async function findRegulationDetail(db: Executor, slug: string): Promise<RegulationDetail | undefined> {
  const row = await db
    .selectFrom("regulations")
    .select([...baseColumns, "regulations.conditions", "regulations.results", "regulations.source"])
    .where("regulations.slug", "=", slug)
    .executeTakeFirst();
  if (!row) return undefined;
  const [funded, uses] = await Promise.all([
    db
      .selectFrom("regulationApplications")
      .innerJoin("pacts", "pacts.id", "regulationApplications.pactId")
      .select([
        "pacts.id",
        "pacts.slug",
        "pacts.name",
        "pacts.kind",
        "regulationApplications.appliedOn",
        "regulationApplications.amountCents",
        "regulationApplications.note",
      ])
      .where("regulationApplications.regulationId", "=", row.id)
      .where("regulationApplications.status", "=", "honoured")
      .where("pacts.publicationStatus", "=", "published")
      .where("pacts.archivedAt", "is", null)
      .orderBy("regulationApplications.appliedOn")
      .orderBy("pacts.name")
      .execute(),
    db
      .selectFrom("chainNodes")
      .innerJoin("pacts", "pacts.id", "chainNodes.pactId")
      .select(["pacts.id", "pacts.slug", "pacts.name", "pacts.kind"])
      .distinct()
      .where("chainNodes.regulationId", "=", row.id)
      .where("pacts.publicationStatus", "=", "published")
      .where("pacts.archivedAt", "is", null)
      .orderBy("pacts.name")
      .execute(),
  ]);
  const fundedPacts: FundedPact[] = funded.map((f) => ({
    pact: { id: f.id, slug: f.slug, name: f.name, kind: f.kind },
    appliedOn: f.appliedOn,
    amountCents: f.amountCents,
    note: f.note,
  }));
  return { ...row, fundedPacts, chainUses: uses };
}

/** Every regeling in name order, for the open data. */
export async function allRegulations(db: Executor, slice?: { limit: number; offset: number }) {
  let query = db
    .selectFrom("regulations")
    .select([...baseColumns, "regulations.conditions", "regulations.results", "regulations.source", "regulations.updatedAt"])
    .select(fundedPactCount)
    .orderBy("regulations.name")
    .orderBy("regulations.id");
  if (slice) query = query.limit(slice.limit).offset(slice.offset);
  return (await query.execute()).map((r) => ({ ...r, fundedPactCount: Number(r.fundedPactCount ?? 0) }));
}

export async function countRegulations(db: Executor): Promise<number> {
  const row = await db
    .selectFrom("regulations")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Names of regelingen by id, e.g. for the inputs of an effect chain. */
export async function regulationNames(db: Executor, ids: readonly string[]): Promise<Map<string, { name: string; slug: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom("regulations").select(["id", "name", "slug"]).where("id", "in", ids).execute();
  return new Map(rows.map((r) => [r.id, { name: r.name, slug: r.slug }]));
}

// ─── Applications ────────────────────────────────────────────────────────────────────────

export async function listApplications(db: Executor, regulationId: string): Promise<ApplicationRecord[]> {
  return db
    .selectFrom("regulationApplications")
    .innerJoin("pacts", "pacts.id", "regulationApplications.pactId")
    .select([
      "regulationApplications.id",
      "regulationApplications.regulationId",
      "regulationApplications.pactId",
      "pacts.name as pactName",
      "regulationApplications.appliedOn",
      "regulationApplications.status",
      "regulationApplications.amountCents",
      "regulationApplications.note",
      "regulationApplications.version",
    ])
    .where("regulationApplications.regulationId", "=", regulationId)
    .orderBy("regulationApplications.appliedOn")
    .orderBy("pacts.name")
    .orderBy("regulationApplications.id")
    .execute();
}

export async function findApplication(db: Executor, id: string) {
  return db
    .selectFrom("regulationApplications")
    .select(["id", "regulationId", "pactId", "appliedOn", "status", "amountCents", "note", "version"])
    .where("id", "=", id)
    .executeTakeFirst();
}

export async function insertApplication(db: Executor, row: Insertable<RegulationApplicationsTable>): Promise<string> {
  return (await db.insertInto("regulationApplications").values(row).returning("id").executeTakeFirstOrThrow()).id;
}

export async function updateApplicationRow(
  db: Executor,
  id: string,
  version: number,
  fields: Updateable<RegulationApplicationsTable>,
  at: Date,
): Promise<boolean> {
  const result = await db
    .updateTable("regulationApplications")
    .set((eb) => ({ ...fields, version: eb("version", "+", 1), updatedAt: at.toISOString() }))
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteApplicationRow(db: Executor, id: string, version: number): Promise<boolean> {
  const result = await db.deleteFrom("regulationApplications").where("id", "=", id).where("version", "=", version).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}
