import { groupedShares, type InsightTerm, type ResultsAndEffects, type TermMention } from "@zorgpact/domain/insight";
import type { PactKind } from "@zorgpact/domain/pact";
import type { Kysely } from "kysely";
import type { Database } from "../schema.ts";
import type { Visibility } from "./visibility.ts";

const countedKinds = ["regional_pact", "front_runner"] as const;
/** The query already keeps to these kinds; the guard tells the compiler so. */
const isCountedKind = (kind: PactKind): kind is TermMention["pactKind"] => kind === "regional_pact" || kind === "front_runner";

/**
 * For each result area and effect category: the visible regional pacts and front-runners whose
 * effect chain has a result or effect with that term, out of the visible ones that reported (N).
 */
export async function resultsAndEffects(db: Kysely<Database>, visibility: Visibility): Promise<ResultsAndEffects> {
  let pacts = db.selectFrom("pacts").where("pacts.archivedAt", "is", null).where("pacts.kind", "in", countedKinds);
  if (visibility.publishedOnly) pacts = pacts.where("pacts.publicationStatus", "=", "published");

  const [kindCounts, mentions, terms] = await Promise.all([
    // N: the pacts that reported, i.e. have a result or effect in their chain (as the national report counts).
    pacts
      .select(["pacts.kind", (eb) => eb.fn.countAll<string>().as("count")])
      .where(({ exists, selectFrom }) =>
        exists(
          selectFrom("chainNodes").select("chainNodes.id").whereRef("chainNodes.pactId", "=", "pacts.id").where("chainNodes.kind", "in", ["result", "effect"]),
        ),
      )
      .groupBy("pacts.kind")
      .execute(),
    pacts
      .innerJoin("chainNodes", "chainNodes.pactId", "pacts.id")
      .select(["chainNodes.termId", "chainNodes.kind as nodeKind", "pacts.id as pactId", "pacts.kind as pactKind"])
      .distinct()
      .where("chainNodes.kind", "in", ["result", "effect"])
      .where("chainNodes.termId", "is not", null)
      .execute(),
    db
      .selectFrom("taxonomyTerms")
      .select(["id", "kind", "label", "parentId"])
      .where("kind", "in", ["result_domain", "result_area", "target_group", "effect_category"])
      .where("retiredAt", "is", null)
      .orderBy("sortOrder")
      .orderBy("label")
      .execute(),
  ]);

  const n = {
    regionalPacts: Number(kindCounts.find((r) => r.kind === "regional_pact")?.count ?? 0),
    frontRunners: Number(kindCounts.find((r) => r.kind === "front_runner")?.count ?? 0),
  };
  const ofKind = (kind: string): InsightTerm[] => terms.filter((t) => t.kind === kind).map(({ id, label, parentId }) => ({ id, label, parentId }));
  // A result node counts for result areas only and an effect node for effect categories only.
  const mentionsOf = (nodeKind: string): TermMention[] =>
    mentions.flatMap(({ termId, nodeKind: kind, pactId, pactKind }) =>
      kind === nodeKind && termId !== null && isCountedKind(pactKind) ? [{ termId, pactId, pactKind }] : [],
    );

  return {
    n,
    resultAreas: groupedShares(ofKind("result_domain"), ofKind("result_area"), mentionsOf("result"), n),
    effectCategories: groupedShares(ofKind("target_group"), ofKind("effect_category"), mentionsOf("effect"), n),
  };
}
