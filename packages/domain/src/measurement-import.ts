import { z } from "zod";
import { exportFormatSchema } from "./agenda.ts";
import { FORBIDDEN_CHARACTER_MESSAGE, hasForbiddenCharacter, idSchema, isoDateSchema, text } from "./common.ts";
import { breakdownRuleFor, dutchNumber } from "./disaggregation.ts";
import { unescapeFormula } from "./formula-escape.ts";
import { unitValueError, type UnitKind } from "./indicator-unit.ts";

/**
 * The measurements table of a pact, out and back in: one table (no sections) with Dutch column
 * names, exported as CSV for Dutch Excel or as XLSX, and imported from the same file after
 * editing. Importing compares every row with what is stored: a new date for an indicator is a new
 * measurement, the same indicator and date with another value, source or note an update, the
 * same again unchanged. A file with any wrong row changes nothing.
 *
 * The file is read elsewhere (the API); here are the columns and the rules for its rows.
 */

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 5000;
const MAX_BASE64_LENGTH = Math.ceil(MAX_IMPORT_BYTES / 3) * 4;
const MAX_SOURCE = 200;
const MAX_NOTE = 2000;

export const importFileInputSchema = z.object({
  pactId: idSchema,
  fileName: text({ min: 1, max: 255, minMessage: "Geef de naam van het bestand." }),
  contentBase64: z
    .string()
    .min(1, { error: "Het bestand is leeg." })
    .max(MAX_BASE64_LENGTH, { error: `Het bestand is groter dan ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`, abort: true })
    .regex(/^[A-Za-z0-9+/=\s]*$/, { error: "Het bestand is niet goed meegestuurd (geen base64)." }),
});
export type ImportFileInput = z.infer<typeof importFileInputSchema>;

/**
 * Applying takes the file again and the preview's `basis`: a fingerprint of what the preview
 * compared against. When a measurement changed in between, the apply refuses instead of writing
 * over a change the person never saw.
 */
export const importCommitInputSchema = importFileInputSchema.extend({
  basis: z.string().regex(/^[0-9a-f]{64}$/, { error: "Bekijk eerst het voorbeeld van de import." }),
});
export type ImportCommitInput = z.infer<typeof importCommitInputSchema>;

export const measurementExportInputSchema = z.object({ pactId: idSchema, format: exportFormatSchema });
export type MeasurementExportInput = z.infer<typeof measurementExportInputSchema>;

/** The exported table's columns, in order. `key` names the field, `header` is what the file says. */
export const measurementTableColumns = [
  { key: "indicator", header: "Indicator" },
  { key: "unit", header: "Eenheid" },
  { key: "measuredOn", header: "Datum" },
  { key: "value", header: "Waarde" },
  { key: "source", header: "Bron" },
  { key: "note", header: "Toelichting" },
  { key: "indicatorId", header: "Indicator-ID" },
] as const;

/**
 * The header names the import recognises (after lower-casing and turning spaces and hyphens into
 * `_`): the Dutch ones of the export, and the English ones of older files. The indicator is found
 * by its id when the row has one, else by its name.
 */
export const importColumns = {
  indicatorId: ["indicator_id", "indicatorid", "id_indicator"],
  indicatorName: ["indicator", "indicatornaam", "naam_indicator"],
  measuredOn: ["datum", "meetdatum", "measured_on"],
  value: ["waarde", "value"],
  source: ["bron", "source"],
  note: ["toelichting", "note", "opmerking"],
} as const;

/** A row as read from the file, every cell already turned into text (dates as YYYY-MM-DD). */
export interface RawImportRow {
  /** The row's number in the file or sheet, the header being row 1. */
  rowNumber: number;
  indicatorId: string;
  indicatorName: string;
  measuredOn: string;
  value: string;
  /** `null` when the file has no such column: the stored source is then kept as it is. */
  source: string | null;
  /** `null` when the file has no such column: the stored note is then kept as it is. */
  note: string | null;
}

export interface ImportIndicator {
  id: string;
  name: string;
  pactId: string;
  /** The values the indicator takes (indicator-unit.ts): the same rules as the measurement form. Euro values are cents, as exported. */
  unit: string;
  unitKind: UnitKind;
}

