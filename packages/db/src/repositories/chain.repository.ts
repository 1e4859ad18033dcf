import type { AgendaIndicator, AgendaMeasurement, AgendaNode, NodeStoredFields } from "@zorgpact/domain/agenda";
import { chainCompleteness, type ChainLink, type ChainNode } from "@zorgpact/domain/effect-chain";
import type { Indicator, Measurement } from "@zorgpact/domain/indicator";
import type { PactDetail } from "@zorgpact/domain/pact";
import { expressionBuilder, sql, type Kysely } from "kysely";
import type { Database } from "../schema.ts";
import { targetsByIndicator } from "./indicator.repository.ts";

/** How many of an indicator's latest public measurements a pact page gets with the chain. */
export const PUBLIC_SERIES = 12;

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

/** An indicator's fields as the chain shows them (the agenda adds the version it edits). */
const indicatorColumns = [
  "id",
  "nodeId",
  "name",
  "unit",
  "unitKind",
  "direction",
  "frequency",
  "baselineValue",
  "baselineDate",
  "targetValue",
  "targetDate",
] as const;

/**
 * A pact's effect chain: nodes, links, indicators with their latest public measurements (at most
 * PUBLIC_SERIES each, oldest first, with the count of all), completeness.
 */
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

  const [links, indicatorRows, measurementRows, counts] = await Promise.all([
    db.selectFrom("chainLinks").select(["fromId", "toId"]).where("fromId", "in", nodeIds).execute(),
    db.selectFrom("indicators").select(indicatorColumns).where("nodeId", "in", nodeIds).orderBy("name").execute(),
    // The public chain: only approved values, as last approved (review before publication, migration 0015).
    // A bounded series per indicator (the last PUBLIC_SERIES, by measurements_public_idx), whatever the
    // pact's size; the rest on demand (indicatorSeries below).
    latestPublicMeasurements(db, nodeIds),
    publicMeasurementCounts(db, nodeIds),
  ]);

  // Grouped once (a Map), not filtered per indicator: 1,000 indicators × 50,000 rows was half the CPU.
  const series = groupBy(measurementRows, (m) => m.indicatorId);
  const targets = await targetsByIndicator(
    db,
    indicatorRows.map((row) => row.id),
  );
  const indicators: Indicator[] = indicatorRows.map((row) => ({
    ...row,
    direction: row.direction,
    targets: targets.get(row.id) ?? [],
    // The pact page shows no version: it edits nothing.
    measurements: (series.get(row.id) ?? []).map(({ indicatorId: _indicatorId, version: _version, ...m }) => m),
    measurementCount: counts.get(row.id) ?? 0,
  }));
  const chainLinks: ChainLink[] = links;
  return { nodes, links: chainLinks, indicators, completeness: chainCompleteness(nodes, chainLinks) };
}

// ─── The chain as the action agenda edits it ─────────────────────────────────────────────

