import type { IndicatorFields, PeriodTargetInput, StoredPeriodTarget } from "@zorgpact/domain/indicator";
import type { ImportIndicator } from "@zorgpact/domain/measurement-import";
import { sql, type Kysely } from "kysely";
import type { Database } from "../schema.ts";

type Executor = Kysely<Database>;

export interface IndicatorRecord extends IndicatorFields {
  id: string;
  nodeId: string;
  version: number;
  pactId: string;
  pactArchived: boolean;
}

/** The columns of an indicator's plan (domain `indicatorPlanShape`): what its status is read against. */
export const indicatorPlanColumns = [
  "indicators.unit",
  "indicators.unitKind",
  "indicators.direction",
  "indicators.frequency",
  "indicators.baselineValue",
  "indicators.baselineDate",
  "indicators.targetValue",
  "indicators.targetDate",
] as const;

export async function findIndicator(db: Executor, id: string): Promise<IndicatorRecord | undefined> {
  const row = await db
    .selectFrom("indicators")
    .innerJoin("chainNodes", "chainNodes.id", "indicators.nodeId")
    .innerJoin("pacts", "pacts.id", "chainNodes.pactId")
    .select(["indicators.id", "indicators.nodeId", "indicators.name", ...indicatorPlanColumns, "indicators.version", "chainNodes.pactId", "pacts.archivedAt"])
    .where("indicators.id", "=", id)
    .executeTakeFirst();
  if (!row) return undefined;
  const { archivedAt, ...indicator } = row;
  const targets = await listTargetsOf(db, id);
  return { ...indicator, direction: indicator.direction, targets, pactArchived: archivedAt !== null };
}

/** An indicator's targets per period, in period order (see domain/indicator-period.ts). */
export async function listTargetsOf(db: Executor, indicatorId: string): Promise<StoredPeriodTarget[]> {
  return db
    .selectFrom("indicatorTargets")
    .select(["periodStart", "targetValue as value", "source"])
    .where("indicatorId", "=", indicatorId)
    .orderBy("periodStart")
    .execute();
}

/** The targets per period of many indicators at once, by indicator id. */
export async function targetsByIndicator(db: Executor, indicatorIds: readonly string[]): Promise<Map<string, StoredPeriodTarget[]>> {
  const byId = new Map<string, StoredPeriodTarget[]>();
  if (indicatorIds.length === 0) return byId;
  const rows = await db
    .selectFrom("indicatorTargets")
    .select(["indicatorId", "periodStart", "targetValue as value", "source"])
    .where("indicatorId", "in", indicatorIds)
    .orderBy("periodStart")
    .execute();
  for (const { indicatorId, ...target } of rows) byId.set(indicatorId, [...(byId.get(indicatorId) ?? []), target]);
  return byId;
}

/**
 * Replaces an indicator's targets per period: they are edited as one list with the indicator. A target
 * saved with the same period and value keeps its source (a demo target stays labelled "Demodata" until an
 * editor sets a value of their own).
 */
async function replaceTargets(db: Executor, indicatorId: string, targets: readonly PeriodTargetInput[]): Promise<void> {
  const before = await listTargetsOf(db, indicatorId);
  await db.deleteFrom("indicatorTargets").where("indicatorId", "=", indicatorId).execute();
  if (targets.length === 0) return;
  const sourceOf = (t: PeriodTargetInput) => before.find((b) => b.periodStart === t.periodStart && b.value === t.value)?.source ?? null;
  await db
    .insertInto("indicatorTargets")
    .values(targets.map((t) => ({ indicatorId, periodStart: t.periodStart, targetValue: t.value, source: sourceOf(t) })))
    .execute();
}

/**
 * Locks the pact's row until the transaction ends, before a check of its indicator names. Indicators
 * have no pact column (they hang under chain nodes), so no unique index can hold their names per pact;
 * instead every write that adds or renames an indicator takes this lock first, so two such writes of
 * one pact queue and the second's name check (READ COMMITTED) sees the first's committed row.
 * NO KEY UPDATE does not block inserts that only refer to the pact (their FK takes KEY SHARE).
 */