export interface StoredMeasurement {
  id: string;
  indicatorId: string;
  measuredOn: string;
  value: number;
  source: string | null;
  note: string | null;
  version: number;
}

/** What a stored measurement's parts by one dimension add up to (disaggregation.ts). */
export interface StoredBreakdownSum {
  measurementId: string;
  /** The dimension's label, as the reason names it ("Mbo-niveau"). */
  dimension: string;
  sum: number;
}

export interface ImportContext {
  pactId: string;
  /** The pact's indicators, and any indicator of another pact whose id the file names. */
  indicators: readonly ImportIndicator[];
  /** Measurements already stored for the pact's indicators. */
  existing: readonly StoredMeasurement[];
  /**
   * The sums of the stored measurements' breakdowns, one per measurement and dimension the
   * indicator is split by now (a removed dimension's kept breakdown does not bind the total).
   */
  breakdownSums: readonly StoredBreakdownSum[];
}

export const importRowStatuses = ["new", "updated", "unchanged", "error"] as const;
export const importRowStatusSchema = z.enum(importRowStatuses);
export type ImportRowStatus = z.infer<typeof importRowStatusSchema>;

const storedValuesSchema = z.object({ value: z.number(), source: z.string().nullable(), note: z.string().nullable() });

export const importRowReportSchema = z.object({
  rowNumber: z.number().int(),
  indicatorId: idSchema.nullable(),
  indicatorName: z.string().nullable(),
  measuredOn: z.string().nullable(),
  value: z.number().nullable(),
  source: z.string().nullable(),
  note: z.string().nullable(),
  status: importRowStatusSchema,
  /** For an update: what is stored now. */
  before: storedValuesSchema.nullable(),
  errors: z.array(z.string()),
});
export type ImportRowReport = z.infer<typeof importRowReportSchema>;

/** A row as the apply needs it: the report plus the stored measurement it matches. */
export interface ClassifiedRow extends ImportRowReport {
  match: { id: string; version: number } | null;
}

export const importCountsSchema = z.object({
  new: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  error: z.number().int(),
});
export type ImportCounts = z.infer<typeof importCountsSchema>;

export const importReportSchema = z.object({
  fileName: z.string(),
  format: z.enum(["csv", "xlsx"]),
  rows: z.array(importRowReportSchema),
  counts: importCountsSchema,
  /** Lines that name an indicator but have no date, value, source or note (a template's lines). */
  skipped: z.number().int(),
  /** True when the file has rows and none is wrong: then it may be applied. */
  valid: z.boolean(),
  /** The fingerprint the apply checks (see `importCommitInputSchema`). */
  basis: z.string(),
});
export type ImportReport = z.infer<typeof importReportSchema>;

export const importCommitResultSchema = z.object({
  fileName: z.string(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});
export type ImportCommitResult = z.infer<typeof importCommitResultSchema>;

/** `YYYY-MM-DD`, or the Dutch `DD-MM-YYYY` (also with `/` or `.`, day and month may lack a zero). */
export function parseImportDate(text: string): string | null {
  const trimmed = text.trim();
  let iso: string | null = null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) iso = trimmed;
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(trimmed);
  if (dutch) iso = `${dutch[3]}-${dutch[2]!.padStart(2, "0")}-${dutch[1]!.padStart(2, "0")}`;
  return iso !== null && isoDateSchema.safeParse(iso).success ? iso : null;
}

/**
 * A number with a decimal point or a Dutch decimal comma. With both a point and a comma the
 * point groups thousands (1.234,5). A point alone is a decimal point (12.5), as in most exports.
 */
