import type { NationalStats } from "@zorgpact/domain/stats";
import { pactKinds, type PactKind } from "@zorgpact/domain/pact";
import { phases, type PhaseNumber } from "@zorgpact/domain/phase";
import type { Kysely } from "kysely";
import type { Database } from "../schema.ts";
import type { Visibility } from "./visibility.ts";

/** Everything of `stats.national` but `adoption`, which the router adds from the report repository. */
export async function nationalStats(db: Kysely<Database>, visibility: Visibility): Promise<Omit<NationalStats, "adoption">> {
  let pacts = db.selectFrom("pacts").where("archivedAt", "is", null);
  if (visibility.publishedOnly) pacts = pacts.where("publicationStatus", "=", "published");

  const [kindRows, phaseRows, themeRows] = await Promise.all([
    pacts
      .select(["kind", (eb) => eb.fn.countAll<string>().as("count")])
      .groupBy("kind")
      .execute(),
    pacts
      .select(["currentPhase", (eb) => eb.fn.countAll<string>().as("count")])
      .where("kind", "=", "regional_pact")
      .where("currentPhase", "is not", null)
      .groupBy("currentPhase")
      .execute(),
    db
      .selectFrom("taxonomyTerms")
      .leftJoin("pactThemes", "pactThemes.termId", "taxonomyTerms.id")
      .leftJoin(pacts.select(["id", "kind"]).as("p"), (join) => join.onRef("p.id", "=", "pactThemes.pactId"))
      .select((eb) => [
        "taxonomyTerms.id as themeId",
        "taxonomyTerms.label",
        eb.fn.count<string>("p.id").filterWhere("p.kind", "=", "regional_pact").as("regionalPacts"),
        eb.fn.count<string>("p.id").filterWhere("p.kind", "=", "front_runner").as("frontRunners"),
      ])
      .where("taxonomyTerms.kind", "=", "theme")
      .where("taxonomyTerms.retiredAt", "is", null)
      .groupBy(["taxonomyTerms.id", "taxonomyTerms.label", "taxonomyTerms.sortOrder"])
      .orderBy("taxonomyTerms.sortOrder")
      .orderBy("taxonomyTerms.label")
      .execute(),
  ]);

  const count = (row?: { count: string }) => Number(row?.count ?? 0);

  return {
    countsByKind: pactKinds.map((kind: PactKind) => ({ kind, count: count(kindRows.find((r) => r.kind === kind)) })),
    phaseDistribution: phases.map((phase) => ({
      phase: phase.number as PhaseNumber,
      count: count(phaseRows.find((r) => r.currentPhase === phase.number)),
    })),
    themeCoverage: themeRows.map((row) => ({
      themeId: row.themeId,
      label: row.label,
      regionalPacts: Number(row.regionalPacts),
      frontRunners: Number(row.frontRunners),
    })),
  };
}
