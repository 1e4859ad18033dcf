import { pageOffset } from "@zorgpact/domain/common";
import { SEARCH_PAGE_SIZE, searchExcerpt, type SearchInput, type SearchPactHit, type SearchResult } from "@zorgpact/domain/search";
import { sql, type Kysely } from "kysely";
import type { Database } from "../schema.ts";
import { containsPattern } from "./search.ts";
import type { Visibility } from "./visibility.ts";

/**
 * Pacts of every kind whose name or description contains the query, name matches first, and the
 * themes whose label contains it with the number of visible pacts that have them.
 */
export async function searchPublic(db: Kysely<Database>, input: SearchInput, visibility: Visibility): Promise<SearchResult> {
  const pattern = containsPattern(input.q);
  let pacts = db
    .selectFrom("pacts")
    .where("pacts.archivedAt", "is", null)
    .where((eb) => eb.or([eb("pacts.name", "ilike", pattern), eb("pacts.description", "ilike", pattern)]));
  if (visibility.publishedOnly) pacts = pacts.where("pacts.publicationStatus", "=", "published");

  let visiblePacts = db.selectFrom("pacts").select(["pacts.id"]).where("pacts.archivedAt", "is", null);
  if (visibility.publishedOnly) visiblePacts = visiblePacts.where("pacts.publicationStatus", "=", "published");

  const nameMatch = sql<number>`case when ${sql.ref("pacts.name")} ilike ${pattern} then 0 else 1 end`;
  const [{ total }, rows, themes] = await Promise.all([
    pacts.select((eb) => eb.fn.countAll<string>().as("total")).executeTakeFirstOrThrow(),
    pacts
      .leftJoin("regions", "regions.id", "pacts.regionId")
      .select(["pacts.id", "pacts.slug", "pacts.name", "pacts.kind", "pacts.description", "regions.name as regionName", nameMatch.as("rank")])
      .orderBy("rank")
      .orderBy("pacts.name")
      .orderBy("pacts.id")
      .limit(SEARCH_PAGE_SIZE)
      .offset(pageOffset({ page: input.page, pageSize: SEARCH_PAGE_SIZE }))
      .execute(),
    db
      .selectFrom("taxonomyTerms")
      .leftJoin("pactThemes", "pactThemes.termId", "taxonomyTerms.id")
      .leftJoin(visiblePacts.as("p"), (join) => join.onRef("p.id", "=", "pactThemes.pactId"))
      .select((eb) => ["taxonomyTerms.id", "taxonomyTerms.label", eb.fn.count<string>("p.id").as("pactCount")])
      .where("taxonomyTerms.kind", "=", "theme")
      .where("taxonomyTerms.retiredAt", "is", null)
      .where("taxonomyTerms.label", "ilike", pattern)
      .groupBy(["taxonomyTerms.id", "taxonomyTerms.label", "taxonomyTerms.sortOrder"])
      .orderBy("taxonomyTerms.sortOrder")
      .orderBy("taxonomyTerms.label")
      .execute(),
  ]);

  return {
    q: input.q,
    pacts: {
      items: rows.map((row): SearchPactHit => ({
        id: row.id,
        slug: row.slug,
        name: row.name,
        kind: row.kind,
        regionName: row.regionName,
        excerpt: searchExcerpt(row.description, input.q),
        matchedOn: Number(row.rank) === 0 ? "name" : "description",
      })),
      total: Number(total),
      page: input.page,
      pageSize: SEARCH_PAGE_SIZE,
    },
    themes: themes.map((t) => ({ id: t.id, label: t.label, pactCount: Number(t.pactCount) })),
  };
}
