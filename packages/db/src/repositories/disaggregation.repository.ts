/**
 * Dimensions, their categories, the dimensions an indicator is split by, and measurements'
 * breakdowns (migration 0017). Nothing here deletes a measurement; removing a dimension from an
 * indicator only marks it removed, so its breakdowns stay stored.
 */
import type { Dimension } from "@zorgpact/domain/disaggregation";
import type { UnitKind } from "@zorgpact/domain/indicator-unit";
import { sql, type Kysely } from "kysely";
import type { Database } from "../schema.ts";

type Executor = Kysely<Database>;

// ─── Dimensions and categories ─────────────────────────────────────────────────────────────

/** Every dimension with its categories, usage counted; retired ones only when asked. */
export async function listDimensions(db: Executor, options: { includeRetired: boolean; alsoIds?: readonly string[] }): Promise<Dimension[]> {
  let query = db
    .selectFrom("dimensions")
    .select((eb) => [
      "dimensions.id",
      "dimensions.label",
      "dimensions.description",
      "dimensions.retiredAt",
      "dimensions.version",
      eb
        .selectFrom("indicatorDimensions")
        .select((e) => e.fn.countAll<number>().as("n"))
        .whereRef("indicatorDimensions.dimensionId", "=", "dimensions.id")
        .as("indicatorCount"),
    ])
    .orderBy((eb) => eb.fn("lower", ["dimensions.label"]));
  if (!options.includeRetired) {
    const also = options.alsoIds ?? [];
    query = query.where((eb) =>
      also.length > 0 ? eb.or([eb("dimensions.retiredAt", "is", null), eb("dimensions.id", "in", also)]) : eb("dimensions.retiredAt", "is", null),
    );
  }
  const dimensions = await query.execute();
  if (dimensions.length === 0) return [];
  const categories = await db
    .selectFrom("dimensionCategories")
    .select((eb) => [
      "dimensionCategories.id",
      "dimensionCategories.dimensionId",
      "dimensionCategories.label",
      "dimensionCategories.sortOrder",
      "dimensionCategories.retiredAt",
      "dimensionCategories.version",
      eb
        .selectFrom("measurementParts")
        .select((e) => e.fn.countAll<number>().as("n"))
        .whereRef("measurementParts.categoryId", "=", "dimensionCategories.id")
        .as("usageCount"),
    ])
    .where(
      "dimensionCategories.dimensionId",
      "in",
      dimensions.map((d) => d.id),
    )
    .orderBy("dimensionCategories.sortOrder")
    .orderBy("dimensionCategories.label")
    .execute();
  return dimensions.map((d) => ({
    id: d.id,
    label: d.label,
    description: d.description,
    retired: d.retiredAt !== null,
    version: d.version,
    indicatorCount: Number(d.indicatorCount ?? 0),
    categories: categories
      .filter((c) => c.dimensionId === d.id)
      .map((c) => ({
        id: c.id,
        label: c.label,
        sortOrder: c.sortOrder,
        retired: c.retiredAt !== null,
        version: c.version,
        usageCount: Number(c.usageCount ?? 0),
      })),
  }));
}

export async function findDimension(db: Executor, id: string) {
  return db.selectFrom("dimensions").select(["id", "label", "description", "retiredAt", "version"]).where("id", "=", id).executeTakeFirst();
}

