import { findNode } from "@zorgpact/db/repositories/chain.repository";
import { evidenceStorageKeysUnder } from "@zorgpact/db/repositories/evidence.repository";
import { findReviewRecord } from "@zorgpact/db/repositories/measurement-review.repository";
import {
  countMeasurementsOf,
  deleteIndicator as deleteIndicatorRow,
  deleteMeasurement as deleteMeasurementRow,
  findIndicator,
  findMeasurement,
  guardedMeasurementsUnder,
  indicatorNameTaken,
  insertIndicator,
  insertMeasurement,
  listMeasurementsOf,
  lockPactIndicatorNames,
  measurementDateTaken,
  updateIndicator as updateIndicatorRow,
  updateMeasurement as updateMeasurementRow,
  type IndicatorRecord,
  type MeasurementRecord,
} from "@zorgpact/db/repositories/indicator.repository";
import {
  acceptsIndicators,
  type AgendaIndicator,
  type AgendaMeasurement,
  type IndicatorCreateInput,
  type IndicatorUpdateInput,
  type MeasurementAddInput,
  type MeasurementUpdateInput,
  type RecordVersionInput,
} from "@zorgpact/domain/agenda";
import { changedFields } from "@zorgpact/domain/audit";
import { indicatorProgress, type IndicatorFields } from "@zorgpact/domain/indicator";
import { formatIndicatorValue, unitValueError, type UnitKind } from "@zorgpact/domain/indicator-unit";
import { isNationalAdmin } from "@zorgpact/domain/permission";
import { conflict, fieldError, forbidden, staleVersion } from "../errors.ts";
import { mutate, noteRecord, type Executor, type ServiceContext } from "./context.ts";
import { assertBreakdownsFit } from "./disaggregation.service.ts";
import { removeStoredObjects } from "./evidence.service.ts";
import { editableRecord } from "./guards.ts";
import { assertNotLocked, publicValuesChanged, recordMeasurementSaves } from "./measurement-review.service.ts";

const NODE_NOT_FOUND = "Dit ketenelement bestaat niet.";
const INDICATOR_NOT_FOUND = "Deze indicator bestaat niet.";
const MEASUREMENT_NOT_FOUND = "Deze meting bestaat niet.";
const PUBLIC_MEASUREMENT =
  "Deze meting staat openbaar. Alleen het landelijk team verwijdert een openbare meting; dien een correctie in of vraag het landelijk team.";
/** What an editor is told when a delete would take public or locked values with it, per record. */
export interface GuardedDeleteMessages {
  public: string;
  locked: string;
}
const INDICATOR_WITH_GUARDED_MEASUREMENTS: GuardedDeleteMessages = {
  public: "Deze indicator heeft openbare metingen. Alleen het landelijk team verwijdert een indicator met openbare metingen; vraag het landelijk team.",
  locked:
    "Deze indicator heeft metingen in een vergrendelde periode. Alleen het landelijk team verwijdert een indicator met vergrendelde metingen; vraag het landelijk team.",
};
const SAME_DATE = "Iemand anders heeft intussen een meting op deze datum vastgelegd. Laad de nieuwste versie.";

// A race past the date check (two editors at once) meets the unique constraint: CONFLICT, not a 500.
const DATE_RACE = { onUniqueViolation: () => conflict(SAME_DATE) };

function fieldsOf(input: IndicatorFields): IndicatorFields {
  const { name, unit, unitKind, direction, frequency, baselineValue, baselineDate, targetValue, targetDate } = input;
  const targets = input.targets.map(({ periodStart, value }) => ({ periodStart, value }));
  return { name, unit, unitKind, direction, frequency, baselineValue, baselineDate, targetValue, targetDate, targets };
}

/** A measured value must fit the indicator's unit: "4,5 gemeenten" is refused on the value field. */
function assertValueFits(indicator: { unitKind: UnitKind; unit: string }, value: number): void {
  const error = unitValueError(indicator.unitKind, value, indicator.unit);
  if (error) throw fieldError("value", error);
}

/** A new unit kind must fit the values measured already; else the editor corrects those first. */
async function assertMeasurementsFit(db: Executor, indicatorId: string, fields: IndicatorFields): Promise<void> {
  for (const m of await listMeasurementsOf(db, indicatorId)) {
    const error = unitValueError(fields.unitKind, m.value, fields.unit);
    if (error) {
      const shown = formatIndicatorValue(m.value, "anders", fields.unit);
      throw fieldError("unitKind", `De meting van ${m.measuredOn} (${shown}) past niet bij deze soort eenheid: ${error}`);
    }
  }
}

