import { findNode } from "@zorgpact/db/repositories/chain.repository";
import {
  countMeasurementsOf,
  deleteIndicator as deleteIndicatorRow,
  deleteMeasurement as deleteMeasurementRow,
  findIndicator,
  findMeasurement,
  indicatorNameTaken,
  insertIndicator,
  insertMeasurement,
  listMeasurementsOf,
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
import { fieldError, staleVersion } from "../errors.ts";
import { editableRecord, uniquely, type EditorContext } from "./agenda.service.ts";

type Db = EditorContext["db"];

const NODE_NOT_FOUND = "Dit ketenelement bestaat niet.";
const INDICATOR_NOT_FOUND = "Deze indicator bestaat niet.";
const MEASUREMENT_NOT_FOUND = "Deze meting bestaat niet.";
const SAME_DATE = "Iemand anders heeft intussen een meting op deze datum vastgelegd. Laad de nieuwste versie.";

function fieldsOf(input: IndicatorFields): IndicatorFields {
  const { name, unit, direction, baselineValue, baselineDate, targetValue, targetDate } = input;
  return { name, unit, direction, baselineValue, baselineDate, targetValue, targetDate };
}

async function loadIndicator(db: Db, id: string): Promise<AgendaIndicator> {
  const { pactId: _p, pactArchived: _a, ...indicator } = (await findIndicator(db, id))!;
  const measurements = await listMeasurementsOf(db, id);
  return { ...indicator, measurements, progress: indicatorProgress(indicator, measurements) };
}

async function assertNameFree(db: Db, pactId: string, name: string, exceptId?: string) {
  // Imports find indicators by name, so a name is unique within its pact.
  if (await indicatorNameTaken(db, pactId, name, exceptId)) throw fieldError("name", "Dit zorgpact heeft al een indicator met deze naam.");
}

export async function createIndicator(ctx: EditorContext, input: IndicatorCreateInput): Promise<AgendaIndicator> {
  ctx.audit.objectType = "indicator";
  return ctx.db.transaction().execute(async (trx) => {
    const node = editableRecord(ctx, await findNode(trx, input.nodeId), NODE_NOT_FOUND);
    if (!acceptsIndicators(node.kind)) {
      throw fieldError("nodeId", "Indicatoren horen bij resultaten en effecten; input en activiteiten krijgen geen indicator.");
    }
    const fields = fieldsOf(input);
    await assertNameFree(trx, node.pactId, fields.name);
    const id = await insertIndicator(trx, node.id, fields);
    ctx.audit.objectId = id;
    ctx.audit.changes = { after: { nodeId: node.id, ...fields } };
    return loadIndicator(trx, id);
  });
}

export async function updateIndicator(ctx: EditorContext, input: IndicatorUpdateInput): Promise<AgendaIndicator> {
  ctx.audit.objectType = "indicator";
  ctx.audit.objectId = input.id;
  return ctx.db.transaction().execute(async (trx) => {
    const before = editableRecord(ctx, await findIndicator(trx, input.id), INDICATOR_NOT_FOUND);
    const fields = fieldsOf(input);
    await assertNameFree(trx, before.pactId, fields.name, before.id);
    if (!(await updateIndicatorRow(trx, input.id, input.version, fields))) throw staleVersion();
    ctx.audit.changes = changedFields(fieldsOf(before), fields);
    return loadIndicator(trx, input.id);
  });
}

export async function deleteIndicator(ctx: EditorContext, input: RecordVersionInput): Promise<void> {
  ctx.audit.objectType = "indicator";
  ctx.audit.objectId = input.id;
  await ctx.db.transaction().execute(async (trx) => {
    const before: IndicatorRecord = editableRecord(ctx, await findIndicator(trx, input.id), INDICATOR_NOT_FOUND);
    const measurements = await countMeasurementsOf(trx, input.id);
    if (!(await deleteIndicatorRow(trx, input.id, input.version))) throw staleVersion();
    ctx.audit.changes = { before: { nodeId: before.nodeId, ...fieldsOf(before), measurements } };
  });
}

// ─── Measurements ────────────────────────────────────────────────────────────────────────

function toMeasurement({ pactId: _p, pactArchived: _a, indicatorId: _i, ...m }: MeasurementRecord): AgendaMeasurement {
  return m;
}

async function assertDateFree(db: Db, indicatorId: string, measuredOn: string, exceptId?: string) {
  if (await measurementDateTaken(db, indicatorId, measuredOn, exceptId)) {
    throw fieldError("measuredOn", `Deze indicator heeft al een meting op ${measuredOn}; pas die aan of kies een andere datum.`);
  }
}

export async function addMeasurement(ctx: EditorContext, input: MeasurementAddInput): Promise<AgendaMeasurement> {
  ctx.audit.objectType = "measurement";
  return ctx.db.transaction().execute(async (trx) => {
    editableRecord(ctx, await findIndicator(trx, input.indicatorId), INDICATOR_NOT_FOUND);
    const { indicatorId, ...fields } = input;
    await assertDateFree(trx, indicatorId, fields.measuredOn);
    const id = await uniquely(() => insertMeasurement(trx, indicatorId, fields), SAME_DATE);
    ctx.audit.objectId = id;
    ctx.audit.changes = { after: { indicatorId, ...fields } };
    return toMeasurement((await findMeasurement(trx, id))!);
  });
}

export async function updateMeasurement(ctx: EditorContext, input: MeasurementUpdateInput): Promise<AgendaMeasurement> {
  ctx.audit.objectType = "measurement";
  ctx.audit.objectId = input.id;
  return ctx.db.transaction().execute(async (trx) => {
    const before = editableRecord(ctx, await findMeasurement(trx, input.id), MEASUREMENT_NOT_FOUND);
    const { id, version, ...fields } = input;
    await assertDateFree(trx, before.indicatorId, fields.measuredOn, id);
    if (!(await uniquely(() => updateMeasurementRow(trx, id, version, fields), SAME_DATE))) throw staleVersion();
    const { measuredOn, value, source, note } = before;
    ctx.audit.changes = changedFields({ measuredOn, value, source, note }, fields);
    return toMeasurement((await findMeasurement(trx, id))!);
  });
}

export async function deleteMeasurement(ctx: EditorContext, input: RecordVersionInput): Promise<void> {
  ctx.audit.objectType = "measurement";
  ctx.audit.objectId = input.id;
  await ctx.db.transaction().execute(async (trx) => {
    const before = editableRecord(ctx, await findMeasurement(trx, input.id), MEASUREMENT_NOT_FOUND);
    if (!(await deleteMeasurementRow(trx, input.id, input.version))) throw staleVersion();
    const { indicatorId, measuredOn, value, source, note } = before;
    ctx.audit.changes = { before: { indicatorId, measuredOn, value, source, note } };
  });
}
