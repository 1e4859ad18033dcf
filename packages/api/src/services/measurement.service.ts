import { indicatorsForImport, insertMeasurements, measurementDatesOf } from "@zorgpact/db/repositories/indicator.repository";
import { importRefusalMessage, summariseImport, validateMeasurementImport, type ImportFileInput, type ImportReport } from "@zorgpact/domain/measurement-import";
import { assertCanEditPact } from "../access.ts";
import { busy, conflict, fieldError } from "../errors.ts";
import { Busy, Semaphore } from "./concurrency.ts";
import { mutate, type ServiceContext, type Trx } from "./context.ts";
import { editablePact } from "./guards.ts";
import { readMeasurementFile, type ReadFile } from "./spreadsheet.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reading a file is CPU work on the event loop: two at a time, a few more may wait. */
const fileReads = new Semaphore("measurement file", 2, 8);

/**
 * Reads the file before any transaction (a large workbook would otherwise hold one open, which
 * on PGlite blocks every other query). Only editors of the pact get this far: nobody else makes
 * the server parse a file.
 */
async function readFile(ctx: ServiceContext, input: ImportFileInput): Promise<ReadFile> {
  assertCanEditPact(ctx, input.pactId);
  try {
    return await fileReads.run(() => readMeasurementFile(input.fileName, input.contentBase64));
  } catch (error) {
    if (error instanceof Busy) throw busy();
    throw error;
  }
}

/** Checks every row of the read file against the database as the transaction sees it. */
async function validateRows(trx: Trx, input: ImportFileInput, file: ReadFile): Promise<ImportReport> {
  const namedIds = [...new Set(file.rows.map((r) => r.indicator.trim().toLowerCase()).filter((ref) => UUID.test(ref)))];
  const indicators = await indicatorsForImport(trx, input.pactId, namedIds);
  const existing = await measurementDatesOf(
    trx,
    indicators.filter((i) => i.pactId === input.pactId).map((i) => i.id),
  );
  const rows = validateMeasurementImport(file.rows, { pactId: input.pactId, indicators, existing });
  return summariseImport(input.fileName, file.format, rows);
}

/** A row-by-row report of what an import would do; changes nothing. */
export async function previewImport(ctx: ServiceContext, input: ImportFileInput): Promise<ImportReport> {
  ctx.audit.objectType = "measurement_import";
  const file = await readFile(ctx, input);
  return mutate(ctx, async (trx) => {
    await editablePact(ctx, trx, input.pactId);
    const report = await validateRows(trx, input, file);
    ctx.audit.changes = { after: { fileName: input.fileName, format: report.format, rows: report.rows.length, errors: report.errorCount } };
    return report;
  });
}

/** Validates again and writes every row in one transaction, or nothing when any row is wrong. */
export async function commitImport(ctx: ServiceContext, input: ImportFileInput): Promise<{ fileName: string; imported: number }> {
  ctx.audit.objectType = "measurement_import";
  const duplicateDates = "Iemand anders heeft intussen metingen op dezelfde datums vastgelegd; er is niets ingelezen. Bekijk het voorbeeld opnieuw.";
  const file = await readFile(ctx, input);
  return mutate(
    ctx,
    async (trx) => {
      await editablePact(ctx, trx, input.pactId);
      const report = await validateRows(trx, input, file);
      if (!report.valid) throw fieldError("contentBase64", importRefusalMessage(report));
      const rows = report.rows.map((r) => ({ indicatorId: r.indicatorId!, measuredOn: r.measuredOn!, value: r.value!, source: r.source, note: r.note }));
      await insertMeasurements(trx, rows);
      ctx.audit.changes = {
        after: {
          fileName: input.fileName,
          format: report.format,
          measurements: report.rows.length,
          indicatorIds: [...new Set(report.rows.map((r) => r.indicatorId))],
        },
      };
      return { fileName: input.fileName, imported: report.rows.length };
    },
    { onUniqueViolation: () => conflict(duplicateDates) },
  );
}
