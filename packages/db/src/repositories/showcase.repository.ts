import { pageOffset, type Paged } from "@zorgpact/domain/common";
import type { ShowcaseItem, ShowcaseListInput, TermRef } from "@zorgpact/domain/showcase";
import type { Kysely } from "kysely";
import type { Database } from "../schema.ts";
import { termsForPacts } from "./taxonomy.repository.ts";
import type { Visibility } from "./visibility.ts";

type Executor = Kysely<Database>;

/** Front-runners for the showcase, filtered and paged, each with its results, effects and follow-up. */
export async function listShowcase(db: Executor, input: ShowcaseListInput, visibility: Visibility): Promise<Paged<ShowcaseItem>> {
  let base = db.selectFrom("pacts").where("pacts.kind", "=", "front_runner").where("pacts.archivedAt", "is", null);
  if (visibility.publishedOnly) base = base.where("pacts.publicationStatus", "=", "published");
  if (input.regionId) base = base.where("pacts.regionId", "=", input.regionId);
  if (input.themeId) {
    const themeId = input.themeId;
    base = base.where((eb) =>
      eb.exists(
        eb.selectFrom("pactThemes").select("pactThemes.pactId").whereRef("pactThemes.pactId", "=", "pacts.id").where("pactThemes.termId", "=", themeId),
      ),
    );
  }
  if (input.resultAreaId) {
    const areaId = input.resultAreaId;
    base = base.where((eb) =>
      eb.exists(
        eb
          .selectFrom("chainNodes")
          .select("chainNodes.id")
          .whereRef("chainNodes.pactId", "=", "pacts.id")
          .where("chainNodes.kind", "=", "result")
          .where("chainNodes.termId", "=", areaId),
      ),
    );
  }
  if (input.targetGroupId) {
    const groupId = input.targetGroupId;
    base = base.where((eb) =>
      eb.exists(
        eb
          .selectFrom("chainNodes")
          .innerJoin("taxonomyTerms", "taxonomyTerms.id", "chainNodes.termId")
          .select("chainNodes.id")
          .whereRef("chainNodes.pactId", "=", "pacts.id")
          .where("chainNodes.kind", "=", "effect")
          .where("taxonomyTerms.parentId", "=", groupId),
      ),
    );
  }

  const [{ total }, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll<string>().as("total")).executeTakeFirstOrThrow(),
    base
      .leftJoin("regions", "regions.id", "pacts.regionId")
      .select([
        "pacts.id",
        "pacts.slug",
        "pacts.name",
        "pacts.description",
        "pacts.parentPactId",
        "pacts.adoption",
        "pacts.consolidationAgreements",
        "regions.id as regionId",
        "regions.name as regionName",
      ])
      .orderBy("pacts.name")
      .orderBy("pacts.id")
      .limit(input.pageSize)
      .offset(pageOffset(input))
      .execute(),
  ]);

  const ids = rows.map((r) => r.id);
  const parentIds = rows.flatMap((r) => (r.parentPactId ? [r.parentPactId] : []));
  const [themes, nodes, parents] = await Promise.all([
    termsForPacts(db, ids),
    ids.length === 0
      ? []
      : db
          .selectFrom("chainNodes")
          .leftJoin("taxonomyTerms as term", "term.id", "chainNodes.termId")
          .leftJoin("taxonomyTerms as parent", "parent.id", "term.parentId")
          .select([
            "chainNodes.id",
            "chainNodes.pactId",
            "chainNodes.kind",
            "chainNodes.title",
            "term.id as termId",
            "term.label as termLabel",
            "parent.id as parentId",
            "parent.label as parentLabel",
          ])
          .where("chainNodes.pactId", "in", ids)
          .where("chainNodes.kind", "in", ["result", "effect"])
          .orderBy("chainNodes.createdAt")
          .orderBy("chainNodes.id")
          .execute(),
    visibleParents(db, parentIds, visibility),
  ]);

  const ref = (id: string | null, label: string | null): TermRef | null => (id && label !== null ? { id, label } : null);
  return {
    items: rows.map((row) => {
      const own = nodes.filter((n) => n.pactId === row.id);
      const parent = row.parentPactId ? parents.get(row.parentPactId) : undefined;
      return {
        id: row.id,
        slug: row.slug,
        name: row.name,
        description: row.description,
        region: row.regionId && row.regionName ? { id: row.regionId, name: row.regionName } : null,
        parentPact: parent ?? null,
        themes: (themes.get(row.id) ?? []).map((t) => ({ id: t.id, label: t.label })),
        results: own.filter((n) => n.kind === "result").map((n) => ({ id: n.id, title: n.title, area: ref(n.termId, n.termLabel) })),
        effects: own
          .filter((n) => n.kind === "effect")
          .map((n) => ({ id: n.id, title: n.title, category: ref(n.termId, n.termLabel), targetGroup: ref(n.parentId, n.parentLabel) })),
        adoption: row.adoption,
        consolidationAgreements: row.consolidationAgreements,
      };
    }),
    total: Number(total),
    page: input.page,
    pageSize: input.pageSize,
  };
}

/** The parent pacts the reader may see, by id: never a draft or archived one for the public. */
async function visibleParents(db: Executor, ids: readonly string[], visibility: Visibility): Promise<Map<string, { slug: string; name: string }>> {
  if (ids.length === 0) return new Map();
  let query = db
    .selectFrom("pacts")
    .select(["id", "slug", "name"])
    .where("id", "in", [...new Set(ids)])
    .where("archivedAt", "is", null);
  if (visibility.publishedOnly) query = query.where("publicationStatus", "=", "published");
  const rows = await query.execute();
  return new Map(rows.map((r) => [r.id, { slug: r.slug, name: r.name }]));
}