async function loadIndicator(db: Executor, id: string): Promise<AgendaIndicator> {
  const { pactId: _p, pactArchived: _a, ...indicator } = (await findIndicator(db, id))!;
  const measurements = await listMeasurementsOf(db, id);
  return { ...indicator, measurements, progress: indicatorProgress(indicator, measurements) };
}

/** Call inside the write's transaction, before it adds or renames the indicator. */
async function assertNameFree(db: Executor, pactId: string, name: string, exceptId?: string): Promise<void> {
  // Imports find indicators by name, so a name is unique within its pact. No index can hold that
  // (indicators have no pact column): the pact's row lock makes concurrent name writes queue.
  await lockPactIndicatorNames(db, pactId);
  if (await indicatorNameTaken(db, pactId, name, exceptId)) throw fieldError("name", "Dit zorgpact heeft al een indicator met deze naam.");
}

export async function createIndicator(ctx: ServiceContext, input: IndicatorCreateInput): Promise<AgendaIndicator> {
  noteRecord(ctx, "indicator", null);
  const fields = fieldsOf(input);
  return mutate(ctx, async (trx) => {
    const node = editableRecord(ctx, await findNode(trx, input.nodeId), NODE_NOT_FOUND);
    if (!acceptsIndicators(node.kind)) {
      throw fieldError("nodeId", "Indicatoren horen bij resultaten en effecten; input en activiteiten krijgen geen indicator.");
    }
    await assertNameFree(trx, node.pactId, fields.name);
    const id = await insertIndicator(trx, node.id, fields);
    ctx.audit.objectId = id;
    ctx.audit.changes = { after: { nodeId: node.id, ...fields } };
    return loadIndicator(trx, id);
  });
}

export async function updateIndicator(ctx: ServiceContext, input: IndicatorUpdateInput): Promise<AgendaIndicator> {
  noteRecord(ctx, "indicator", input.id);
  const fields = fieldsOf(input);
  return mutate(ctx, async (trx) => {
    const before = editableRecord(ctx, await findIndicator(trx, input.id), INDICATOR_NOT_FOUND);
    await assertNameFree(trx, before.pactId, fields.name, before.id);
    if (fields.unitKind !== before.unitKind || fields.unit !== before.unit) await assertMeasurementsFit(trx, before.id, fields);
    if (!(await updateIndicatorRow(trx, input.id, input.version, fields))) throw staleVersion();
    ctx.audit.changes = changedFields(fieldsOf(before), fields);
    return loadIndicator(trx, input.id);
  });
}

/**
 * Refuses an editor's delete that would take public or locked measurements with it (the indicator's
 * or chain node's delete cascades to them): review before publication holds for removal too, and a
 * locked value changes only by a recorded correction. The national team may delete either: they
 * approve and unlock anyway, so a lock does not stop them here (deleting one measurement still asks
 * them to unlock first). One query, inside the delete's transaction and before it; the refusal is
 * audited by the audit middleware like every refusal.
 */
export async function assertMayDeleteMeasurementsUnder(
  ctx: ServiceContext,
  trx: Executor,
  scope: { indicatorId: string } | { nodeId: string },
  messages: GuardedDeleteMessages,
): Promise<void> {
  if (isNationalAdmin(ctx.actor)) return;
  const guarded = await guardedMeasurementsUnder(trx, scope);
  if (guarded.hasPublic) throw forbidden(messages.public);
  if (guarded.hasLocked) throw forbidden(messages.locked);
}

/**
 * Deletes an indicator with its measurements (cascade). Like deleting one public measurement, taking
 * public or locked values away with the indicator is for the national team only; an editor deletes
 * an indicator whose measurements were never approved (see assertMayDeleteMeasurementsUnder).
 */
export async function deleteIndicator(ctx: ServiceContext, input: RecordVersionInput): Promise<void> {
  noteRecord(ctx, "indicator", input.id);
  // The evidence rows go with the measurements (cascade); their files are removed once that is committed.
  const storageKeys = await mutate(ctx, async (trx) => {
    const before: IndicatorRecord = editableRecord(ctx, await findIndicator(trx, input.id), INDICATOR_NOT_FOUND);
    await assertMayDeleteMeasurementsUnder(ctx, trx, { indicatorId: input.id }, INDICATOR_WITH_GUARDED_MEASUREMENTS);
    const measurements = await countMeasurementsOf(trx, input.id);
    const keys = await evidenceStorageKeysUnder(trx, { indicatorId: input.id });
    if (!(await deleteIndicatorRow(trx, input.id, input.version))) throw staleVersion();
    ctx.audit.changes = { before: { nodeId: before.nodeId, ...fieldsOf(before), measurements } };
    return keys;
  });
  await removeStoredObjects(ctx, storageKeys);
}

