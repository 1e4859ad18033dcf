import { pageOffset, type Paged } from "@zorgpact/domain/common";
import type { TaxonomyAdminListInput, TaxonomyKind, TaxonomyTerm, TaxonomyTermRecord } from "@zorgpact/domain/taxonomy";
import { sql, type Kysely } from "kysely";
import type { Database } from "../schema.ts";
import { containsPattern } from "./search.ts";

const termColumns = ["taxonomyTerms.id", "taxonomyTerms.kind", "taxonomyTerms.label", "taxonomyTerms.parentId", "taxonomyTerms.retiredAt"] as const;

function toTerm(row: { id: string; kind: TaxonomyKind; label: string; parentId: string | null; retiredAt: string | null }): TaxonomyTerm {
  return { id: row.id, kind: row.kind, label: row.label, parentId: row.parentId, retired: row.retiredAt !== null };
}

export async function listTerms(db: Kysely<Database>, kind: TaxonomyKind, options: { includeRetired: boolean }): Promise<TaxonomyTerm[]> {
  let query = db.selectFrom("taxonomyTerms").select(termColumns).where("kind", "=", kind);
  if (!options.includeRetired) query = query.where("retiredAt", "is", null);
  const rows = await query.orderBy("sortOrder").orderBy("label").execute();
  return rows.map(toTerm);
}

/** Themes per pact, for a set of pacts at once. */
export async function termsForPacts(db: Kysely<Database>, pactIds: readonly string[]): Promise<Map<string, TaxonomyTerm[]>> {
  const byPact = new Map<string, TaxonomyTerm[]>();
  if (pactIds.length === 0) return byPact;
  const rows = await db
    .selectFrom("pactThemes")
    .innerJoin("taxonomyTerms", "taxonomyTerms.id", "pactThemes.termId")
    .select([...termColumns, "pactThemes.pactId"])
    .where("pactThemes.pactId", "in", pactIds)
    .orderBy("taxonomyTerms.sortOrder")
    .orderBy("taxonomyTerms.label")
    .execute();
  for (const row of rows) {
    const list = byPact.get(row.pactId) ?? [];
    list.push(toTerm(row));
    byPact.set(row.pactId, list);
  }
  return byPact;
}

// ─── Administration by the national team ──────────────────────────────────────────────────

type Executor = Kysely<Database>;

export async function findTerm(db: Executor, id: string) {
  return db
    .selectFrom("taxonomyTerms")
    .select(["id", "kind", "label", "parentId", "sortOrder", "retiredAt", "version"])
    .where("id", "=", id)
    .executeTakeFirst();
}

/** A term of this kind with this label in any letter case, other than `exceptId`. */
export async function findTermByLabel(db: Executor, kind: TaxonomyKind, label: string, exceptId?: string) {
  let query = db
    .selectFrom("taxonomyTerms")
    .select(["id", "label", "retiredAt"])
    .where("kind", "=", kind)
    .where((eb) => eb(eb.fn("lower", ["label"]), "=", label.toLowerCase()));
  if (exceptId) query = query.where("id", "<>", exceptId);
  return query.executeTakeFirst();
}

export async function nextSortOrder(db: Executor, kind: TaxonomyKind): Promise<number> {
  const row = await db
    .selectFrom("taxonomyTerms")
    .select((eb) => eb.fn.max("sortOrder").as("max"))
    .where("kind", "=", kind)
    .executeTakeFirst();
  return row?.max === null || row?.max === undefined ? 0 : Number(row.max) + 1;
}

export async function insertTermRecord(db: Executor, term: { kind: TaxonomyKind; label: string; parentId: string | null; sortOrder: number }): Promise<string> {
  const row = await db.insertInto("taxonomyTerms").values(term).returning("id").executeTakeFirstOrThrow();
  return row.id;
}

