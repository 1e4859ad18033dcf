import { z } from "zod";
import { FORBIDDEN_CHARACTER_MESSAGE, hasForbiddenCharacter, idSchema, isoDateSchema, text } from "./common.ts";

/**
 * Importing measurements for many indicators at once from a CSV or XLSX file. The file is read
 * elsewhere (the API); here are the rules for its rows. A file with any invalid row changes
 * nothing, so the report says for every row what is wrong with it.
 *
 * Columns (header row, case-insensitive): `indicator_id` or `indicator` (an indicator's id, or
 * its name, unique within the pact), `measured_on` (YYYY-MM-DD or the Dutch DD-MM-YYYY),
 * `value` (a decimal point or a Dutch decimal comma), `source`, `note`.
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

export const importColumns = {
  indicator: ["indicator_id", "indicator"],
  measuredOn: ["measured_on"],
  value: ["value"],
  source: ["source"],
  note: ["note"],
} as const;

/** A row as read from the file, every cell already turned into text (dates as YYYY-MM-DD). */
export interface RawImportRow {
  /** The row's number in the file or sheet, the header being row 1. */
  rowNumber: number;
  indicator: string;
  measuredOn: string;
  value: string;
  source: string;
  note: string;
}

export interface ImportIndicator {
  id: string;
  name: string;
  pactId: string;
}

export interface ImportContext {
  pactId: string;
  /** The pact's indicators, and any indicator of another pact whose id the file names. */
  indicators: readonly ImportIndicator[];
  /** Measurements already stored for these indicators. */
  existing: readonly { indicatorId: string; measuredOn: string }[];
}

export const importRowStatusSchema = z.enum(["ok", "error"]);

export const importRowReportSchema = z.object({
  rowNumber: z.number().int(),
  indicatorId: idSchema.nullable(),
  indicatorName: z.string().nullable(),
  measuredOn: z.string().nullable(),
  value: z.number().nullable(),
  source: z.string().nullable(),
  note: z.string().nullable(),
  status: importRowStatusSchema,
  errors: z.array(z.string()),
});
export type ImportRowReport = z.infer<typeof importRowReportSchema>;

export const importReportSchema = z.object({
  fileName: z.string(),
  format: z.enum(["csv", "xlsx"]),
  rows: z.array(importRowReportSchema),
  okCount: z.number().int(),
  errorCount: z.number().int(),
  /** True when every row is ok and the file may be committed. */
  valid: z.boolean(),
});
export type ImportReport = z.infer<typeof importReportSchema>;

export const importCommitResultSchema = z.object({
  fileName: z.string(),
  imported: z.number().int(),
});

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

/** Checks every row against the pact's indicators and against each other; never stops early. */
export function validateMeasurementImport(rows: readonly RawImportRow[], context: ImportContext): ImportRowReport[] {
  const byId = new Map(context.indicators.map((i) => [i.id.toLowerCase(), i]));
  const byName = new Map<string, ImportIndicator[]>();
  for (const indicator of context.indicators.filter((i) => i.pactId === context.pactId)) {
    const key = normalName(indicator.name);
    byName.set(key, [...(byName.get(key) ?? []), indicator]);
  }
  const stored = new Set(context.existing.map((m) => `${m.indicatorId}|${m.measuredOn}`));
  const seen = new Map<string, number>();

  return rows.map((row) => {
    const errors: string[] = [];
    let indicator: ImportIndicator | undefined;
    const ref = row.indicator.trim();
    if (ref === "") {
      errors.push("Geef een indicator (indicator_id of de naam van de indicator).");
    } else if (UUID.test(ref)) {
      indicator = byId.get(ref.toLowerCase());
      if (!indicator) errors.push(`Onbekende indicator: ${ref}.`);
      else if (indicator.pactId !== context.pactId) {
        errors.push("Deze indicator hoort bij een ander zorgpact.");
        indicator = undefined;
      }
    } else {
      const matches = byName.get(normalName(ref)) ?? [];
      if (matches.length === 1) indicator = matches[0];
      else if (matches.length === 0) errors.push(`Onbekende indicator: '${ref}' is geen indicator van dit zorgpact.`);
      else errors.push(`De naam '${ref}' hoort bij meer dan één indicator; gebruik de indicator_id.`);
    }

    const measuredOn = parseImportDate(row.measuredOn);
    if (row.measuredOn.trim() === "") errors.push("Geef een meetdatum.");
    else if (measuredOn === null) errors.push(`'${row.measuredOn.trim()}' is geen geldige datum; gebruik JJJJ-MM-DD of DD-MM-JJJJ.`);

    const value = parseImportNumber(row.value);
    if (row.value.trim() === "") errors.push("Geef een waarde.");
    else if (value === null) errors.push(`'${row.value.trim()}' is geen getal.`);

    const source = row.source.trim() || null;
    const note = row.note.trim() || null;
    if (source && source.length > MAX_SOURCE) errors.push(`De bron is langer dan ${MAX_SOURCE} tekens.`);
    if (note && note.length > MAX_NOTE) errors.push(`De toelichting is langer dan ${MAX_NOTE} tekens.`);
    // What is stored must be storable: PostgreSQL refuses NUL and half surrogate pairs.
    if (source && hasForbiddenCharacter(source)) errors.push(`Bron: ${FORBIDDEN_CHARACTER_MESSAGE}`);
    if (note && hasForbiddenCharacter(note)) errors.push(`Toelichting: ${FORBIDDEN_CHARACTER_MESSAGE}`);

    if (indicator && measuredOn) {
      const key = `${indicator.id}|${measuredOn}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) errors.push(`Dubbele datum: rij ${earlier} heeft al een meting voor deze indicator op ${measuredOn}.`);
      else seen.set(key, row.rowNumber);
      if (stored.has(key)) errors.push(`Deze indicator heeft al een meting op ${measuredOn}.`);
    }

    return {
      rowNumber: row.rowNumber,
      indicatorId: indicator?.id ?? null,
      indicatorName: indicator?.name ?? (ref || null),
      measuredOn,
      value,
      source,
      note,
      status: errors.length === 0 ? "ok" : "error",
      errors,
    };
  });
}

export function summariseImport(fileName: string, format: "csv" | "xlsx", rows: ImportRowReport[]): ImportReport {
  const errorCount = rows.filter((r) => r.status === "error").length;
  return { fileName, format, rows, okCount: rows.length - errorCount, errorCount, valid: rows.length > 0 && errorCount === 0 };
}

/** The message a refused commit carries: which rows are wrong, at most a handful named. */
export function importRefusalMessage(report: ImportReport): string {
  if (report.rows.length === 0) return "Het bestand bevat geen metingen; er is niets ingelezen.";
  const bad = report.rows.filter((r) => r.status === "error").map((r) => r.rowNumber);
  const named = bad.length > 10 ? `${bad.slice(0, 10).join(", ")} en ${bad.length - 10} andere` : bad.join(", ");
  return `Het bestand bevat ${bad.length === 1 ? "een fout in rij" : `fouten in de rijen`} ${named}; er is niets ingelezen.`;
}