export function parseImportNumber(text: string): number | null {
  let t = text.trim().replace(/\s/g, "");
  if (t === "") return null;
  if (t.includes(",")) t = t.replace(/\./g, "").replace(",", ".");
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return null;
  const value = Number(t);
  return Number.isFinite(value) ? value : null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const normalName = (name: string) => name.trim().toLocaleLowerCase("nl-NL");

/** A text cell as stored: the export's formula guard removed, trimmed, empty as `null`. */
export function importText(cell: string): string | null {
  return unescapeFormula(cell.trim()).trim() || null;
}

/** A template's line: an indicator and nothing else. Not a measurement, not an error. */
export function isTemplateLine(row: RawImportRow): boolean {
  return row.measuredOn.trim() === "" && row.value.trim() === "" && !row.source?.trim() && !row.note?.trim();
}

/** Every row's status against the stored measurements and the other rows; never stops early. */
export function classifyMeasurementImport(rows: readonly RawImportRow[], context: ImportContext): ClassifiedRow[] {
  const byId = new Map(context.indicators.map((i) => [i.id.toLowerCase(), i]));
  const byName = new Map<string, ImportIndicator[]>();
  for (const indicator of context.indicators.filter((i) => i.pactId === context.pactId)) {
    const key = normalName(indicator.name);
    byName.set(key, [...(byName.get(key) ?? []), indicator]);
  }
  const stored = new Map(context.existing.map((m) => [`${m.indicatorId}|${m.measuredOn}`, m]));
  const sumsOf = new Map<string, StoredBreakdownSum[]>();
  for (const sum of context.breakdownSums) sumsOf.set(sum.measurementId, [...(sumsOf.get(sum.measurementId) ?? []), sum]);
  const seen = new Map<string, number>();

  return rows.map((row) => {
    const errors: string[] = [];
    const { indicator, problem } = findIndicator(row, context.pactId, byId, byName);
    if (problem) errors.push(problem);

    const measuredOn = parseImportDate(row.measuredOn);
    if (row.measuredOn.trim() === "") errors.push("Geef een datum.");
    else if (measuredOn === null) errors.push(`'${row.measuredOn.trim()}' is geen geldige datum; gebruik JJJJ-MM-DD of DD-MM-JJJJ.`);

    const value = parseImportNumber(row.value);
    if (row.value.trim() === "") errors.push("Geef een waarde.");
    else if (value === null) errors.push(`'${row.value.trim()}' is geen getal.`);
    else if (indicator) {
      const unitError = unitValueError(indicator.unitKind, value, indicator.unit);
      if (unitError) errors.push(unitError);
    }

    const source = row.source === null ? null : importText(row.source);
    const note = row.note === null ? null : importText(row.note);
    if (source && source.length > MAX_SOURCE) errors.push(`De bron is langer dan ${MAX_SOURCE} tekens.`);
    if (note && note.length > MAX_NOTE) errors.push(`De toelichting is langer dan ${MAX_NOTE} tekens.`);
    // What is stored must be storable: PostgreSQL refuses NUL and half surrogate pairs.
    if (source && hasForbiddenCharacter(source)) errors.push(`Bron: ${FORBIDDEN_CHARACTER_MESSAGE}`);
    if (note && hasForbiddenCharacter(note)) errors.push(`Toelichting: ${FORBIDDEN_CHARACTER_MESSAGE}`);

    let existing: StoredMeasurement | undefined;
    if (indicator && measuredOn) {
      const key = `${indicator.id}|${measuredOn}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) errors.push(`Dubbele regel: rij ${earlier} heeft al een meting voor deze indicator op ${measuredOn}.`);
      else seen.set(key, row.rowNumber);
      existing = stored.get(key);
    }

    // A new total under a stored breakdown must still be the sum of its parts (as in the form).
    if (errors.length === 0 && indicator && existing && value !== null && value !== existing.value) {
      errors.push(...breakdownMismatches(indicator, existing, value, sumsOf.get(existing.id) ?? []));
    }

    // A column the file does not have keeps what is stored.
    const next = { value, source: row.source === null ? (existing?.source ?? null) : source, note: row.note === null ? (existing?.note ?? null) : note };
    const status: ImportRowStatus =
      errors.length > 0 ? "error" : !existing ? "new" : sameValues(existing, { ...next, value: value! }) ? "unchanged" : "updated";
    return {
      rowNumber: row.rowNumber,
      indicatorId: indicator?.id ?? null,
      indicatorName: indicator?.name ?? (row.indicatorName.trim() || row.indicatorId.trim() || null),
      measuredOn,
      ...next,
      status,
      before: status === "updated" && existing ? { value: existing.value, source: existing.source, note: existing.note } : null,
      errors,
      match: existing && status !== "error" ? { id: existing.id, version: existing.version } : null,
    };
  });
}

function findIndicator(
  row: RawImportRow,
  pactId: string,
  byId: Map<string, ImportIndicator>,
  byName: Map<string, ImportIndicator[]>,
): { indicator?: ImportIndicator; problem?: string } {
  const id = row.indicatorId.trim();
  const name = unescapeFormula(row.indicatorName.trim()).trim();
  // An old file may carry the id in the indicator column.
  const ref = id || (UUID.test(name) ? name : "");
  if (ref) {
    if (!UUID.test(ref)) return { problem: `'${ref}' is geen indicator-ID.` };
    const indicator = byId.get(ref.toLowerCase());
    if (!indicator) return { problem: `Onbekende indicator: ${ref}.` };
    if (indicator.pactId !== pactId) return { problem: "Deze indicator hoort bij een ander zorgpact." };
    return { indicator };
  }
  if (name === "") return { problem: "Geef een indicator (de naam of het Indicator-ID)." };
  const matches = byName.get(normalName(name)) ?? [];
  if (matches.length === 1) return { indicator: matches[0] };
  if (matches.length === 0) return { problem: `Onbekende indicator: '${name}' is geen indicator van dit zorgpact.` };
  return { problem: `De naam '${name}' hoort bij meer dan één indicator; vul het Indicator-ID in.` };
}

/**
 * Why `value` cannot replace the total of a measurement with stored parts, one reason per
 * dimension. Only for parts that add up to the total (counts, amounts); a percentage's parts are
 * percentages within each category and bind nothing. Numbers as in the file (amounts in cents).
 */
function breakdownMismatches(indicator: ImportIndicator, existing: StoredMeasurement, value: number, sums: readonly StoredBreakdownSum[]): string[] {
  if (breakdownRuleFor(indicator.unit, indicator.unitKind) !== "sum") return [];
  return sums
    .filter((s) => roundSix(s.sum) !== roundSix(value))
    .map((s) => {
      const sum = dutchNumber(roundSix(s.sum));
      const keep = roundSix(s.sum) === roundSix(existing.value) ? `laat de waarde ${sum}` : `zet de waarde op ${sum}`;
      return `De uitsplitsing naar ${lowerFirst(s.dimension)} telt op tot ${sum}; pas eerst de uitsplitsing aan of ${keep}.`;
    });
}

/** Free of binary rounding noise, as `sumOfParts` (a sum in SQL adds in another order). */
const roundSix = (n: number) => Math.round(n * 1e6) / 1e6;

/** "Mbo-niveau" reads "mbo-niveau" mid-sentence; an abbreviation ("GGD-regio") stays as it is. */
const lowerFirst = (label: string) => (/^\p{Lu}\p{Ll}/u.test(label) ? label[0]!.toLocaleLowerCase("nl-NL") + label.slice(1) : label);

function sameValues(
  stored: Pick<StoredMeasurement, "value" | "source" | "note">,
  next: { value: number; source: string | null; note: string | null },
): boolean {
  const clean = (text: string | null) => text?.trim() || null;
  return stored.value === next.value && clean(stored.source) === clean(next.source) && clean(stored.note) === clean(next.note);
}

export function countImport(rows: readonly Pick<ImportRowReport, "status">[]): ImportCounts {
  const counts: ImportCounts = { new: 0, updated: 0, unchanged: 0, error: 0 };
  for (const row of rows) counts[row.status]++;
  return counts;
}

/** The message a refused apply carries: which rows are wrong, at most a handful named. */
export function importRefusalMessage(rows: readonly Pick<ImportRowReport, "status" | "rowNumber">[]): string {
  if (rows.length === 0) return "Het bestand bevat geen metingen; er is niets ingelezen.";
  const bad = rows.filter((r) => r.status === "error").map((r) => r.rowNumber);
  const named = bad.length > 10 ? `${bad.slice(0, 10).join(", ")} en ${bad.length - 10} andere` : bad.join(", ");
  return `Het bestand bevat ${bad.length === 1 ? "een fout in rij" : `fouten in de rijen`} ${named}; er is niets ingelezen.`;
}
