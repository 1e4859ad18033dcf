import { pageOffset } from "@zorgpact/domain/common";
import { SEARCH_PAGE_SIZE, searchExcerpt, type SearchInput, type SearchOrganisationHit, type SearchPactHit, type SearchResult } from "@zorgpact/domain/search";
import { sql, type Kysely } from "kysely";
import type { Database } from "../schema.ts";
import { containsPattern } from "./search.ts";
import type { Visibility } from "./visibility.ts";

/**
 * Pacts of every kind whose name, description or a partner organisation's name contains the query
 * (name matches first, then partner matches), the themes whose label contains it with the number
 * of visible pacts that have them, and the organisations whose name contains it with the visible
 * pacts they take part in (an organisation in no visible pact is not shown).
 */
export async function searchPublic(db: Kysely<Database>, input: SearchInput, visibility: Visibility): Promise<SearchResult> {
  const pattern = containsPattern(input.q);
  const matchingPartner = db
    .selectFrom("pactParticipants")
    .innerJoin("organisations", "organisations.id", "pactParticipants.organisationId")
    // Correlated with the outer pacts query.
    .where("pactParticipants.pactId", "=", sql<string>`${sql.ref("pacts.id")}`)
    .where("organisations.name", "ilike", pattern);
  let pacts = db
    .selectFrom("pacts")
    .where("pacts.archivedAt", "is", null)
    .where((eb) =>
      eb.or([eb("pacts.name", "ilike", pattern), eb("pacts.description", "ilike", pattern), eb.exists(matchingPartner.select("organisations.id"))]),
    );
  if (visibility.publishedOnly) pacts = pacts.where("pacts.publicationStatus", "=", "published");

  let visiblePacts = db.selectFrom("pacts").select(["pacts.id"]).where("pacts.archivedAt", "is", null);
  if (visibility.publishedOnly) visiblePacts = visiblePacts.where("pacts.publicationStatus", "=", "published");

  const partnerName = matchingPartner.select("organisations.name").orderBy("organisations.name").limit(1);
  const rank = sql<number>`case when ${sql.ref("pacts.name")} ilike ${pattern} then 0 when exists (${matchingPartner.select("organisations.id")}) then 1 else 2 end`;
  const [{ total }, rows, themes, organisations] = await Promise.all([
    pacts.select((eb) => eb.fn.countAll<string>().as("total")).executeTakeFirstOrThrow(),
    pacts
      .leftJoin("regions", "regions.id", "pacts.regionId")
      .select([
        "pacts.id",
        "pacts.slug",
        "pacts.name",
        "pacts.kind",
        "pacts.description",
        "regions.name as regionName",
        rank.as("rank"),
        partnerName.as("partnerName"),
      ])
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
    db
      .selectFrom("organisations")
      .innerJoin("pactParticipants", "pactParticipants.organisationId", "organisations.id")
      .innerJoin(visiblePacts.select(["pacts.slug", "pacts.name"]).as("p"), (join) => join.onRef("p.id", "=", "pactParticipants.pactId"))
      .select(["organisations.id", "organisations.name", "organisations.place", "p.slug as pactSlug", "p.name as pactName"])
      .where("organisations.name", "ilike", pattern)
      .orderBy("organisations.name")
      .orderBy("organisations.id")
      .orderBy("p.name")
      .limit(200)
      .execute(),
  ]);

  const organisationHits = new Map<string, SearchOrganisationHit>();
  for (const row of organisations) {
    const hit = organisationHits.get(row.id) ?? { id: row.id, name: row.name, place: row.place, pacts: [] };
    hit.pacts.push({ slug: row.pactSlug, name: row.pactName });
    organisationHits.set(row.id, hit);
  }

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
        matchedOn: Number(row.rank) === 0 ? "name" : Number(row.rank) === 1 ? "partner" : "description",
        partnerName: Number(row.rank) === 1 ? (row.partnerName ?? null) : null,
      })),
      total: Number(total),
      page: input.page,
      pageSize: SEARCH_PAGE_SIZE,
    },
    themes: themes.map((t) => ({ id: t.id, label: t.label, pactCount: Number(t.pactCount) })),
    // A few dozen at most: the organisations' list is short and each names only its visible pacts.
    organisations: [...organisationHits.values()].slice(0, SEARCH_PAGE_SIZE),
  };
}
