import { formulaSafeCell } from "@zorgpact/domain/formula-escape";
import { dutchDecimal } from "@zorgpact/domain/open-data-dutch";
import Papa from "papaparse";

/** Excel reads a UTF-8 CSV as UTF-8 only when it starts with a byte order mark. */
export const BOM = "\uFEFF";

/**
 * RFC 4180 CSV: a header row, comma-separated, CRLF line ends, fields quoted when they contain a
 * comma, quote or line break. Null becomes an empty field. Text that a spreadsheet would take for
 * a formula (starting with =, +, -, @, tab or CR, also after leading whitespace or line breaks)
 * gets a leading apostrophe (CSV injection), by the same function as the agenda export.
 */
export function toCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  const data = rows.map((row) => columns.map((column) => formulaSafeCell(row[column] ?? null)));
  return BOM + Papa.unparse({ fields: [...columns], data }, { newline: "\r\n", quotes: false, header: true });
}

/**
 * The same rows the way Dutch Excel opens a CSV by double-click: semicolons, decimal commas and
 * Dutch column headers. Text is formula-escaped like the standard CSV.
 */
export function toDutchExcelCsv(columns: readonly { key: string; header: string }[], rows: readonly Record<string, unknown>[]): string {
  const data = rows.map((row) =>
    columns.map(({ key }) => {
      const value = row[key] ?? null;
      return typeof value === "number" ? dutchDecimal(value) : formulaSafeCell(value);
    }),
  );
  return BOM + Papa.unparse({ fields: columns.map((c) => c.header), data }, { newline: "\r\n", quotes: false, header: true, delimiter: ";" });
}

/** A CSV layout: the standard one or Dutch Excel's (see toCsv and toDutchExcelCsv). */
export type CsvLayout = { kind: "standard"; columns: readonly string[] } | { kind: "dutch-excel"; columns: readonly { key: string; header: string }[] };

/**
 * The same bytes as toCsv / toDutchExcelCsv, written batch by batch as the rows arrive: the header
 * first, then each batch's lines, so a download holds one batch in memory at a time.
 */
export async function* csvChunks(layout: CsvLayout, batches: AsyncIterable<readonly Record<string, unknown>[]>): AsyncGenerator<string> {
  const dutch = layout.kind === "dutch-excel";
  const options = { newline: "\r\n", quotes: false, ...(dutch ? { delimiter: ";" } : {}) };
  const headers = dutch ? layout.columns.map((c) => c.header) : [...layout.columns];
  const keys = dutch ? layout.columns.map((c) => c.key) : layout.columns;
  yield BOM + Papa.unparse([headers], options);
  let empty = true;
  for await (const rows of batches) {
    if (rows.length === 0) continue;
    empty = false;
    const data = rows.map((row) =>
      keys.map((key) => {
        const value = row[key] ?? null;
        return dutch && typeof value === "number" ? dutchDecimal(value) : formulaSafeCell(value);
      }),
    );
    yield "\r\n" + Papa.unparse(data, options);
  }
  // Papa ends a header-only file with a line break.
  if (empty) yield "\r\n";
}