// ─── Measurements ────────────────────────────────────────────────────────────────────────

function toMeasurement({ pactId: _p, pactArchived: _a, indicatorId: _i, ...m }: MeasurementRecord): AgendaMeasurement {
  return m;
}

async function assertDateFree(db: Executor, indicatorId: string, measuredOn: string, exceptId?: string): Promise<void> {
  if (await measurementDateTaken(db, indicatorId, measuredOn, exceptId)) {
    throw fieldError("measuredOn", `Deze indicator heeft al een meting op ${measuredOn}; pas die aan of kies een andere datum.`);
  }
}

export async function addMeasurement(ctx: ServiceContext, input: MeasurementAddInput): Promise<AgendaMeasurement> {
  noteRecord(ctx, "measurement", null);
  const { indicatorId, ...fields } = input;
  return mutate(
    ctx,
    async (trx) => {
      const indicator = editableRecord(ctx, await findIndicator(trx, indicatorId), INDICATOR_NOT_FOUND);
      assertValueFits(indicator, fields.value);
      await assertDateFree(trx, indicatorId, fields.measuredOn);
      await assertNotLocked(trx, indicatorId, fields.measuredOn);
      const id = await insertMeasurement(trx, indicatorId, fields);
      // Review before publication: submitted (or approved at once for the national team).
      await recordMeasurementSaves(ctx, trx, { ids: [id] });
      ctx.audit.objectId = id;
      ctx.audit.changes = { after: { indicatorId, ...fields } };
      return toMeasurement((await findMeasurement(trx, id))!);
    },
    DATE_RACE,
  );
}

export async function updateMeasurement(ctx: ServiceContext, input: MeasurementUpdateInput): Promise<AgendaMeasurement> {
  noteRecord(ctx, "measurement", input.id);
  const { id, version, ...fields } = input;
  return mutate(
    ctx,
    async (trx) => {
      const before = editableRecord(ctx, await findMeasurement(trx, id), MEASUREMENT_NOT_FOUND);
      assertValueFits((await findIndicator(trx, before.indicatorId))!, fields.value);
      await assertDateFree(trx, before.indicatorId, fields.measuredOn, id);
      await assertNotLocked(trx, before.indicatorId, before.measuredOn, fields.measuredOn);
      // A changed total must still fit the breakdowns the measurement carries (disaggregation).
      if (fields.value !== before.value) await assertBreakdownsFit(trx, id, fields.value);
      if (!(await updateMeasurementRow(trx, id, version, fields))) throw staleVersion();
      await recordMeasurementSaves(ctx, trx, { ids: [id] });
      const { measuredOn, value, source, note } = before;
      ctx.audit.changes = changedFields({ measuredOn, value, source, note }, fields);
      return toMeasurement((await findMeasurement(trx, id))!);
    },
    DATE_RACE,
  );
}

/**
 * Deletes a measurement. One whose value is public (approved once) takes a public figure away, so
 * only the national team, who are reviewers, deletes it: review before publication holds for
 * removal too. An editor deletes a measurement of their pact that was never approved.
 */
export async function deleteMeasurement(ctx: ServiceContext, input: RecordVersionInput): Promise<void> {
  noteRecord(ctx, "measurement", input.id);
  // The evidence rows go with the measurement (cascade); their files are removed once that is committed.
  const storageKeys = await mutate(ctx, async (trx) => {
    const before = editableRecord(ctx, await findReviewRecord(trx, input.id), MEASUREMENT_NOT_FOUND);
    await assertNotLocked(trx, before.indicatorId, before.measuredOn);
    if (before.publicValue !== null && !isNationalAdmin(ctx.actor)) throw forbidden(PUBLIC_MEASUREMENT);
    const keys = await evidenceStorageKeysUnder(trx, { measurementId: input.id });
    if (!(await deleteMeasurementRow(trx, input.id, input.version))) throw staleVersion();
    await publicValuesChanged(trx, [before.indicatorId]);
    const { indicatorId, measuredOn, value, source, note } = before;
    ctx.audit.changes = { before: { indicatorId, measuredOn, value, source, note } };
    return keys;
  });
  await removeStoredObjects(ctx, storageKeys);
}
