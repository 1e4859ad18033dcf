import {
  addIndicatorDimension as addIndicatorDimensionRow,
  breakdownsOf,
  categoriesOf,
  categoryLabelTaken,
  deleteBreakdown,
  dimensionLabelTaken,
  findCategory,
  findDimension,
  indicatorDimensionRows,
  insertCategory,
  insertDimension,
  listDimensions as listDimensionRows,
  publicBreakdownsOfPact,
  removeIndicatorDimension as removeIndicatorDimensionRow,
  replaceBreakdown,
  touchMeasurement,
  updateCategory as updateCategoryRow,
  updateDimension as updateDimensionRow,
} from "@zorgpact/db/repositories/disaggregation.repository";
import { findIndicator, findMeasurement, listMeasurementsOf } from "@zorgpact/db/repositories/indicator.repository";
import { changedFields } from "@zorgpact/domain/audit";
import {
  breakdownIssue,
  breakdownRuleFor,
  type BreakdownClearInput,
  type BreakdownSetInput,
  type CategoryCreateInput,
  type CategoryUpdateInput,
  type Dimension,
  type DimensionCreateInput,
  type DimensionUpdateInput,
  type IndicatorBreakdowns,
  type IndicatorDimensionInput,
  type PublicBreakdown,
  type RetireInput,
} from "@zorgpact/domain/disaggregation";
import { unitValueError, type UnitKind } from "@zorgpact/domain/indicator-unit";
import { fieldError, notFound, staleVersion } from "../errors.ts";
import { mutate, noteRecord, type Executor, type ServiceContext } from "./context.ts";
import { editableRecord } from "./guards.ts";
import { assertNotLocked, recordMeasurementSaves } from "./measurement-review.service.ts";

const unitOf = (indicator: { unitKind: UnitKind; unit: string }) => ({ kind: indicator.unitKind, text: indicator.unit });

const DIMENSION_NOT_FOUND = "Deze dimensie bestaat niet.";
const CATEGORY_NOT_FOUND = "Deze categorie bestaat niet.";
const INDICATOR_NOT_FOUND = "Deze indicator bestaat niet.";
const MEASUREMENT_NOT_FOUND = "Deze meting bestaat niet.";

const DIMENSION_LABEL_RACE = { onUniqueViolation: () => fieldError("label", "Er is al een dimensie met deze naam.") };
const CATEGORY_LABEL_RACE = { onUniqueViolation: () => fieldError("label", "Deze dimensie heeft al een categorie met deze naam.") };

async function existingDimension(db: Executor, id: string) {
  const dimension = await findDimension(db, id);
  if (!dimension) throw notFound(DIMENSION_NOT_FOUND);
  return dimension;
}

async function dimensionView(db: Executor, id: string): Promise<Dimension> {
  const found = (await listDimensionRows(db, { includeRetired: false, alsoIds: [id] })).find((d) => d.id === id);
  if (!found) throw notFound(DIMENSION_NOT_FOUND);
  return found;
}

// ─── Dimensions and categories (national team) ─────────────────────────────────────────────

export function listDimensions(ctx: ServiceContext, includeRetired: boolean): Promise<Dimension[]> {
  return listDimensionRows(ctx.db, { includeRetired });
}

export async function createDimension(ctx: ServiceContext, input: DimensionCreateInput): Promise<Dimension> {
  noteRecord(ctx, "dimension", null);
  ctx.audit.objectLabel = input.label;
  return mutate(
    ctx,
    async (trx) => {
      if (await dimensionLabelTaken(trx, input.label)) throw DIMENSION_LABEL_RACE.onUniqueViolation();
      const id = await insertDimension(trx, { label: input.label, description: input.description });
      ctx.audit.objectId = id;
      ctx.audit.changes = { after: { label: input.label, description: input.description } };
      return dimensionView(trx, id);
    },
    DIMENSION_LABEL_RACE,
  );
}

export async function updateDimension(ctx: ServiceContext, input: DimensionUpdateInput): Promise<Dimension> {
  noteRecord(ctx, "dimension", input.id);
  ctx.audit.objectLabel = input.label;
  return mutate(
    ctx,
    async (trx) => {
      const before = await existingDimension(trx, input.id);
      if (await dimensionLabelTaken(trx, input.label, input.id)) throw DIMENSION_LABEL_RACE.onUniqueViolation();
      const fields = { label: input.label, description: input.description };
      if (!(await updateDimensionRow(trx, input.id, input.version, fields, ctx.now()))) throw staleVersion();
      ctx.audit.changes = changedFields({ label: before.label, description: before.description }, fields);
      return dimensionView(trx, input.id);
    },
    DIMENSION_LABEL_RACE,
  );
}