export async function dimensionLabelTaken(db: Executor, label: string, exceptId?: string): Promise<boolean> {
  let query = db
    .selectFrom("dimensions")
    .select("id")
    .where((eb) => eb(eb.fn("lower", ["label"]), "=", label.toLowerCase()));
  if (exceptId) query = query.where("id", "<>", exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

export async function insertDimension(db: Executor, fields: { label: string; description: string | null }): Promise<string> {
  return (await db.insertInto("dimensions").values(fields).returning("id").executeTakeFirstOrThrow()).id;
}

export async function updateDimension(
  db: Executor,
  id: string,
  version: number,
  fields: { label?: string; description?: string | null; retiredAt?: string | null },
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable("dimensions")
    .set((eb) => ({ ...fields, version: eb("version", "+", 1), updatedAt: now.toISOString() }))
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function findCategory(db: Executor, id: string) {
  return db
    .selectFrom("dimensionCategories")
    .select(["id", "dimensionId", "label", "sortOrder", "retiredAt", "version"])
    .where("id", "=", id)
    .executeTakeFirst();
}

/** A dimension's categories, retired ones included (stored parts may use them). */
export async function categoriesOf(db: Executor, dimensionId: string) {
  return db
    .selectFrom("dimensionCategories")
    .select(["id", "label", "retiredAt"])
    .where("dimensionId", "=", dimensionId)
    .orderBy("sortOrder")
    .orderBy("label")
    .execute();
}

export async function categoryLabelTaken(db: Executor, dimensionId: string, label: string, exceptId?: string): Promise<boolean> {
  let query = db
    .selectFrom("dimensionCategories")
    .select("id")
    .where("dimensionId", "=", dimensionId)
    .where((eb) => eb(eb.fn("lower", ["label"]), "=", label.toLowerCase()));
  if (exceptId) query = query.where("id", "<>", exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

/** A new category goes last. */
export async function insertCategory(db: Executor, dimensionId: string, label: string): Promise<string> {
  const { last } = await db
    .selectFrom("dimensionCategories")
    .select((eb) => eb.fn.max<number | null>("sortOrder").as("last"))
    .where("dimensionId", "=", dimensionId)
    .executeTakeFirstOrThrow();
  const sortOrder = last === null ? 10 : Number(last) + 10;
  return (await db.insertInto("dimensionCategories").values({ dimensionId, label, sortOrder }).returning("id").executeTakeFirstOrThrow()).id;
}

export async function updateCategory(
  db: Executor,
  id: string,
  version: number,
  fields: { label?: string; sortOrder?: number; retiredAt?: string | null },
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable("dimensionCategories")
    .set((eb) => ({ ...fields, version: eb("version", "+", 1), updatedAt: now.toISOString() }))
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

// ─── An indicator's dimensions ─────────────────────────────────────────────────────────────

export async function indicatorDimensionRows(db: Executor, indicatorId: string) {
  return db.selectFrom("indicatorDimensions").select(["dimensionId", "removedAt"]).where("indicatorId", "=", indicatorId).orderBy("addedAt").execute();
}

/** Adds the dimension, or takes a removed one back (its kept breakdowns show again). */
export async function addIndicatorDimension(db: Executor, indicatorId: string, dimensionId: string): Promise<void> {
  await db
    .insertInto("indicatorDimensions")
    .values({ indicatorId, dimensionId })
    .onConflict((oc) => oc.columns(["indicatorId", "dimensionId"]).doUpdateSet({ removedAt: null }))
    .execute();
}

/** Marks the dimension removed; its breakdowns stay stored. False when it was not in use. */
export async function removeIndicatorDimension(db: Executor, indicatorId: string, dimensionId: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable("indicatorDimensions")
    .set({ removedAt: now.toISOString() })
    .where("indicatorId", "=", indicatorId)
    .where("dimensionId", "=", dimensionId)
    .where("removedAt", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

// ─── Breakdowns ────────────────────────────────────────────────────────────────────────────

export interface StoredBreakdownRow {
  measurementId: string;
  dimensionId: string;
  source: string | null;
  parts: { categoryId: string; value: number }[];
}

export async function breakdownsOf(db: Executor, measurementIds: readonly string[]): Promise<StoredBreakdownRow[]> {
  if (measurementIds.length === 0) return [];
  const headers = await db
    .selectFrom("measurementBreakdowns")
    .select(["id", "measurementId", "dimensionId", "source"])
    .where("measurementId", "in", measurementIds)
    .execute();
  if (headers.length === 0) return [];
  const parts = await db
    .selectFrom("measurementParts")
    .innerJoin("dimensionCategories", "dimensionCategories.id", "measurementParts.categoryId")
    .select(["measurementParts.breakdownId", "measurementParts.categoryId", "measurementParts.value"])
    .where(
      "measurementParts.breakdownId",
      "in",
      headers.map((h) => h.id),
    )
    .orderBy("dimensionCategories.sortOrder")
    .orderBy("dimensionCategories.label")
    .execute();
  return headers.map((h) => ({
    measurementId: h.measurementId,
    dimensionId: h.dimensionId,
    source: h.source,
    parts: parts.filter((p) => p.breakdownId === h.id).map((p) => ({ categoryId: p.categoryId, value: p.value })),
  }));
}

export interface MeasurementPartsView {
  dimensionId: string;
  dimension: string;
  source: string | null;
  parts: { category: string; value: number }[];
}

/**
 * The parts of these measurements by the dimensions their indicator is split by now (a removed
 * dimension's kept breakdowns stay hidden), with dimension and category labels; callers order them.
 */
function currentParts(db: Executor, measurementIds: readonly string[]) {
  return db
    .selectFrom("measurementBreakdowns")
    .innerJoin("measurements", "measurements.id", "measurementBreakdowns.measurementId")
    .innerJoin("indicatorDimensions", (j) =>
      j
        .onRef("indicatorDimensions.dimensionId", "=", "measurementBreakdowns.dimensionId")
        .onRef("indicatorDimensions.indicatorId", "=", "measurements.indicatorId"),
    )
    .innerJoin("dimensions", "dimensions.id", "measurementBreakdowns.dimensionId")
    .innerJoin("measurementParts", "measurementParts.breakdownId", "measurementBreakdowns.id")
    .innerJoin("dimensionCategories", "dimensionCategories.id", "measurementParts.categoryId")
    .select([
      "measurementBreakdowns.id as breakdownId",
      "measurementBreakdowns.measurementId",
      "measurementBreakdowns.dimensionId",
      "measurementBreakdowns.source",
      "dimensions.label as dimension",
      "dimensionCategories.label as category",
      "measurementParts.value",
    ])
    .where("measurementBreakdowns.measurementId", "in", measurementIds)
    .where("indicatorDimensions.removedAt", "is", null);
}

/**
 * The parts of these measurements' breakdowns by the dimensions their indicators are split by now
 * (a removed dimension's kept breakdowns stay hidden), with dimension and category labels: ONE
 * query for a whole page of measurements (the review queue). Dimensions by label, categories in
 * their order.
 */
export async function partsByMeasurement(db: Executor, measurementIds: readonly string[]): Promise<Map<string, MeasurementPartsView[]>> {
  const byMeasurement = new Map<string, MeasurementPartsView[]>();
  if (measurementIds.length === 0) return byMeasurement;
  const rows = await currentParts(db, measurementIds)
    .orderBy("measurementBreakdowns.measurementId")
    .orderBy((eb) => eb.fn("lower", ["dimensions.label"]))
    .orderBy("dimensions.id")
    .orderBy("dimensionCategories.sortOrder")
    .orderBy("dimensionCategories.label")
    .execute();
  for (const row of rows) {
    const views = byMeasurement.get(row.measurementId) ?? [];
    if (!byMeasurement.has(row.measurementId)) byMeasurement.set(row.measurementId, views);
    let view = views.at(-1);
    if (view?.dimensionId !== row.dimensionId) {
      view = { dimensionId: row.dimensionId, dimension: row.dimension, source: row.source, parts: [] };
      views.push(view);
    }
    view.parts.push({ category: row.category, value: row.value });
  }
  return byMeasurement;
}

/** Stores the breakdown of a measurement by a dimension, replacing any earlier one. */
export async function replaceBreakdown(
  db: Executor,
  breakdown: { measurementId: string; dimensionId: string; source: string | null; parts: readonly { categoryId: string; value: number }[] },
  now: Date,
): Promise<void> {
  const { id } = await db
    .insertInto("measurementBreakdowns")
    .values({ measurementId: breakdown.measurementId, dimensionId: breakdown.dimensionId, source: breakdown.source })
    .onConflict((oc) => oc.columns(["measurementId", "dimensionId"]).doUpdateSet({ source: breakdown.source, updatedAt: now.toISOString() }))
    .returning("id")
    .executeTakeFirstOrThrow();
  await db.deleteFrom("measurementParts").where("breakdownId", "=", id).execute();
  if (breakdown.parts.length > 0) {
    await db
      .insertInto("measurementParts")
      .values(breakdown.parts.map((p) => ({ breakdownId: id, categoryId: p.categoryId, value: p.value })))
      .execute();
  }
}

/** Deletes one breakdown (the editor asked for it); the measurement stays. */
export async function deleteBreakdown(db: Executor, measurementId: string, dimensionId: string): Promise<boolean> {
  const result = await db
    .deleteFrom("measurementBreakdowns")
    .where("measurementId", "=", measurementId)
    .where("dimensionId", "=", dimensionId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/**
 * A breakdown changed, so the measurement did: its version moves on (the service then records the
 * save for review, like any edited measurement). `value` sets the total in the same change.
 */
export async function touchMeasurement(db: Executor, id: string, version: number, now: Date, value?: number): Promise<boolean> {
  const result = await db
    .updateTable("measurements")
    .set((eb) => ({
      ...(value === undefined ? {} : { value }),
      version: eb("version", "+", 1),
      updatedAt: now.toISOString(),
    }))
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

// ─── Public ────────────────────────────────────────────────────────────────────────────────

/**
 * The public copy of these measurements' breakdowns becomes their working parts (migration 0023):
 * called wherever a measurement's working copy becomes public (approval, the national team's
 * save, a correction applied directly), so a cleared breakdown leaves the public copy too. Two
 * statements with the ids as one array parameter, however many measurements.
 */
export async function publishBreakdowns(db: Executor, measurementIds: readonly string[]): Promise<void> {
  if (measurementIds.length === 0) return;
  const ids = [...measurementIds];
  await sql`delete from measurement_public_parts where measurement_id = any(${ids}::uuid[])`.execute(db);
  await sql`
    insert into measurement_public_parts (measurement_id, dimension_id, category_id, value, source)
    select b.measurement_id, b.dimension_id, p.category_id, p.value, b.source
      from measurement_breakdowns b
      join measurement_parts p on p.breakdown_id = b.id
     where b.measurement_id = any(${ids}::uuid[])`.execute(db);
}

export interface PublicBreakdownRow {
  indicatorId: string;
  indicatorName: string;
  unit: string;
  unitKind: UnitKind;
  measuredOn: string;
  total: number;
  dimension: string;
  source: string | null;
  parts: { category: string; value: number }[];
}

/**
 * For each indicator of a published pact: the public breakdowns (by dimensions it is split by now)
 * of its latest public measurement that has one, with that measurement's public date and total.
 * Only the public copy (migration 0023): an edit waiting for review changes nothing here until it
 * is approved.
 */
export async function publicBreakdownsOfPact(db: Executor, slug: string): Promise<PublicBreakdownRow[]> {
  const latest = await db
    .selectFrom("measurements")
    .innerJoin("indicators", "indicators.id", "measurements.indicatorId")
    .innerJoin("chainNodes", "chainNodes.id", "indicators.nodeId")
    .innerJoin("pacts", "pacts.id", "chainNodes.pactId")
    .distinctOn("measurements.indicatorId")
    .select([
      "measurements.id",
      "measurements.indicatorId",
      "indicators.name as indicatorName",
      "indicators.unit",
      "indicators.unitKind",
      "measurements.publicMeasuredOn",
      "measurements.publicValue",
    ])
    .where("pacts.slug", "=", slug)
    .where("pacts.publicationStatus", "=", "published")
    .where("pacts.archivedAt", "is", null)
    .where("measurements.publicValue", "is not", null)
    .where("measurements.publicMeasuredOn", "is not", null)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("measurementPublicParts")
          .innerJoin("indicatorDimensions", (j) =>
            j
              .onRef("indicatorDimensions.dimensionId", "=", "measurementPublicParts.dimensionId")
              .onRef("indicatorDimensions.indicatorId", "=", "indicators.id"),
          )
          .select("measurementPublicParts.measurementId")
          .whereRef("measurementPublicParts.measurementId", "=", "measurements.id")
          .where("indicatorDimensions.removedAt", "is", null),
      ),
    )
    .orderBy("measurements.indicatorId")
    .orderBy("measurements.publicMeasuredOn", "desc")
    .orderBy("measurements.id")
    .execute();
  if (latest.length === 0) return [];
  const rows = await db
    .selectFrom("measurementPublicParts")
    .innerJoin("measurements", "measurements.id", "measurementPublicParts.measurementId")
    .innerJoin("indicatorDimensions", (j) =>
      j
        .onRef("indicatorDimensions.dimensionId", "=", "measurementPublicParts.dimensionId")
        .onRef("indicatorDimensions.indicatorId", "=", "measurements.indicatorId"),
    )
    .innerJoin("dimensions", "dimensions.id", "measurementPublicParts.dimensionId")
    .innerJoin("dimensionCategories", "dimensionCategories.id", "measurementPublicParts.categoryId")
    .select([
      "measurementPublicParts.measurementId",
      "measurementPublicParts.dimensionId",
      "measurementPublicParts.source",
      "dimensions.label as dimension",
      "dimensionCategories.label as category",
      "measurementPublicParts.value",
    ])
    .where(
      "measurementPublicParts.measurementId",
      "in",
      latest.map((l) => l.id),
    )
    .where("indicatorDimensions.removedAt", "is", null)
    .orderBy("dimensions.label")
    .orderBy("dimensions.id")
    .orderBy("dimensionCategories.sortOrder")
    .orderBy("dimensionCategories.label")
    .execute();
  const out: PublicBreakdownRow[] = [];
  for (const m of latest) {
    const mine = rows.filter((r) => r.measurementId === m.id);
    for (const dimensionId of new Set(mine.map((r) => r.dimensionId))) {
      const parts = mine.filter((r) => r.dimensionId === dimensionId);
      out.push({
        indicatorId: m.indicatorId,
        indicatorName: m.indicatorName,
        unit: m.unit,
        unitKind: m.unitKind,
        measuredOn: m.publicMeasuredOn!,
        total: m.publicValue!,
        dimension: parts[0]!.dimension,
        source: parts[0]!.source,
        parts: parts.map((p) => ({ category: p.category, value: p.value })),
      });
    }
  }
  return out;
}
