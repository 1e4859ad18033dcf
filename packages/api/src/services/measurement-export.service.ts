import { findAgendaPact } from "@zorgpact/db/repositories/agenda.repository";
import { pactIndicators, pactMeasurementRows } from "@zorgpact/db/repositories/measurement-table.repository";
import { EVERYTHING } from "@zorgpact/db/repositories/visibility";
import type { ExportFile } from "@zorgpact/domain/agenda";
import { measurementTableColumns, type MeasurementExportInput } from "@zorgpact/domain/measurement-import";
import { assertCanEditPact } from "../access.ts";
import { notFound } from "../errors.ts";
import type { ServiceContext } from "./context.ts";
import { PACT_NOT_FOUND } from "./guards.ts";
import { contentTypes, writeTableCsv, writeTableXlsx, type Table, type TableCell } from "./spreadsheet.ts";

/**
 * A pact's measurements as one table with the import's Dutch columns, so the file can be edited
 * and imported again; and the template: the same columns with a line per indicator and no values.
 */

const SHEET = "Metingen";
const columns = measurementTableColumns.map((c) => c.header);

async function pactOf(ctx: ServiceContext, pactId: string) {
  assertCanEditPact(ctx, pactId);
  const pact = await findAgendaPact(ctx.db, { id: pactId }, EVERYTHING);
  if (!pact) throw notFound(PACT_NOT_FOUND);
  return pact;
}

async function toFile(table: Table, fileName: string, format: MeasurementExportInput["format"]): Promise<ExportFile> {
  const content = format === "xlsx" ? await writeTableXlsx(table) : writeTableCsv(table);
  return { fileName: `${fileName}.${format}`, contentType: contentTypes[format], contentBase64: content.toString("base64") };
}

export async function exportMeasurements(ctx: ServiceContext, input: MeasurementExportInput): Promise<ExportFile> {
  const pact = await pactOf(ctx, input.pactId);
  const rows = await pactMeasurementRows(ctx.db, input.pactId);
  const table: Table = {
    sheetName: SHEET,
    columns,
    rows: rows.map((m): TableCell[] => [m.indicatorName, m.unit, { date: m.measuredOn }, m.value, m.source, m.note, m.indicatorId]),
  };
  return toFile(table, `metingen-${pact.slug}`, input.format);
}

export async function measurementTemplate(ctx: ServiceContext, input: MeasurementExportInput): Promise<ExportFile> {
  const pact = await pactOf(ctx, input.pactId);
  const indicators = await pactIndicators(ctx.db, input.pactId);
  const table: Table = { sheetName: SHEET, columns, rows: indicators.map((i): TableCell[] => [i.name, i.unit, null, null, null, null, i.id]) };
  return toFile(table, `metingen-sjabloon-${pact.slug}`, input.format);
}
