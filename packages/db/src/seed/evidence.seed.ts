import type { Kysely, Transaction } from "kysely";
import type { Database } from "../schema.ts";
import type { Ids } from "./demo.ts";

/**
 * One demo link, so the evidence list and the public "onderbouwing" are not empty in the demo: on
 * the latest approved measurement of the first published pact (by slug) that has one. No seed
 * letter holds evidence, so it is labelled demodata and points at example.org (reserved for examples).
 */
export async function seedEvidence(trx: Transaction<Database> | Kysely<Database>, ids: Ids): Promise<void> {
  const pactIds = [...ids.pact.values()];
  if (pactIds.length === 0) return;
  const measurement = await trx
    .selectFrom("measurements")
    .innerJoin("indicators", "indicators.id", "measurements.indicatorId")
    .innerJoin("chainNodes", "chainNodes.id", "indicators.nodeId")
    .innerJoin("pacts", "pacts.id", "chainNodes.pactId")
    .select("measurements.id")
    .where("pacts.id", "in", pactIds)
    .where("pacts.publicationStatus", "=", "published")
    .where("measurements.publicValue", "is not", null)
    .orderBy("pacts.slug")
    .orderBy("measurements.measuredOn", "desc")
    .orderBy("measurements.id")
    .executeTakeFirst();
  if (!measurement) return;
  await trx
    .insertInto("evidence")
    .values({ measurementId: measurement.id, kind: "link", title: "Voorbeeld van een onderbouwing (demodata)", url: "https://example.org/zorgpact/monitor" })
    .execute();
}
