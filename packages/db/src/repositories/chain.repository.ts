import type { AgendaIndicator, AgendaMeasurement, AgendaNode, NodeStoredFields } from "@zorgpact/domain/agenda";
import { chainCompleteness, type ChainLink, type ChainNode } from "@zorgpact/domain/effect-chain";
import type { Indicator } from "@zorgpact/domain/indicator";
import type { PactDetail } from "@zorgpact/domain/pact";
import type { Kysely } from "kysely";
import type { Database } from "../schema.ts";
import { targetsByIndicator } from "./indicator.repository.ts";

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
      "regulationId",
      "ownerOrganisationId",
      "periodStart",
      "periodEnd",
      "status",
    ])
    .where("pactId", "=", pactId)
    .orderBy("createdAt")
    .orderBy("id")
    .execute();
  const nodes: ChainNode[] = nodeRows;
  const nodeIds = nodes.map((n) => n.id);
  if (nodeIds.length === 0) {
    return { nodes, links: [], indicators: [], completeness: chainCompleteness([], []) };
  }

  const [links, indicatorRows, measurementRows] = await Promise.all([
    db.selectFrom("chainLinks").select(["fromId", "toId"]).where("fromId", "in", nodeIds).execute(),
    db
      .selectFrom("indicators")
      .select(["id", "nodeId", "name", "unit", "unitKind", "direction", "frequency", "baselineValue", "baselineDate", "targetValue", "targetDate"])
      .where("nodeId", "in", nodeIds)
      .orderBy("name")
      .execute(),
    db
      // The public chain: only approved values, as last approved (review before publication, migration 0015).
      .selectFrom("measurements")
      .innerJoin("indicators", "indicators.id", "measurements.indicatorId")
      .select((eb) => [
        "measurements.id",
        "measurements.indicatorId",
        eb.fn.coalesce("measurements.publicMeasuredOn", "measurements.measuredOn").as("measuredOn"),
        eb.fn.coalesce("measurements.publicValue", "measurements.value").as("value"),
        "measurements.publicSource as source",
        "measurements.publicNote as note",
      ])
      .where("indicators.nodeId", "in", nodeIds)
      .where("measurements.publicValue", "is not", null)
      .orderBy("measuredOn")
      .execute(),
  ]);

  const indicators: Indicator[] = indicatorRows.map((row) => ({
    ...row,
    direction: row.direction,
    measurements: measurementRows.filter((m) => m.indicatorId === row.id).map(({ indicatorId: _indicatorId, ...m }) => m),
  }));
  const chainLinks: ChainLink[] = links;
  return { nodes, links: chainLinks, indicators, completeness: chainCompleteness(nodes, chainLinks) };
}

  const targets = await targetsByIndicator(db, indicatorRows.map((row) => row.id));
// ─── The chain as the action agenda edits it ─────────────────────────────────────────────

const agendaNodeColumns = [
    targets: targets.get(row.id) ?? [],
  "id",
  "issueId",
  "kind",
  "title",
  "description",
  "termId",
  "amountCents",
  "fte",
  "inKind",
  "fundingSource",
  "regulationId",
  "ownerOrganisationId",
  "periodStart",
  "periodEnd",
  "status",
  "quantity",
  "unit",
  "version",
] as const;

export interface StoredChain {
  nodes: AgendaNode[];
  links: ChainLink[];
  indicators: (Omit<AgendaIndicator, "progress" | "measurements"> & { measurements: AgendaMeasurement[] })[];
}