export async function lockPactIndicatorNames(db: Executor, pactId: string): Promise<void> {
  await db.selectFrom("pacts").select("id").where("id", "=", pactId).forNoKeyUpdate().execute();
}

/** Whether another indicator of the pact has this name (case-insensitive): imports find indicators by name. */
export async function indicatorNameTaken(db: Executor, pactId: string, name: string, exceptId?: string): Promise<boolean> {
  let query = db
    .selectFrom("indicators")
    .innerJoin("chainNodes", "chainNodes.id", "indicators.nodeId")
    .select("indicators.id")
    .where("chainNodes.pactId", "=", pactId)
    .where((eb) => eb(eb.fn("lower", ["indicators.name"]), "=", name.toLowerCase()));
  if (exceptId) query = query.where("indicators.id", "<>", exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

export async function insertIndicator(db: Executor, nodeId: string, fields: IndicatorFields): Promise<string> {
  const { targets, ...columns } = fields;
  const row = await db
    .insertInto("indicators")
    .values({ nodeId, ...columns })
    .returning("id")
    .executeTakeFirstOrThrow();
  await replaceTargets(db, row.id, targets);
  return row.id;
}

/** Saves the indicator and its targets per period; a changed frequency re-files its measurements (a trigger, migration 0016). */
export async function updateIndicator(db: Executor, id: string, version: number, fields: IndicatorFields): Promise<boolean> {
  const { targets, ...columns } = fields;
  const result = await db
    .updateTable("indicators")
    .set((eb) => ({ ...columns, version: eb("version", "+", 1), updatedAt: new Date().toISOString() }))
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return false;
  await replaceTargets(db, id, targets);
  return true;
}

export async function deleteIndicator(db: Executor, id: string, version: number): Promise<boolean> {
  const result = await db.deleteFrom("indicators").where("id", "=", id).where("version", "=", version).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export async function countMeasurementsOf(db: Executor, indicatorId: string): Promise<number> {
  const { n } = await db
    .selectFrom("measurements")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("indicatorId", "=", indicatorId)
    .executeTakeFirstOrThrow();
  return Number(n);
}

/** What deleting an indicator or a chain node would take with it, among the measurements under it. */
export interface GuardedMeasurements {
  /** A measurement under it has a public (approved) value. */
  hasPublic: boolean;
  /** A measurement under it lies in a locked period of its indicator. */
  hasLocked: boolean;
}

/**
 * Whether the measurements that go with an indicator or a chain node (the delete cascades) include
 * a public value or a locked one: one query, two EXISTS over the cascade path.
 */
export async function guardedMeasurementsUnder(db: Executor, scope: { indicatorId: string } | { nodeId: string }): Promise<GuardedMeasurements> {
  const measurementsUnder = () => {
    const query = db.selectFrom("measurements").innerJoin("indicators", "indicators.id", "measurements.indicatorId");
    return "indicatorId" in scope ? query.where("indicators.id", "=", scope.indicatorId) : query.where("indicators.nodeId", "=", scope.nodeId);
  };
  const row = await db
    .selectNoFrom((eb) => [
      eb.exists(measurementsUnder().select(sql.lit(1).as("one")).where("measurements.publicValue", "is not", null)).as("hasPublic"),
      eb
        .exists(
          measurementsUnder()
            .innerJoin("measurementPeriodLocks as lock", "lock.indicatorId", "measurements.indicatorId")
            .select(sql.lit(1).as("one"))
            .whereRef("lock.periodStart", "<=", "measurements.measuredOn")
            .whereRef("lock.periodEnd", ">=", "measurements.measuredOn"),
        )
        .as("hasLocked"),
    ])
    .executeTakeFirstOrThrow();
  return { hasPublic: row.hasPublic === true, hasLocked: row.hasLocked === true };
}

// ─── Measurements ────────────────────────────────────────────────────────────────────────

export interface MeasurementFields {
  measuredOn: string;
  value: number;
  source: string | null;
  note: string | null;
}

export interface MeasurementRecord extends MeasurementFields {
  id: string;
  indicatorId: string;
  version: number;
  pactId: string;
  pactArchived: boolean;
}

/**
 * One measurement with the pact it belongs to (the per-record checks need both); the review's
 * record (measurement-review.repository) selects its review columns on top.
 */
export function measurementRecordQuery(db: Executor, id: string) {
  return db
    .selectFrom("measurements")
    .innerJoin("indicators", "indicators.id", "measurements.indicatorId")
    .innerJoin("chainNodes", "chainNodes.id", "indicators.nodeId")
    .innerJoin("pacts", "pacts.id", "chainNodes.pactId")
    .select([
      "measurements.id",
      "measurements.indicatorId",
      "measurements.measuredOn",
      "measurements.value",
      "measurements.source",
      "measurements.note",
      "measurements.version",
      "chainNodes.pactId",
      "pacts.archivedAt",
    ])
    .where("measurements.id", "=", id);
}

export async function findMeasurement(db: Executor, id: string): Promise<MeasurementRecord | undefined> {
  const row = await measurementRecordQuery(db, id).executeTakeFirst();
  if (!row) return undefined;
  const { archivedAt, ...measurement } = row;
  return { ...measurement, pactArchived: archivedAt !== null };
}

/** Whether the indicator already has a measurement on that date (other than `exceptId`). */
export async function measurementDateTaken(db: Executor, indicatorId: string, measuredOn: string, exceptId?: string): Promise<boolean> {
  let query = db.selectFrom("measurements").select("id").where("indicatorId", "=", indicatorId).where("measuredOn", "=", measuredOn);
  if (exceptId) query = query.where("id", "<>", exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

export async function insertMeasurement(db: Executor, indicatorId: string, fields: MeasurementFields): Promise<string> {
  const row = await db
    .insertInto("measurements")
    .values({ indicatorId, ...fields })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Many measurements at once, for an import; the caller holds the transaction. */
export async function insertMeasurements(db: Executor, rows: readonly (MeasurementFields & { indicatorId: string })[]): Promise<void> {
  // In chunks: PostgreSQL takes at most 65535 parameters per statement.
  for (let start = 0; start < rows.length; start += 1000) {
    await db
      .insertInto("measurements")
      .values(rows.slice(start, start + 1000))
      .execute();
  }
}

export async function updateMeasurement(db: Executor, id: string, version: number, fields: MeasurementFields): Promise<boolean> {
  const result = await db
    .updateTable("measurements")
    .set((eb) => ({ ...fields, version: eb("version", "+", 1), updatedAt: new Date().toISOString() }))
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteMeasurement(db: Executor, id: string, version: number): Promise<boolean> {
  const result = await db.deleteFrom("measurements").where("id", "=", id).where("version", "=", version).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

// ─── Import lookups ──────────────────────────────────────────────────────────────────────

/** The pact's indicators, plus any indicator of another pact among `ids` (so the report can say so). */
export async function indicatorsForImport(db: Executor, pactId: string, ids: readonly string[]): Promise<ImportIndicator[]> {
  const rows = await db
    .selectFrom("indicators")
    .innerJoin("chainNodes", "chainNodes.id", "indicators.nodeId")
    .select(["indicators.id", "indicators.name", "chainNodes.pactId", "indicators.unit", "indicators.unitKind"])
    .where((eb) => (ids.length > 0 ? eb.or([eb("chainNodes.pactId", "=", pactId), eb("indicators.id", "in", ids)]) : eb("chainNodes.pactId", "=", pactId)))
    .execute();
  return rows;
}

export async function listMeasurementsOf(db: Executor, indicatorId: string) {
  return db
    .selectFrom("measurements")
    .select(["id", "measuredOn", "value", "source", "note", "version"])
    .where("indicatorId", "=", indicatorId)
    .orderBy("measuredOn")
    .execute();
}
