import type { TaxonomyKind, TaxonomyTerm } from "@zorgpact/domain/taxonomy";
import type { Kysely } from "kysely";
import type { Database } from "../schema.ts";

const termColumns = ["taxonomyTerms.id", "taxonomyTerms.kind", "taxonomyTerms.label", "taxonomyTerms.parentId", "taxonomyTerms.retiredAt"] as const;

function toTerm(row: { id: string; kind: string; label: string; parentId: string | null; retiredAt: string | null }): TaxonomyTerm {
  return { id: row.id, kind: row.kind as TaxonomyKind, label: row.label, parentId: row.parentId, retired: row.retiredAt !== null };
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
