import type { StoredMeasurement } from "@zorgpact/domain/measurement-import";
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
