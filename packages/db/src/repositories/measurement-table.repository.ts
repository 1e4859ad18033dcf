import type { StoredBreakdownSum, StoredMeasurement } from "@zorgpact/domain/measurement-import";
import { sql, type Kysely } from "kysely";
import type { Database } from "../schema.ts";

type Executor = Kysely<Database>;

/**
 * The measurements of a pact as one table (export and import), and the set-based writes of an
 * import: a few statements per thousand rows instead of one round trip per row.
 */

export interface PactIndicatorRow {
  id: string;
  name: string;
  unit: string;
}

/** The pact's indicators in a stable order (name, then id). */
export async function pactIndicators(db: Executor, pactId: string): Promise<PactIndicatorRow[]> {
  return db
    .selectFrom("indicators")
    .innerJoin("chainNodes", "chainNodes.id", "indicators.nodeId")
    .select(["indicators.id", "indicators.name", "indicators.unit"])
    .where("chainNodes.pactId", "=", pactId)
    .orderBy("indicators.name")
    .orderBy("indicators.id")
    .execute();
}

/** Every measurement of the pact's indicators, with its indicator, ordered by indicator and date. */
export async function pactMeasurementRows(db: Executor, pactId: string) {
  return db
    .selectFrom("measurements")
    .innerJoin("indicators", "indicators.id", "measurements.indicatorId")
    .innerJoin("chainNodes", "chainNodes.id", "indicators.nodeId")
    .select([
      "indicators.id as indicatorId",
      "indicators.name as indicatorName",
      "indicators.unit",
      "measurements.measuredOn",
      "measurements.value",
      "measurements.source",
      "measurements.note",
    ])
    .where("chainNodes.pactId", "=", pactId)
    .orderBy("indicators.name")
    .orderBy("indicators.id")
    .orderBy("measurements.measuredOn")
    .execute();
}

/** What is stored for these indicators, as the import compares against it. */
export async function storedMeasurementsOf(db: Executor, indicatorIds: readonly string[]): Promise<StoredMeasurement[]> {
  if (indicatorIds.length === 0) return [];
  return db
    .selectFrom("measurements")
    .select(["id", "indicatorId", "measuredOn", "value", "source", "note", "version"])
    .where("indicatorId", "in", indicatorIds)
    .execute();
}

/**
 * What the stored parts of these indicators' measurements add up to, per measurement and
 * dimension the indicator is split by now (a removed dimension's kept breakdown binds nothing):
 * the import checks a new total against them. One query for the whole file.
 */
export async function storedBreakdownSumsOf(db: Executor, indicatorIds: readonly string[]): Promise<StoredBreakdownSum[]> {
  if (indicatorIds.length === 0) return [];
  const rows = await db
    .selectFrom("measurements")
    .innerJoin("measurementBreakdowns", "measurementBreakdowns.measurementId", "measurements.id")
    .innerJoin("indicatorDimensions", (join) =>
      join
        .onRef("indicatorDimensions.indicatorId", "=", "measurements.indicatorId")
        .onRef("indicatorDimensions.dimensionId", "=", "measurementBreakdowns.dimensionId")
        .on("indicatorDimensions.removedAt", "is", null),
    )
    .innerJoin("dimensions", "dimensions.id", "measurementBreakdowns.dimensionId")
    .innerJoin("measurementParts", "measurementParts.breakdownId", "measurementBreakdowns.id")
    .select((eb) => ["measurements.id as measurementId", "dimensions.label as dimension", eb.fn.sum<number | string>("measurementParts.value").as("sum")])
    .where("measurements.indicatorId", "in", indicatorIds)
    .groupBy(["measurements.id", "measurementBreakdowns.id", "dimensions.label"])
    .orderBy("measurements.id")
    .orderBy("dimensions.label")
    .execute();
  // A sum of double precision is double precision; Number() also reads a driver that sends text.
  return rows.map((r) => ({ measurementId: r.measurementId, dimension: r.dimension, sum: Number(r.sum) }));
}

export interface MeasurementUpdate {
  id: string;
  version: number;
  value: number;
  source: string | null;
  note: string | null;
}

/**
 * Updates many measurements in one statement, each only at the version the caller read. Returns
 * how many rows were updated: fewer than given means someone changed one in between.
 */
export async function updateMeasurementsAtVersion(db: Executor, rows: readonly MeasurementUpdate[], now: Date): Promise<number> {
  if (rows.length === 0) return 0;
  const values = sql.join(rows.map((r) => sql`(${r.id}::uuid, ${r.version}::int4, ${r.value}::float8, ${r.source}::text, ${r.note}::text)`));
  const result = await sql`
    update measurements as m
       set value = v.value, source = v.source, note = v.note, version = m.version + 1, updated_at = ${now.toISOString()}::timestamptz
      from (values ${values}) as v(id, version, value, source, note)
     where m.id = v.id and m.version = v.version`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}
