import { formulaSafeCell } from "@zorgpact/domain/formula-escape";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, importColumns, type RawImportRow } from "@zorgpact/domain/measurement-import";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { fieldError } from "../errors.ts";

/**
 * Reading measurement files and writing exports: CSV through papaparse, XLSX through exceljs.
 * Any problem with the file as a whole (too large, unreadable, missing columns) is a
 * BAD_REQUEST on `contentBase64`; problems with single rows are left to the domain's report.
 */

export type SheetFormat = "csv" | "xlsx";
export type Cell = string | number | boolean | null;

export interface Section {
  /** Stable key, also the CSV section name. */
  key: string;
  /** The sheet's name in the workbook (Dutch, at most 31 characters). */
  sheetName: string;
  columns: readonly string[];
  rows: readonly (readonly Cell[])[];
}

const FIELD = "contentBase64";
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function fileTrouble(message: string) {
  return fieldError(FIELD, message);
}

// ─── Reading ─────────────────────────────────────────────────────────────────────────────

export interface ReadFile {
  format: SheetFormat;
  rows: RawImportRow[];
}

export async function readMeasurementFile(fileName: string, contentBase64: string): Promise<ReadFile> {
  const compact = contentBase64.replace(/\s/g, "");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) throw fileTrouble("Het bestand is niet goed meegestuurd (geen base64).");
  const bytes = Buffer.from(compact, "base64");
  if (bytes.length === 0) throw fileTrouble("Het bestand is leeg.");
  if (bytes.length > MAX_IMPORT_BYTES) throw fileTrouble(`Het bestand is groter dan ${MAX_IMPORT_BYTES / 1024 / 1024} MB; splits het op.`);

  const isZip = ZIP_MAGIC.every((b, i) => bytes[i] === b);
  if (isZip) return { format: "xlsx", rows: await readXlsx(bytes) };
  if (/\.xlsx?$/i.test(fileName)) {
    throw fileTrouble("Dit is geen leesbaar Excel-bestand. Gebruik .xlsx (Excel 2007 of nieuwer) of een CSV-bestand.");
  }
  return { format: "csv", rows: readCsv(bytes) };
}

/** UTF-8 (with or without BOM), falling back to Windows-1252 as older Excel versions save CSV. */
function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** The header has no decimals, so whichever of `;` and `,` it holds more of is the delimiter. */
function detectDelimiter(text: string): ";" | "," {
  const header = text.split(/\r?\n/, 1)[0] ?? "";
  const count = (c: string) => header.split(c).length - 1;
  return count(";") > count(",") ? ";" : ",";
}

function readCsv(bytes: Buffer): RawImportRow[] {
  const text = decodeText(bytes);
  const parsed = Papa.parse<string[]>(text, { delimiter: detectDelimiter(text), skipEmptyLines: false });
  const quoteError = parsed.errors.find((e) => e.type === "Quotes");
  if (quoteError) throw fileTrouble(`Het bestand is geen geldige CSV: een aanhalingsteken wordt niet gesloten (rij ${(quoteError.row ?? 0) + 1}).`);
  return toRows(parsed.data.map((cells, index) => ({ rowNumber: index + 1, cells })));
}

async function readXlsx(bytes: Buffer): Promise<RawImportRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw fileTrouble("Dit is geen leesbaar Excel-bestand. Gebruik .xlsx (Excel 2007 of nieuwer) of een CSV-bestand.");
  }
  // The sheet with the measurement columns (an exported agenda has several sheets), else the first.
  const headerOf = (sheet: ExcelJS.Worksheet) => sheetRow(sheet, 1).map((c) => normaliseHeader(c));
  const sheet = workbook.worksheets.find((s) => headerOf(s).includes("measured_on")) ?? workbook.worksheets[0];
  if (!sheet) throw fileTrouble("Het Excel-bestand heeft geen werkblad.");
  if (sheet.rowCount > MAX_IMPORT_ROWS + 1) throw tooManyRows();
  const rows: { rowNumber: number; cells: string[] }[] = [];
  for (let n = 1; n <= sheet.rowCount; n++) rows.push({ rowNumber: n, cells: sheetRow(sheet, n) });
  return toRows(rows);
}

function sheetRow(sheet: ExcelJS.Worksheet, rowNumber: number): string[] {
  const row = sheet.getRow(rowNumber);
  const cells: string[] = [];
  for (let col = 1; col <= row.cellCount; col++) cells.push(cellText(row.getCell(col).value));
  return cells;
}

