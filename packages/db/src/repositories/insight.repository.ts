import { groupedCounts, type InsightTerm, type ResultsAndEffects, type TermCounts } from "@zorgpact/domain/insight";
import type { Kysely } from "kysely";
import type { Database } from "../schema.ts";
import { nationalFigures, type NationalFigures } from "./rollup.repository.ts";

/**
 * For each result area and effect category: the published regional pacts and front-runners whose
 * effect chain has a result or effect with that term, out of the published ones that reported (N).
 * Counted by the rollup (migration 0020), so a request reads ~100 counts and the terms.
 */
export async function resultsAndEffects(db: Kysely<Database>): Promise<ResultsAndEffects> {
  const [figures, terms] = await Promise.all([
    nationalFigures(db, ["reported", "result:regional_pact", "result:front_runner", "effect:regional_pact", "effect:front_runner"]),
    db
      .selectFrom("taxonomyTerms")
      .select(["id", "kind", "label", "parentId"])
      .where("kind", "in", ["result_domain", "result_area", "target_group", "effect_category"])
      .where("retiredAt", "is", null)
      .orderBy("sortOrder")
      .orderBy("label")
      .execute(),
  ]);

  // N: the pacts that reported, i.e. have a result or effect in their chain (as the national report counts).
  const n = { regionalPacts: figures.count("reported", "regional_pact"), frontRunners: figures.count("reported", "front_runner") };
  const ofKind = (kind: string): InsightTerm[] => terms.filter((t) => t.kind === kind).map(({ id, label, parentId }) => ({ id, label, parentId }));
  return {
    n,
    // A result node counts for result areas only and an effect node for effect categories only.
    resultAreas: groupedCounts(ofKind("result_domain"), ofKind("result_area"), termCounts(figures, "result"), n),
    effectCategories: groupedCounts(ofKind("target_group"), ofKind("effect_category"), termCounts(figures, "effect"), n),
  };
}

function termCounts(figures: NationalFigures, nodeKind: "result" | "effect"): TermCounts {
  const counts = new Map<string, { regional: number; frontRunner: number }>();
  for (const [termId, count] of figures.entries(`${nodeKind}:regional_pact`)) counts.set(termId, { regional: count, frontRunner: 0 });
  for (const [termId, count] of figures.entries(`${nodeKind}:front_runner`))
    counts.set(termId, { regional: counts.get(termId)?.regional ?? 0, frontRunner: count });
  return counts;
}