/** A retired dimension leaves the pickers; indicators split by it and their breakdowns keep it. */
export async function setDimensionRetired(ctx: ServiceContext, input: RetireInput): Promise<Dimension> {
  noteRecord(ctx, "dimension", input.id);
  return mutate(ctx, async (trx) => {
    const before = await existingDimension(trx, input.id);
    ctx.audit.objectLabel = before.label;
    const retiredAt = input.retired ? (before.retiredAt ?? ctx.now().toISOString()) : null;
    if (!(await updateDimensionRow(trx, input.id, input.version, { retiredAt }, ctx.now()))) throw staleVersion();
    ctx.audit.changes = changedFields({ retired: before.retiredAt !== null }, { retired: input.retired });
    return dimensionView(trx, input.id);
  });
}

export async function addCategory(ctx: ServiceContext, input: CategoryCreateInput): Promise<Dimension> {
  noteRecord(ctx, "dimension_category", null);
  ctx.audit.objectLabel = input.label;
  return mutate(
    ctx,
    async (trx) => {
      const dimension = await existingDimension(trx, input.dimensionId);
      if (await categoryLabelTaken(trx, dimension.id, input.label)) throw CATEGORY_LABEL_RACE.onUniqueViolation();
      const id = await insertCategory(trx, dimension.id, input.label);
      ctx.audit.objectId = id;
      ctx.audit.objectLabel = `${dimension.label}: ${input.label}`;
      ctx.audit.changes = { after: { dimension: dimension.label, label: input.label } };
      return dimensionView(trx, dimension.id);
    },
    CATEGORY_LABEL_RACE,
  );
}

async function existingCategory(db: Executor, id: string) {
  const category = await findCategory(db, id);
  if (!category) throw notFound(CATEGORY_NOT_FOUND);
  return category;
}

export async function updateCategory(ctx: ServiceContext, input: CategoryUpdateInput): Promise<Dimension> {
  noteRecord(ctx, "dimension_category", input.id);
  ctx.audit.objectLabel = input.label;
  return mutate(
    ctx,
    async (trx) => {
      const before = await existingCategory(trx, input.id);
      if (await categoryLabelTaken(trx, before.dimensionId, input.label, input.id)) throw CATEGORY_LABEL_RACE.onUniqueViolation();
      const fields = { label: input.label, sortOrder: input.sortOrder };
      if (!(await updateCategoryRow(trx, input.id, input.version, fields, ctx.now()))) throw staleVersion();
      ctx.audit.changes = changedFields({ label: before.label, sortOrder: before.sortOrder }, fields);
      return dimensionView(trx, before.dimensionId);
    },
    CATEGORY_LABEL_RACE,
  );
}

/** A retired category is no longer offered for new breakdowns; stored parts keep it. */
export async function setCategoryRetired(ctx: ServiceContext, input: RetireInput): Promise<Dimension> {
  noteRecord(ctx, "dimension_category", input.id);
  return mutate(ctx, async (trx) => {
    const before = await existingCategory(trx, input.id);
    ctx.audit.objectLabel = before.label;
    const retiredAt = input.retired ? (before.retiredAt ?? ctx.now().toISOString()) : null;
    if (!(await updateCategoryRow(trx, input.id, input.version, { retiredAt }, ctx.now()))) throw staleVersion();
    ctx.audit.changes = changedFields({ retired: before.retiredAt !== null }, { retired: input.retired });
    return dimensionView(trx, before.dimensionId);
  });
}

// ─── An indicator's dimensions and its measurements' breakdowns (editors of the pact) ──────

async function breakdownsView(db: Executor, indicatorId: string): Promise<IndicatorBreakdowns> {
  const indicator = (await findIndicator(db, indicatorId))!;
  const rule = breakdownRuleFor(indicator.unit, indicator.unitKind);
  const used = await indicatorDimensionRows(db, indicatorId);
  const active = new Set(used.filter((u) => u.removedAt === null).map((u) => u.dimensionId));
  const dimensions = await listDimensionRows(db, { includeRetired: false, alsoIds: used.map((u) => u.dimensionId) });
  const measurements = await listMeasurementsOf(db, indicatorId);
  const stored = await breakdownsOf(
    db,
    measurements.map((m) => m.id),
  );
  const categoriesById = new Map(dimensions.map((d) => [d.id, d.categories]));
  return {
    indicatorId,
    unit: indicator.unit,
    unitKind: indicator.unitKind,
    rule,
    dimensionIds: used.filter((u) => u.removedAt === null).map((u) => u.dimensionId),
    dimensions,
    measurements: measurements.map((m) => ({
      id: m.id,
      measuredOn: m.measuredOn,
      value: m.value,
      version: m.version,
      breakdowns: stored
        .filter((b) => b.measurementId === m.id)
        .map((b) => ({
          dimensionId: b.dimensionId,
          archived: !active.has(b.dimensionId),
          source: b.source,
          parts: b.parts,
          issue: breakdownIssue(rule, m.value, b.parts, categoriesById.get(b.dimensionId) ?? [], "parts", unitOf(indicator))?.message ?? null,
        })),
    })),
  };
}

