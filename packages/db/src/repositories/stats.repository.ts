import type { NationalStats } from "@zorgpact/domain/stats";
import { pactKinds, type PactKind } from "@zorgpact/domain/pact";
import { phases, type PhaseNumber } from "@zorgpact/domain/phase";
import type { Kysely } from "kysely";
import type { Database } from "../schema.ts";
import { nationalFigures } from "./rollup.repository.ts";

/**
 * Everything of `stats.national` but `adoption`, which the router adds from the report repository.
 * Counts of published pacts from the rollup (migration 0020); the themes' labels and order from the taxonomy.
 */
export async function nationalStats(db: Kysely<Database>): Promise<Omit<NationalStats, "adoption">> {
  const [figures, themes] = await Promise.all([
    nationalFigures(db, ["kind", "phase", "theme:regional_pact", "theme:front_runner"]),
    db
      .selectFrom("taxonomyTerms")
      .select(["id", "label"])
      .where("kind", "=", "theme")
      .where("retiredAt", "is", null)
      .orderBy("sortOrder")
      .orderBy("label")
      .execute(),
  ]);
  return {
    countsByKind: pactKinds.map((kind: PactKind) => ({ kind, count: figures.count("kind", kind) })),
    phaseDistribution: phases.map((phase) => ({ phase: phase.number as PhaseNumber, count: figures.count("phase", String(phase.number)) })),
    themeCoverage: themes.map((theme) => ({
      themeId: theme.id,
      label: theme.label,
      regionalPacts: figures.count("theme:regional_pact", theme.id),
      frontRunners: figures.count("theme:front_runner", theme.id),
    })),
  };
}
