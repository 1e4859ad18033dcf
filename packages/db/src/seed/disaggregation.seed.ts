import type { Kysely, Transaction } from "kysely";
import { publishBreakdowns } from "../repositories/disaggregation.repository.ts";
import type { Database } from "../schema.ts";
import type { Ids } from "./demo.ts";

/**
 * Demo dimensions (mbo-niveau 1–4 and geslacht: the levels of the Dutch mbo and the usual
 * registration categories) and two breakdowns of seeded measurements. The dimensions are real
 * concepts; the split figures are invented and say so in their source ("demodata"). The seeded
 * measurements are approved, so their breakdowns are public too (the public copy of migration
 * 0023 is written here: seeds run after the migration's backfill).
 */
const DIMENSIONS = [
  { label: "Mbo-niveau", description: "Niveau van de mbo-opleiding (1 tot en met 4).", categories: ["Niveau 1", "Niveau 2", "Niveau 3", "Niveau 4"] },
  { label: "Geslacht", description: "Geslacht zoals geregistreerd door de instelling.", categories: ["Vrouw", "Man", "Anders of onbekend"] },
] as const;

/** Breakdowns of seeded measurements (chains.data.ts): parts add up to the seeded total. */
const BREAKDOWNS = [
  {
    pact: "zorgtechniek-limburg",
    indicator: "Studenten in de opleiding zorgtechnicus",
    measuredOn: "2017-10-01",
    dimension: "Mbo-niveau",
    parts: { "Niveau 3": 31, "Niveau 4": 55 },
  },
  {
    pact: "zorgtechniek-limburg",
    indicator: "Studenten in de opleiding zorgtechnicus",
    measuredOn: "2017-10-01",
    dimension: "Geslacht",
    parts: { Vrouw: 22, Man: 63, "Anders of onbekend": 1 },
  },
  {
    pact: "zorgpact-noord",
    indicator: "Uitval in het eerste opleidingsjaar",
    measuredOn: "2017-12-31",
    dimension: "Mbo-niveau",
    parts: { "Niveau 2": 21.3, "Niveau 3": 15.8, "Niveau 4": 11.2 },
  },
] as const;

export async function seedDisaggregation(trx: Transaction<Database> | Kysely<Database>, ids: Ids): Promise<void> {
  const categoryIds = new Map<string, string>();
  const dimensionIds = new Map<string, string>();
  for (const dimension of DIMENSIONS) {
    const { id } = await trx
      .insertInto("dimensions")
      .values({ label: dimension.label, description: dimension.description })
      .returning("id")
      .executeTakeFirstOrThrow();
    dimensionIds.set(dimension.label, id);
    for (const [index, label] of dimension.categories.entries()) {
      const category = await trx
        .insertInto("dimensionCategories")
        .values({ dimensionId: id, label, sortOrder: (index + 1) * 10 })
        .returning("id")
        .executeTakeFirstOrThrow();
      categoryIds.set(`${dimension.label}:${label}`, category.id);
    }
  }
  const approved = new Set<string>();
  for (const breakdown of BREAKDOWNS) {
    const pactId = ids.pact.get(breakdown.pact);
    if (!pactId) continue;
    const measurement = await trx
      .selectFrom("measurements")
      .innerJoin("indicators", "indicators.id", "measurements.indicatorId")
      .innerJoin("chainNodes", "chainNodes.id", "indicators.nodeId")
      .select(["measurements.id", "measurements.indicatorId", "measurements.reviewStatus"])
      .where("chainNodes.pactId", "=", pactId)
      .where("indicators.name", "=", breakdown.indicator)
      .where("measurements.measuredOn", "=", breakdown.measuredOn)
      .executeTakeFirst();
    if (!measurement) throw new Error(`Demo seed: no measurement "${breakdown.indicator}" on ${breakdown.measuredOn}`);
    if (measurement.reviewStatus === "approved") approved.add(measurement.id);
    const dimensionId = dimensionIds.get(breakdown.dimension)!;
    await trx
      .insertInto("indicatorDimensions")
      .values({ indicatorId: measurement.indicatorId, dimensionId })
      .onConflict((oc) => oc.doNothing())
      .execute();
    const { id: breakdownId } = await trx
      .insertInto("measurementBreakdowns")
      .values({ measurementId: measurement.id, dimensionId, source: "demodata" })
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx
      .insertInto("measurementParts")
      .values(
        Object.entries(breakdown.parts).map(([label, value]) => ({ breakdownId, categoryId: categoryIds.get(`${breakdown.dimension}:${label}`)!, value })),
      )
      .execute();
  }
  await publishBreakdowns(trx, [...approved]);
}