export async function indicatorBreakdowns(ctx: ServiceContext, indicatorId: string): Promise<IndicatorBreakdowns> {
  noteRecord(ctx, "indicator", indicatorId);
  editableRecord(ctx, await findIndicator(ctx.db, indicatorId), INDICATOR_NOT_FOUND);
  return breakdownsView(ctx.db, indicatorId);
}

/** Splits the indicator by a dimension (again): earlier measurements stay as they are. */
export async function addIndicatorDimension(ctx: ServiceContext, input: IndicatorDimensionInput): Promise<IndicatorBreakdowns> {
  noteRecord(ctx, "indicator", input.indicatorId);
  return mutate(ctx, async (trx) => {
    editableRecord(ctx, await findIndicator(trx, input.indicatorId), INDICATOR_NOT_FOUND);
    const dimension = await findDimension(trx, input.dimensionId);
    if (!dimension) throw fieldError("dimensionId", DIMENSION_NOT_FOUND);
    const earlier = (await indicatorDimensionRows(trx, input.indicatorId)).find((d) => d.dimensionId === input.dimensionId);
    if (dimension.retiredAt && !earlier) throw fieldError("dimensionId", "Deze dimensie is niet meer in gebruik; kies een andere.");
    await addIndicatorDimensionRow(trx, input.indicatorId, input.dimensionId);
    ctx.audit.changes = { after: { dimension: dimension.label } };
    return breakdownsView(trx, input.indicatorId);
  });
}

/** No longer split by the dimension: its breakdowns stay stored (archived), never deleted. */
export async function removeIndicatorDimension(ctx: ServiceContext, input: IndicatorDimensionInput): Promise<IndicatorBreakdowns> {
  noteRecord(ctx, "indicator", input.indicatorId);
  return mutate(ctx, async (trx) => {
    editableRecord(ctx, await findIndicator(trx, input.indicatorId), INDICATOR_NOT_FOUND);
    const dimension = await existingDimension(trx, input.dimensionId);
    await removeIndicatorDimensionRow(trx, input.indicatorId, input.dimensionId, ctx.now());
    ctx.audit.changes = { before: { dimension: dimension.label } };
    return breakdownsView(trx, input.indicatorId);
  });
}

async function activeDimensionOf(db: Executor, indicatorId: string, dimensionId: string): Promise<void> {
  const row = (await indicatorDimensionRows(db, indicatorId)).find((d) => d.dimensionId === dimensionId);
  if (!row || row.removedAt !== null) throw fieldError("dimensionId", "Deze indicator is niet uitgesplitst naar deze dimensie.");
}

/**
 * Stores a measurement's breakdown by one dimension after the consistency rule (domain
 * `breakdownIssue`); `total` changes the measurement's value in the same step. The measurement's
 * version moves on and it waits for review again, like any edit of a measurement.
 */
