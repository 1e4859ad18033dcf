import { escapeFormula, formulaSafeCell } from "@zorgpact/domain/formula-escape";
import { dutchDecimal } from "@zorgpact/domain/open-data-dutch";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, importColumns, measurementTableColumns, type RawImportRow } from "@zorgpact/domain/measurement-import";
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { fieldError } from "../errors.ts";
import { inspectZip, XLSX_LIMITS, ZipRefused, type ZipRefusal } from "./zip-inspection.ts";

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

/** Cells beyond this column are never read: the import needs seven, and a sheet may claim 16 384. */
const MAX_COLUMNS = 50;

/**
 * Reads an uploaded measurement file. Pure CPU work with bounded memory: call it before any
 * transaction. A zip (XLSX) is inspected first (sizes, ratios, layout) and then streamed with a
 * row cap, so a zip bomb costs at most the inspection.
 */
export async function readMeasurementFile(fileName: string, contentBase64: string): Promise<ReadFile> {
  const compact = contentBase64.replace(/\s/g, "");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) throw fileTrouble("Het bestand is niet goed meegestuurd (geen base64).");
  const bytes = Buffer.from(compact, "base64");
  if (bytes.length === 0) throw fileTrouble("Het bestand is leeg.");
  if (bytes.length > MAX_IMPORT_BYTES) throw fileTrouble(`Het bestand is groter dan ${MAX_IMPORT_BYTES / 1024 / 1024} MB; splits het op.`);

  const isZip = ZIP_MAGIC.every((b, i) => bytes[i] === b);
  if (isZip) return { format: "xlsx", rows: await readXlsx(bytes) };
  if (/\.xlsx?$/i.test(fileName)) throw unreadableWorkbook();
  return { format: "csv", rows: readCsv(bytes) };
}

function unreadableWorkbook() {
  return fileTrouble("Dit is geen leesbaar Excel-bestand. Gebruik .xlsx (Excel 2007 of nieuwer) of een CSV-bestand.");
}

function zipTrouble(refusal: ZipRefusal) {
  switch (refusal.kind) {
    case "unreadable":
    case "encrypted":
      return unreadableWorkbook();
    case "too_many_entries":
    case "too_large":
      return fileTrouble(`Dit Excel-bestand is uitgepakt groter dan ${XLSX_LIMITS.maxTotalBytes / 1024 / 1024} MB; splits het op of sla het op als CSV.`);
    case "suspicious_ratio":
    case "inconsistent":
      return fileTrouble("Dit Excel-bestand is niet goed opgebouwd en wordt niet gelezen. Sla het opnieuw op met Excel of als CSV.");
  }
}

/**
 * Text of a CSV: UTF-8 (with or without BOM); UTF-16 with a BOM, as Excel's "Unicode text" saves
 * it; else Windows-1252, as older Excel versions save CSV.
 */
function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  if (looksLikeUtf16WithoutBom(bytes)) {
    throw fileTrouble("Dit bestand lijkt UTF-16-tekst zonder kenmerk (BOM). Sla het op als CSV UTF-8 (in Excel: 'CSV UTF-8 (door komma's gescheiden)').");
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** Many zero bytes in one of the two byte positions: UTF-16 text of mostly ASCII. */
function looksLikeUtf16WithoutBom(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, 1024);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenZeros++;
    else oddZeros++;
  }
  return Math.max(evenZeros, oddZeros) > sample.length / 4;
}

/** The header has no decimals, so whichever of tab, `;` and `,` it holds most of is the delimiter. */
function detectDelimiter(text: string): "\t" | ";" | "," {
  const header = text.split(/\r?\n/, 1)[0] ?? "";
  const count = (c: string) => header.split(c).length - 1;
  const [best] = (["\t", ";", ","] as const).map((d) => [d, count(d)] as const).sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ",";
}

function readCsv(bytes: Buffer): RawImportRow[] {
  const text = decodeText(bytes);
  const parsed = Papa.parse<string[]>(text, { delimiter: detectDelimiter(text), skipEmptyLines: false });
  const quoteError = parsed.errors.find((e) => e.type === "Quotes");
  if (quoteError) throw fileTrouble(`Het bestand is geen geldige CSV: een aanhalingsteken wordt niet gesloten (rij ${(quoteError.row ?? 0) + 1}).`);
  return toRows(parsed.data.map((cells, index) => ({ rowNumber: index + 1, cells: cells.slice(0, MAX_COLUMNS) })));
}