/** A pact's chain with what editors need: issues, versions, quantities, in-kind contributions. */
export async function loadAgendaChain(db: Kysely<Database>, pactId: string): Promise<StoredChain> {
  const nodes = await db.selectFrom("chainNodes").select(agendaNodeColumns).where("pactId", "=", pactId).orderBy("createdAt").orderBy("id").execute();
  const nodeIds = nodes.map((n) => n.id);
  if (nodeIds.length === 0) return { nodes, links: [], indicators: [] };

  const [links, indicatorRows, measurementRows] = await Promise.all([
    db.selectFrom("chainLinks").select(["fromId", "toId"]).where("fromId", "in", nodeIds).orderBy("fromId").orderBy("toId").execute(),
    db
      .selectFrom("indicators")
      .select(["id", "nodeId", "name", "unit", "unitKind", "direction", "frequency", "baselineValue", "baselineDate", "targetValue", "targetDate", "version"])
      .where("nodeId", "in", nodeIds)
      .orderBy("name")
      .orderBy("id")
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
        "measurements.version",
      ])
      .where("indicators.nodeId", "in", nodeIds)
      .orderBy("measurements.measuredOn")
      .execute(),
  ]);
  return {
    nodes,
    links,
    indicators: indicatorRows.map((row) => ({
      ...row,
      direction: row.direction,
      measurements: measurementRows.filter((m) => m.indicatorId === row.id).map(({ indicatorId: _indicatorId, ...m }) => m),
    })),
  };
  const targets = await targetsByIndicator(db, indicatorRows.map((row) => row.id));
}

export interface NodeRecord extends AgendaNode {
  pactId: string;
  pactArchived: boolean;
}
      targets: targets.get(row.id) ?? [],

export async function findNode(db: Kysely<Database>, id: string): Promise<NodeRecord | undefined> {
  const row = await db
    .selectFrom("chainNodes")
    .innerJoin("pacts", "pacts.id", "chainNodes.pactId")
    .select([...agendaNodeColumns.map((c) => `chainNodes.${c}` as const), "chainNodes.pactId", "pacts.archivedAt"])
    .where("chainNodes.id", "=", id)
    .executeTakeFirst();
  if (!row) return undefined;
  const { archivedAt, ...node } = row;
  return { ...node, pactArchived: archivedAt !== null };
}

export async function findNodes(db: Kysely<Database>, ids: readonly string[]): Promise<NodeRecord[]> {
  const found = await Promise.all([...new Set(ids)].map((id) => findNode(db, id)));
  return found.filter((n): n is NodeRecord => n !== undefined);
}

export async function insertChainNode(db: Kysely<Database>, pactId: string, issueId: string, fields: NodeStoredFields): Promise<string> {
  const row = await db
    .insertInto("chainNodes")
    .values({ pactId, issueId, ...fields })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateChainNode(
  db: Kysely<Database>,
  id: string,
  version: number,
  fields: Omit<NodeStoredFields, "kind"> & { issueId: string | null },
): Promise<boolean> {
  const result = await db
    .updateTable("chainNodes")
    .set((eb) => ({ ...fields, version: eb("version", "+", 1), updatedAt: new Date().toISOString() }))
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Deletes a node; its links, indicators and measurements go with it. */
export async function deleteChainNode(db: Kysely<Database>, id: string, version: number): Promise<boolean> {
  const result = await db.deleteFrom("chainNodes").where("id", "=", id).where("version", "=", version).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export async function linkExists(db: Kysely<Database>, link: ChainLink): Promise<boolean> {
  const row = await db.selectFrom("chainLinks").select("fromId").where("fromId", "=", link.fromId).where("toId", "=", link.toId).executeTakeFirst();
  return row !== undefined;
}

export async function insertChainLink(db: Kysely<Database>, link: ChainLink): Promise<void> {
  await db.insertInto("chainLinks").values(link).execute();
}

export async function deleteChainLink(db: Kysely<Database>, link: ChainLink): Promise<boolean> {
  const result = await db.deleteFrom("chainLinks").where("fromId", "=", link.fromId).where("toId", "=", link.toId).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export async function countNodeDependents(db: Kysely<Database>, id: string): Promise<{ links: number; indicators: number; measurements: number }> {
  const [links, indicators, measurements] = await Promise.all([
    db
      .selectFrom("chainLinks")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where((eb) => eb.or([eb("fromId", "=", id), eb("toId", "=", id)]))
      .executeTakeFirstOrThrow(),
    db
      .selectFrom("indicators")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("nodeId", "=", id)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom("measurements")
      .innerJoin("indicators", "indicators.id", "measurements.indicatorId")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("indicators.nodeId", "=", id)
      .executeTakeFirstOrThrow(),
  ]);
  return { links: Number(links.n), indicators: Number(indicators.n), measurements: Number(measurements.n) };
}
