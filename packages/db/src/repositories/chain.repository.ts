import { chainCompleteness, type ChainLink, type ChainNode } from "@zorgpact/domain/effect-chain";
import type { Indicator } from "@zorgpact/domain/indicator";
import type { PactDetail } from "@zorgpact/domain/pact";
import type { Kysely } from "kysely";
import type { Database } from "../schema.ts";

/** A pact's whole effect chain: nodes, links, indicators with their measurements, completeness. */
export async function loadChain(db: Kysely<Database>, pactId: string): Promise<PactDetail["chain"]> {
  const nodeRows = await db
    .selectFrom("chainNodes")
    .select([
      "id",
      "kind",
      "title",
      "description",
      "termId",
      "amountCents",
      "fte",
      "fundingSource",
      "ownerOrganisationId",
      "periodStart",
      "periodEnd",
      "status",
    ])
    .where("pactId", "=", pactId)
    .orderBy("createdAt")
    .orderBy("id")
    .execute();
  const nodes = nodeRows as ChainNode[];
  const nodeIds = nodes.map((n) => n.id);
  if (nodeIds.length === 0) {
    return { nodes, links: [], indicators: [], completeness: chainCompleteness([], []) };
  }

  const [links, indicatorRows, measurementRows] = await Promise.all([
    db.selectFrom("chainLinks").select(["fromId", "toId"]).where("fromId", "in", nodeIds).execute(),
    db
      .selectFrom("indicators")
      .select(["id", "nodeId", "name", "unit", "direction", "baselineValue", "baselineDate", "targetValue", "targetDate"])
      .where("nodeId", "in", nodeIds)
      .orderBy("name")
      .execute(),
    db
      .selectFrom("measurements")
      .innerJoin("indicators", "indicators.id", "measurements.indicatorId")
      .select([
        "measurements.id",
        "measurements.indicatorId",
        "measurements.measuredOn",
        "measurements.value",
        "measurements.source",
        "measurements.note",
      ])
      .where("indicators.nodeId", "in", nodeIds)
      .orderBy("measurements.measuredOn")
      .execute(),
  ]);

  const indicators: Indicator[] = indicatorRows.map((row) => ({
    ...row,
    direction: row.direction as Indicator["direction"],
    measurements: measurementRows
      .filter((m) => m.indicatorId === row.id)
      .map(({ indicatorId: _indicatorId, ...m }) => m),
  }));
  const chainLinks: ChainLink[] = links;
  return { nodes, links: chainLinks, indicators, completeness: chainCompleteness(nodes, chainLinks) };
}