export async function updateTerm(
  db: Executor,
  id: string,
  version: number,
  fields: Partial<{ label: string; parentId: string | null; sortOrder: number; retiredAt: string | null }>,
  at: Date,
): Promise<boolean> {
  const result = await db
    .updateTable("taxonomyTerms")
    .set((eb) => ({ ...fields, version: eb("version", "+", 1), updatedAt: at.toISOString() }))
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteTerm(db: Executor, id: string, version: number): Promise<boolean> {
  const result = await db.deleteFrom("taxonomyTerms").where("id", "=", id).where("version", "=", version).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/**
 * How often each term is referred to: by every foreign key to taxonomy_terms the database
 * knows (pacts' themes, chain nodes, child terms, and whatever later migrations add), so a term
 * in use is never reported as free.
 */
export async function termUsage(db: Executor, ids: readonly string[]): Promise<Map<string, number>> {
  const usage = new Map(ids.map((id) => [id, 0]));
  if (ids.length === 0) return usage;
  const { rows: references } = await sql<{ tableName: string; columnName: string }>`
    select c.conrelid::regclass::text as table_name, a.attname::text as column_name
    from pg_constraint c
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any (c.conkey)
    where c.contype = 'f' and c.confrelid = 'taxonomy_terms'::regclass
    order by 1, 2`.execute(db);
  for (const ref of references) {
    const column = sql.ref(ref.columnName);
    const { rows } = await sql<{ termId: string; n: string }>`
      select ${column} as term_id, count(*) as n from ${sql.table(ref.tableName)}
      where ${column} in (${sql.join(ids)}) group by ${column}`.execute(db);
    for (const row of rows) usage.set(row.termId, (usage.get(row.termId) ?? 0) + Number(row.n));
  }
  return usage;
}

/** The managed list: filtered in the database, sorted and paged here, since usage is counted per term. */
export async function listTermRecords(db: Executor, input: TaxonomyAdminListInput): Promise<Paged<TaxonomyTermRecord>> {
  let query = db
    .selectFrom("taxonomyTerms")
    .leftJoin("taxonomyTerms as parent", "parent.id", "taxonomyTerms.parentId")
    .select([...termColumns, "taxonomyTerms.sortOrder", "taxonomyTerms.version", "taxonomyTerms.updatedAt", "parent.label as parentLabel"]);
  if (input.kind) query = query.where("taxonomyTerms.kind", "=", input.kind);
  if (input.search) query = query.where("taxonomyTerms.label", "ilike", containsPattern(input.search));
  if (input.retired !== undefined) query = query.where("taxonomyTerms.retiredAt", input.retired ? "is not" : "is", null);
  const rows = await query.orderBy("taxonomyTerms.kind").orderBy("taxonomyTerms.sortOrder").orderBy("taxonomyTerms.label").execute();
  const usage = await termUsage(
    db,
    rows.map((r) => r.id),
  );
  const records: TaxonomyTermRecord[] = rows.map((row) => ({
    ...toTerm(row),
    parentLabel: row.parentLabel,
    sortOrder: row.sortOrder,
    usageCount: usage.get(row.id) ?? 0,
    version: row.version,
    updatedAt: row.updatedAt,
  }));
  const sign = input.direction === "asc" ? 1 : -1;
  const compare = {
    sortOrder: (a: TaxonomyTermRecord, b: TaxonomyTermRecord) => a.kind.localeCompare(b.kind) || a.sortOrder - b.sortOrder,
    label: (a: TaxonomyTermRecord, b: TaxonomyTermRecord) => a.label.localeCompare(b.label, "nl"),
    usageCount: (a: TaxonomyTermRecord, b: TaxonomyTermRecord) => a.usageCount - b.usageCount,
  }[input.sort];
  const sorted = records.sort((a, b) => sign * compare(a, b) || a.label.localeCompare(b.label, "nl") || a.id.localeCompare(b.id));
  const start = pageOffset(input);
  return { items: sorted.slice(start, start + input.pageSize), total: sorted.length, page: input.page, pageSize: input.pageSize };
}

export async function findTermRecord(db: Executor, id: string): Promise<TaxonomyTermRecord | undefined> {
  const row = await db
    .selectFrom("taxonomyTerms")
    .leftJoin("taxonomyTerms as parent", "parent.id", "taxonomyTerms.parentId")
    .select([...termColumns, "taxonomyTerms.sortOrder", "taxonomyTerms.version", "taxonomyTerms.updatedAt", "parent.label as parentLabel"])
    .where("taxonomyTerms.id", "=", id)
    .executeTakeFirst();
  if (!row) return undefined;
  const usage = await termUsage(db, [id]);
  return {
    ...toTerm(row),
    parentLabel: row.parentLabel,
    sortOrder: row.sortOrder,
    usageCount: usage.get(id) ?? 0,
    version: row.version,
    updatedAt: row.updatedAt,
  };
}

/** Of these ids, the terms of `kind` that are not retired. */
export async function activeTermIds(db: Executor, kind: TaxonomyKind, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom("taxonomyTerms").select("id").where("kind", "=", kind).where("retiredAt", "is", null).where("id", "in", ids).execute();
  return new Set(rows.map((r) => r.id));
}