/** An Excel cell as text: dates as YYYY-MM-DD (Excel dates carry no zone; exceljs reads them as UTC). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "string") return value;
  if ("result" in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("text" in value) return String(value.text);
  if ("error" in value) return String(value.error);
  return "";
}

function normaliseHeader(text: string): string {
  return text.replace(/^\uFEFF/, "").trim().toLowerCase().replace(/[\s-]+/g, "_");
}

function tooManyRows() {
  return fileTrouble(`Het bestand heeft meer dan ${MAX_IMPORT_ROWS} rijen met metingen; splits het op.`);
}

/** Maps the header row to the import columns and turns every non-empty data row into a raw row. */
function toRows(records: readonly { rowNumber: number; cells: readonly string[] }[]): RawImportRow[] {
  const header = (records[0]?.cells ?? []).map(normaliseHeader);
  const column = (names: readonly string[]) => names.map((name) => header.indexOf(name)).filter((i) => i >= 0);
  const indicatorColumns = column(importColumns.indicator);
  const [measuredOn] = column(importColumns.measuredOn);
  const [value] = column(importColumns.value);
  const [source] = column(importColumns.source);
  const [note] = column(importColumns.note);
  const missing = [
    indicatorColumns.length === 0 ? "indicator_id (of indicator)" : null,
    measuredOn === undefined ? "measured_on" : null,
    value === undefined ? "value" : null,
  ].filter((m) => m !== null);
  if (missing.length > 0) {
    throw fileTrouble(
      `De eerste rij mist de kolom${missing.length > 1 ? "men" : ""} ${missing.join(", ")}. Verwacht: indicator_id (of indicator), measured_on, value, source, note.`,
    );
  }

  const rows: RawImportRow[] = [];
  for (const { rowNumber, cells } of records.slice(1)) {
    if (cells.every((c) => c.trim() === "")) continue;
    if (rows.length === MAX_IMPORT_ROWS) throw tooManyRows();
    const at = (i: number | undefined) => (i === undefined ? "" : (cells[i] ?? ""));
    rows.push({
      rowNumber,
      // indicator_id wins over indicator when a row fills both.
      indicator: indicatorColumns.map(at).find((c) => c.trim() !== "") ?? "",
      measuredOn: at(measuredOn),
      value: at(value),
      source: at(source),
      note: at(note),
    });
  }
  return rows;
}

// ─── Writing ─────────────────────────────────────────────────────────────────────────────

export const contentTypes: Record<SheetFormat, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
};

export const CSV_SECTION_MARKER = "sectie";

/**
 * One CSV with a section per table: a row `sectie;<key>`, the header, the rows and an empty
 * line. Semicolons and a BOM so that Dutch Excel opens it as it is; formulas are escaped.
 */
export function writeCsv(sections: readonly Section[]): Buffer {
  const parts = sections.map((section) =>
    Papa.unparse([[CSV_SECTION_MARKER, section.key], [...section.columns], ...section.rows.map((r) => r.map(formulaSafeCell))], {
      delimiter: ";",
      newline: "\r\n",
    }),
  );
  return Buffer.from(`\uFEFF${parts.join("\r\n\r\n")}\r\n`, "utf-8");
}

/** A workbook with a sheet per section, header in bold and frozen. */
export async function writeXlsx(sections: readonly Section[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Zorgpact";
  for (const section of sections) {
    const sheet = workbook.addWorksheet(section.sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.addRow([...section.columns]).font = { bold: true };
    for (const row of section.rows) sheet.addRow([...row]);
    sheet.columns.forEach((col, i) => {
      const longest = Math.max(section.columns[i]?.length ?? 0, ...section.rows.map((r) => String(r[i] ?? "").length));
      col.width = Math.min(60, Math.max(10, longest + 2));
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Reads an exported CSV back into its sections (used by tests and by anyone re-reading an export). */
export function readSectionedCsv(text: string): Map<string, { columns: string[]; rows: string[][] }> {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { delimiter: ";", skipEmptyLines: "greedy" });
  const sections = new Map<string, { columns: string[]; rows: string[][] }>();
  let current: { columns: string[]; rows: string[][] } | undefined;
  let expectHeader = false;
  for (const row of parsed.data) {
    if (row[0] === CSV_SECTION_MARKER && row.length === 2) {
      current = { columns: [], rows: [] };
      sections.set(row[1]!, current);
      expectHeader = true;
    } else if (current && expectHeader) {
      current.columns = row;
      expectHeader = false;
    } else if (current) {
      current.rows.push(row);
    }
  }
  return sections;
}