const agendaNodeColumns = [
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

/**
 * Which measurements come with an agenda's indicators: "full" = every measurement as stored (the
 * admin agenda edits them); "public" = as loadChain gives a pact page: only approved values, as
 * last approved, the latest PUBLIC_SERIES per indicator with the count of all (the rest by
 * pact.indicatorSeries), so the public agenda stays small whatever the pact's size;
 * "public-complete" = every approved one (the public download).
 */
export type AgendaSeries = "full" | "public" | "public-complete";

/** A pact's chain with what editors need: issues, versions, quantities, in-kind contributions. */
export async function loadAgendaChain(db: Kysely<Database>, pactId: string, series: AgendaSeries = "full"): Promise<StoredChain> {
  const nodes = await db.selectFrom("chainNodes").select(agendaNodeColumns).where("pactId", "=", pactId).orderBy("createdAt").orderBy("id").execute();
  const nodeIds = nodes.map((n) => n.id);
  if (nodeIds.length === 0) return { nodes, links: [], indicators: [] };

  const [links, indicatorRows, measurementRows, counts] = await Promise.all([
    db.selectFrom("chainLinks").select(["fromId", "toId"]).where("fromId", "in", nodeIds).orderBy("fromId").orderBy("toId").execute(),
    db
      .selectFrom("indicators")
      .select([...indicatorColumns, "version"])
      .where("nodeId", "in", nodeIds)
      .orderBy("name")
      .orderBy("id")
      .execute(),
    series === "public" ? latestPublicMeasurements(db, nodeIds) : allMeasurements(db, nodeIds, series === "full" ? "working" : "public"),
    series === "public" ? publicMeasurementCounts(db, nodeIds) : undefined,
  ]);
  const targets = await targetsByIndicator(
    db,
    indicatorRows.map((row) => row.id),
  );
  const byIndicator = groupBy(measurementRows, (m) => m.indicatorId);
  return {
    nodes,
    links,
    indicators: indicatorRows.map((row) => ({
      ...row,
      direction: row.direction,
      targets: targets.get(row.id) ?? [],
      measurements: (byIndicator.get(row.id) ?? []).map(({ indicatorId: _indicatorId, ...m }) => m),
      ...(counts ? { measurementCount: counts.get(row.id) ?? 0 } : {}),
    })),
  };
}

/**
 * Which copy of a measurement a read gives: the working copy editors change, or the copy last
 * approved (`public_*`, review before publication, migration 0015), which only approved rows have.
 */
type MeasurementCopy = "working" | "public";

const measurement = expressionBuilder<Database, "measurements">();

/** A copy's date, value, source and note, named as the working copy's. */
const copyColumns = {
  working: [
    measurement.ref("measurements.measuredOn").as("measuredOn"),
    measurement.ref("measurements.value").as("value"),
    measurement.ref("measurements.source").as("source"),
    measurement.ref("measurements.note").as("note"),
  ],
  // Coalesced only for the type: a row with a public value has its public date too (approval copies both).
  public: [
    measurement.fn.coalesce("measurements.publicMeasuredOn", "measurements.measuredOn").as("measuredOn"),
    measurement.fn.coalesce("measurements.publicValue", "measurements.value").as("value"),
    measurement.ref("measurements.publicSource").as("source"),
    measurement.ref("measurements.publicNote").as("note"),
  ],
} as const;

/** Every measurement of the nodes' indicators in that copy, oldest first: every working copy, or every approved one. */
function allMeasurements(db: Kysely<Database>, nodeIds: readonly string[], copy: MeasurementCopy) {
  return db
    .selectFrom("measurements")
    .innerJoin("indicators", "indicators.id", "measurements.indicatorId")
    .select(["measurements.id", "measurements.indicatorId", ...copyColumns[copy], "measurements.version"])
    .where("indicators.nodeId", "in", nodeIds)
    .$if(copy === "public", (query) => query.where("measurements.publicValue", "is not", null))
    .orderBy(copy === "public" ? "measurements.publicMeasuredOn" : "measurements.measuredOn")
    .execute();
}

/** The latest PUBLIC_SERIES approved measurements per indicator (by measurements_public_idx), oldest first. */
function latestPublicMeasurements(db: Kysely<Database>, nodeIds: readonly string[]) {
  return db
    .selectFrom("indicators")
    .innerJoinLateral(
      (eb) =>
        eb
          .selectFrom("measurements")
          .select(["measurements.id", "measurements.indicatorId", ...copyColumns.public, "measurements.version"])
          .whereRef("measurements.indicatorId", "=", "indicators.id")
          .where("measurements.publicValue", "is not", null)
          .orderBy("measurements.publicMeasuredOn", "desc")
          .limit(PUBLIC_SERIES)
          .as("m"),
      (join) => join.onTrue(),
    )
    .select(["m.id", "m.indicatorId", "m.measuredOn", "m.value", "m.source", "m.note", "m.version"])
    .where("indicators.nodeId", "in", nodeIds)
    .orderBy("m.measuredOn")
    .execute();
}

/** How many approved measurements each of the nodes' indicators has. */
async function publicMeasurementCounts(db: Kysely<Database>, nodeIds: readonly string[]): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom("measurements")
    .innerJoin("indicators", "indicators.id", "measurements.indicatorId")
    .select(["measurements.indicatorId", (eb) => eb.fn.countAll<number>().as("n")])
    .where("indicators.nodeId", "in", nodeIds)
    .where("measurements.publicValue", "is not", null)
    .groupBy("measurements.indicatorId")
    .execute();
  return new Map(rows.map((r) => [r.indicatorId, Number(r.n)]));
}

export interface NodeRecord extends AgendaNode {
  pactId: string;
  pactArchived: boolean;
}

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

/** The indicators under a node: what its delete takes with it (their evidence files are removed after). */
export async function indicatorIdsOfNode(db: Kysely<Database>, nodeId: string): Promise<string[]> {
  const rows = await db.selectFrom("indicators").select("id").where("nodeId", "=", nodeId).execute();
  return rows.map((r) => r.id);
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

/**
 * A page of an indicator's public series, newest first, after a cursor (keyset on the approved
 * date and id, along measurements_public_idx); undefined when the indicator is not in a published,
 * unarchived pact.
 */
export async function publicIndicatorSeries(
  db: Kysely<Database>,
  indicatorId: string,
  page: { after?: { measuredOn: string; id: string } | undefined; pageSize: number },
): Promise<{ items: Measurement[]; next: { measuredOn: string; id: string } | null } | undefined> {
  const visible = await db
    .selectFrom("indicators")
    .innerJoin("chainNodes", "chainNodes.id", "indicators.nodeId")
    .innerJoin("pacts", "pacts.id", "chainNodes.pactId")
    .select("indicators.id")
    .where("indicators.id", "=", indicatorId)
    .where("pacts.publicationStatus", "=", "published")
    .where("pacts.archivedAt", "is", null)
    .executeTakeFirst();
  if (!visible) return undefined;
  let query = db
    .selectFrom("measurements")
    .select(["id", "publicMeasuredOn", "publicValue", "publicSource as source", "publicNote as note"])
    .where("indicatorId", "=", indicatorId)
    .where("publicValue", "is not", null)
    .orderBy("publicMeasuredOn", "desc")
    .orderBy("id", "desc")
    .limit(page.pageSize + 1);
  const after = page.after;
  if (after) query = query.where(sql<boolean>`(public_measured_on, id) < (${after.measuredOn}::date, ${after.id}::uuid)`);
  const rows = await query.execute();
  const items = rows
    .slice(0, page.pageSize)
    .flatMap(({ publicMeasuredOn, publicValue, ...rest }) =>
      publicMeasuredOn === null || publicValue === null ? [] : [{ ...rest, measuredOn: publicMeasuredOn, value: publicValue }],
    );
  const last = items.at(-1);
  return { items, next: rows.length > page.pageSize && last ? { measuredOn: last.measuredOn, id: last.id } : null };
}