/**
 * Streams the workbook sheet by sheet. The sheet with the measurement columns is read (an
 * exported agenda has several sheets), else the first; rows are kept only up to the cap. Every
 * sheet is still walked to its end, which the inspection bounds, because breaking off exceljs's
 * reader half-way leaves its temporary files behind.
 */
async function readXlsx(bytes: Buffer): Promise<RawImportRow[]> {
  try {
    await inspectZip(bytes);
  } catch (error) {
    if (error instanceof ZipRefused) throw zipTrouble(error.refusal);
    throw error;
  }

  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache", // dates are numbers styled as dates
    hyperlinks: "ignore",
    entries: "ignore",
  });
  let chosen: SheetRows | null = null;
  let first: SheetRows | null = null;
  try {
    for await (const worksheet of reader) {
      const sheet: SheetRows = { rows: [], overCap: false };
      let collecting = chosen === null;
      for await (const row of worksheet) {
        if (!collecting) continue;
        const cells = rowCells(row);
        // Row 1 is the header even when empty; empty data rows neither count nor stay.
        if (sheet.rows.length === 0 && row.number !== 1) sheet.rows.push({ rowNumber: 1, cells: [] });
        else if (sheet.rows.length > 0 && cells.every((c) => c.trim() === "")) continue;
        if (sheet.rows.length > MAX_IMPORT_ROWS) {
          sheet.overCap = true;
          collecting = false;
          continue;
        }
        sheet.rows.push({ rowNumber: row.number, cells });
        // A later sheet without the measurement columns is not needed: the first one is the fallback.
        if (first !== null && !headerHasMeasurements(sheet.rows[0]!.cells)) collecting = false;
      }
      if (chosen === null && sheet.rows.length > 0 && headerHasMeasurements(sheet.rows[0]!.cells)) chosen = sheet;
      first ??= sheet;
    }
  } catch {
    // exceljs's stream reader cannot read a workbook whose sheets come before workbook.xml in
    // the zip (as exceljs itself writes them). The inspection above has bounded the unpacked
    // size, so reading such a file whole is bounded too.
    return readWholeXlsx(bytes);
  }
  const sheet = chosen ?? first;
  if (sheet === null) throw fileTrouble("Het Excel-bestand heeft geen werkblad.");
  if (sheet.overCap) throw tooManyRows();
  return toRows(sheet.rows);
}

async function readWholeXlsx(bytes: Buffer): Promise<RawImportRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw unreadableWorkbook();
  }
  const sheets: SheetRows[] = workbook.worksheets.map((worksheet) => {
    const sheet: SheetRows = { rows: [], overCap: false };
    worksheet.eachRow({ includeEmpty: false }, (row) => {
      const cells = rowCells(row);
      if (sheet.rows.length === 0 && row.number !== 1) sheet.rows.push({ rowNumber: 1, cells: [] });
      else if (sheet.rows.length > 0 && cells.every((c) => c.trim() === "")) return;
      if (sheet.rows.length > MAX_IMPORT_ROWS) sheet.overCap = true;
      else sheet.rows.push({ rowNumber: row.number, cells });
    });
    return sheet;
  });
  const sheet = sheets.find((s) => s.rows.length > 0 && headerHasMeasurements(s.rows[0]!.cells)) ?? sheets[0];
  if (sheet === undefined) throw fileTrouble("Het Excel-bestand heeft geen werkblad.");
  if (sheet.overCap) throw tooManyRows();
  return toRows(sheet.rows);
}

interface SheetRows {
  rows: { rowNumber: number; cells: string[] }[];
  /** More data rows than the cap: the rest was walked past, not kept. */
  overCap: boolean;
}

function headerHasMeasurements(cells: readonly string[]): boolean {
  const dateColumns: readonly string[] = importColumns.measuredOn;
  return cells.map(normaliseHeader).some((name) => dateColumns.includes(name));
}

function rowCells(row: ExcelJS.Row): string[] {
  const cells: string[] = [];
  const last = Math.min(row.cellCount, MAX_COLUMNS);
  for (let col = 1; col <= last; col++) cells.push(cellText(row.getCell(col).value));
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
  return text
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}