export async function setBreakdown(ctx: ServiceContext, input: BreakdownSetInput): Promise<IndicatorBreakdowns> {
  noteRecord(ctx, "measurement", input.measurementId);
  return mutate(ctx, async (trx) => {
    const measurement = editableRecord(ctx, await findMeasurement(trx, input.measurementId), MEASUREMENT_NOT_FOUND);
    const indicator = (await findIndicator(trx, measurement.indicatorId))!;
    await activeDimensionOf(trx, indicator.id, input.dimensionId);
    // A locked period's value changes only by a correction (review work); its breakdown neither.
    await assertNotLocked(trx, indicator.id, measurement.measuredOn);
    const totalError = input.total === undefined ? null : unitValueError(indicator.unitKind, input.total, indicator.unit);
    if (totalError) throw fieldError("value", totalError);
    const categories = await categoriesOf(trx, input.dimensionId);
    const before = (await breakdownsOf(trx, [measurement.id])).find((b) => b.dimensionId === input.dimensionId);
    // Retired categories are not offered any more, but parts stored with them may be kept.
    const keptRetired = new Set(before?.parts.map((p) => p.categoryId) ?? []);
    const allowed = categories.filter((c) => c.retiredAt === null || keptRetired.has(c.id));
    const total = input.total ?? measurement.value;
    const issue = breakdownIssue(breakdownRuleFor(indicator.unit, indicator.unitKind), total, input.parts, allowed, "parts", unitOf(indicator));
    if (issue) throw fieldError(issue.field, issue.message);
    // Other breakdowns of this measurement must still fit a changed total.
    if (input.total !== undefined && input.total !== measurement.value) await assertBreakdownsFit(trx, measurement.id, input.total, input.dimensionId);
    if (!(await touchMeasurement(trx, measurement.id, input.version, ctx.now(), input.total))) throw staleVersion();
    await replaceBreakdown(trx, { measurementId: measurement.id, dimensionId: input.dimensionId, source: input.source, parts: input.parts }, ctx.now());
    // Like any edit of a measurement: submitted for review (the national team's save is approved at once).
    await recordMeasurementSaves(ctx, trx, { ids: [measurement.id] });
    const label = (id: string) => categories.find((c) => c.id === id)?.label ?? id;
    const asRecord = (parts: readonly { categoryId: string; value: number }[]) => Object.fromEntries(parts.map((p) => [label(p.categoryId), p.value]));
    ctx.audit.changes = {
      ...(before ? { before: { parts: asRecord(before.parts), value: measurement.value } } : {}),
      after: { parts: asRecord(input.parts), value: total },
    };
    return breakdownsView(trx, indicator.id);
  });
}

/** Removes one breakdown on the editor's request (confirmed in the UI); the measurement stays. */
export async function clearBreakdown(ctx: ServiceContext, input: BreakdownClearInput): Promise<IndicatorBreakdowns> {
  noteRecord(ctx, "measurement", input.measurementId);
  return mutate(ctx, async (trx) => {
    const measurement = editableRecord(ctx, await findMeasurement(trx, input.measurementId), MEASUREMENT_NOT_FOUND);
    const before = (await breakdownsOf(trx, [measurement.id])).find((b) => b.dimensionId === input.dimensionId);
    if (!before) throw notFound("Deze meting heeft geen uitsplitsing naar deze dimensie.");
    await assertNotLocked(trx, measurement.indicatorId, measurement.measuredOn);
    if (!(await touchMeasurement(trx, measurement.id, input.version, ctx.now()))) throw staleVersion();
    await deleteBreakdown(trx, measurement.id, input.dimensionId);
    await recordMeasurementSaves(ctx, trx, { ids: [measurement.id] });
    ctx.audit.changes = { before: { dimensionId: input.dimensionId, parts: before.parts.length } };
    return breakdownsView(trx, measurement.indicatorId);
  });
}

/**
 * For a change of a measurement's total (indicator.updateMeasurement, setBreakdown): the
 * breakdowns it carries under the indicator's current dimensions must still add up. Archived
 * breakdowns are not checked (nobody can edit them); they show their issue if taken back.
 */
export async function assertBreakdownsFit(db: Executor, measurementId: string, total: number, exceptDimensionId?: string): Promise<void> {
  const stored = (await breakdownsOf(db, [measurementId])).filter((b) => b.dimensionId !== exceptDimensionId);
  if (stored.length === 0) return;
  const measurement = await findMeasurement(db, measurementId);
  const indicator = measurement ? await findIndicator(db, measurement.indicatorId) : undefined;
  if (!measurement || !indicator) return;
  const rule = breakdownRuleFor(indicator.unit, indicator.unitKind);
  if (rule !== "sum") return;
  const active = new Set((await indicatorDimensionRows(db, measurement.indicatorId)).filter((d) => d.removedAt === null).map((d) => d.dimensionId));
  for (const breakdown of stored) {
    if (!active.has(breakdown.dimensionId)) continue;
    const categories = (await categoriesOf(db, breakdown.dimensionId)).map((c) => ({ id: c.id, label: c.label }));
    const issue = breakdownIssue(rule, total, breakdown.parts, categories, "value");
    if (issue) throw fieldError("value", issue.message);
  }
}

// ─── Public ────────────────────────────────────────────────────────────────────────────────

export async function publicBreakdowns(ctx: ServiceContext, slug: string): Promise<PublicBreakdown[]> {
  const rows = await publicBreakdownsOfPact(ctx.db, slug);
  return rows.map((r) => ({ ...r, rule: breakdownRuleFor(r.unit, r.unitKind) }));
}
