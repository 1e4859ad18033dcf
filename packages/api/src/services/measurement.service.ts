import { indicatorsForImport, insertMeasurements, measurementDatesOf } from "@zorgpact/db/repositories/indicator.repository";
import {
  importRefusalMessage,
  summariseImport,
  validateMeasurementImport,
  type ImportFileInput,
  type ImportReport,
} from "@zorgpact/domain/measurement-import";
import { conflict, fieldError } from "../errors.ts";
import { mutate, type Executor, type ServiceContext } from "./context.ts";
import { editablePact } from "./guards.ts";
import { readMeasurementFile } from "./spreadsheet.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads the file and checks every row against the database as it is now. */
async function validateFile(db: Executor, input: ImportFileInput): Promise<ImportReport> {
  const file = await readMeasurementFile(input.fileName, input.contentBase64);
  const namedIds = [...new Set(file.rows.map((r) => r.indicator.trim().toLowerCase()).filter((ref) => UUID.test(ref)))];
  const indicators = await indicatorsForImport(db, input.pactId, namedIds);
  const existing = await measurementDatesOf(
    db,
    indicators.filter((i) => i.pactId === input.pactId).map((i) => i.id),
  );
  const rows = validateMeasurementImport(file.rows, { pactId: input.pactId, indicators, existing });
  return summariseImport(input.fileName, file.format, rows);
}

/** A row-by-row report of what an import would do; changes nothing. */
export async function previewImport(ctx: ServiceContext, input: ImportFileInput): Promise<ImportReport> {
  ctx.audit.objectType = "measurement_import";
  return ctx.db.transaction().execute(async (trx) => {
    await editablePact(ctx, trx, input.pactId);
    return validateFile(trx, input);
  });
}

/** Validates again and writes every row in one transaction, or nothing when any row is wrong. */
export async function commitImport(ctx: ServiceContext, input: ImportFileInput): Promise<{ fileName: string; imported: number }> {
  ctx.audit.objectType = "measurement_import";
  const duplicateDates = "Iemand anders heeft intussen metingen op dezelfde datums vastgelegd; er is niets ingelezen. Bekijk het voorbeeld opnieuw.";
  return mutate(ctx, async (trx) => {
    await editablePact(ctx, trx, input.pactId);
    const report = await validateFile(trx, input);
    if (!report.valid) throw fieldError("contentBase64", importRefusalMessage(report));
    const rows = report.rows.map((r) => ({ indicatorId: r.indicatorId!, measuredOn: r.measuredOn!, value: r.value!, source: r.source, note: r.note }));
    await insertMeasurements(trx, rows);
    ctx.audit.changes = {
      after: { fileName: input.fileName, format: report.format, measurements: report.rows.length, indicatorIds: [...new Set(report.rows.map((r) => r.indicatorId))] },
    };
    return { fileName: input.fileName, imported: report.rows.length };
  }, { onUniqueViolation: () => conflict(duplicateDates) });
}