function tooManyRows() {
  return fileTrouble(`Het bestand heeft meer dan ${MAX_IMPORT_ROWS} rijen met metingen; splits het op.`);
}

/** Maps the header row to the import columns and turns every non-empty data row into a raw row. */
function toRows(records: readonly { rowNumber: number; cells: readonly string[] }[]): RawImportRow[] {
  const header = (records[0]?.cells ?? []).map(normaliseHeader);
  const column = (names: readonly string[]) => {
    const index = header.findIndex((name) => names.includes(name));
    return index >= 0 ? index : undefined;
  };
  const indicatorId = column(importColumns.indicatorId);
  const indicatorName = column(importColumns.indicatorName);
  const measuredOn = column(importColumns.measuredOn);
  const value = column(importColumns.value);
  const source = column(importColumns.source);
  const note = column(importColumns.note);
  const missing = [
    indicatorId === undefined && indicatorName === undefined ? "Indicator (of Indicator-ID)" : null,
    measuredOn === undefined ? "Datum" : null,
    value === undefined ? "Waarde" : null,
  ].filter((m) => m !== null);
  if (missing.length > 0) {
    throw fileTrouble(
      `De eerste rij mist de kolom${missing.length > 1 ? "men" : ""} ${missing.join(", ")}. Verwacht: ${measurementTableColumns.map((c) => c.header).join(", ")}.`,
    );
  }

  const rows: RawImportRow[] = [];
  for (const { rowNumber, cells } of records.slice(1)) {
    if (cells.every((c) => c.trim() === "")) continue;
    if (rows.length === MAX_IMPORT_ROWS) throw tooManyRows();
    const at = (i: number | undefined) => (i === undefined ? "" : (cells[i] ?? ""));
    rows.push({
      rowNumber,
      indicatorId: at(indicatorId),
      indicatorName: at(indicatorName),
      measuredOn: at(measuredOn),
      value: at(value),
      // A column the file does not have is null: what is stored stays.
      source: source === undefined ? null : at(source),
      note: note === undefined ? null : at(note),
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

// ─── One table ───────────────────────────────────────────────────────────────────────────

/** A cell of a single-table export: dates are `YYYY-MM-DD` text in CSV and real dates in XLSX. */
export type TableCell = string | number | { date: string } | null;

export interface Table {
  sheetName: string;
  columns: readonly string[];
  rows: readonly (readonly TableCell[])[];
}

/**
 * One table as Dutch Excel opens it by double-click: UTF-8 with a BOM, `;` between fields, CRLF
 * line ends, numbers with a decimal comma and no grouping, dates as `YYYY-MM-DD`. Text goes
 * through the one formula guard (`escapeFormula`); numbers never do, so `-5` stays a number.
 */
export function writeTableCsv(table: Table): Buffer {
  const cell = (value: TableCell) =>
    value === null ? "" : typeof value === "number" ? dutchDecimal(value) : typeof value === "string" ? escapeFormula(value) : value.date;
  const body = Papa.unparse([[...table.columns], ...table.rows.map((row) => row.map(cell))], { delimiter: ";", newline: "\r\n" });
  return Buffer.from(`\uFEFF${body}\r\n`, "utf-8");
}

/** The same table as a workbook with one sheet: numbers as numbers, dates as dates (shown DD-MM-JJJJ). */
export async function writeTableXlsx(table: Table): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Zorgpact";
  const sheet = workbook.addWorksheet(table.sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow([...table.columns]).font = { bold: true };
  for (const row of table.rows) {
    const added = sheet.addRow(
      row.map((value) =>
        value === null ? null : typeof value === "string" ? escapeFormula(value) : typeof value === "number" ? value : new Date(`${value.date}T00:00:00Z`),
      ),
    );
    row.forEach((value, i) => {
      if (value !== null && typeof value === "object") added.getCell(i + 1).numFmt = "dd-mm-yyyy";
    });
  }
  sheet.columns.forEach((col, i) => {
    const longest = Math.max(table.columns[i]?.length ?? 0, ...table.rows.slice(0, 500).map((r) => cellWidth(r[i] ?? null)));
    col.width = Math.min(60, Math.max(10, longest + 2));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const cellWidth = (value: TableCell) => (value === null ? 0 : typeof value === "object" ? 10 : String(value).length);
