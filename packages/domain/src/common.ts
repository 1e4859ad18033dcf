import { z } from "zod";

/** A calendar date as `YYYY-MM-DD`; kept as a string so no time zone can shift it. */
export const isoDateSchema = z.iso.date({ error: "Gebruik een datum in de vorm JJJJ-MM-DD." });
export type IsoDate = z.infer<typeof isoDateSchema>;

export const idSchema = z.uuid({ error: "Dit is geen geldige id." });

/** Shown when a text holds NUL or half of a UTF-16 surrogate pair (PostgreSQL text and jsonb refuse both). */
export const FORBIDDEN_CHARACTER_MESSAGE = "Deze tekst bevat een teken dat niet is toegestaan.";

// NUL, a high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
// eslint-disable-next-line no-control-regex -- matching NUL is the point
const FORBIDDEN_CHARACTER = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when the string cannot be stored in a PostgreSQL `text` or `jsonb` value. */
export function hasForbiddenCharacter(value: string): boolean {
  return FORBIDDEN_CHARACTER.test(value);
}

export interface TextOptions {
  /** Minimum length after trimming; 0 (the default) allows an empty string. */
  min?: number;
  /** Maximum length after trimming; every text has one. */
  max: number;
  /** Dutch message when shorter than `min`. */
  minMessage?: string;
  /** Dutch message when longer than `max`. */
  maxMessage?: string;
  /** Trim surrounding whitespace first (default true); passwords keep theirs. */
  trim?: boolean;
}

/**
 * A string as every input schema takes it: trimmed, bounded, and refusing NUL and lone
 * surrogates (which PostgreSQL cannot store, so they would otherwise surface as a 500 or a
 * failed audit row). Returns a plain `ZodString`, so `.optional()`, `.nullable()`, `.default()`,
 * `.regex()` and `.email()` chain as usual.
 */
export function text(options: TextOptions) {
  const { min = 0, max, trim = true } = options;
  let schema = z.string({ error: "Vul hier tekst in." });
  if (trim) schema = schema.trim();
  // Length first: a string over the maximum is refused before the character scan reads all of it.
  schema = schema.max(max, { error: options.maxMessage ?? `Gebruik hoogstens ${max} tekens.`, abort: true });
  if (min > 0) {
    schema = schema.min(min, { error: options.minMessage ?? (min === 1 ? "Vul dit veld in." : `Gebruik minstens ${min} tekens.`) });
  }
  return schema.refine((value) => !hasForbiddenCharacter(value), { error: FORBIDDEN_CHARACTER_MESSAGE });
}

/** The same builder under the name some modules expect. */
export const textSchema = text;

/** An optional free text of a form: trimmed, empty becomes `null`, missing defaults to `null`. */
export function optionalText(options: Omit<TextOptions, "min" | "minMessage">) {
  return text(options)
    .nullable()
    .default(null)
    .transform((value) => (value === "" ? null : value));
}

/** Largest value of a PostgreSQL `integer` (int4) column. */
export const INT4_MAX = 2_147_483_647;

/**
 * A whole number within the range of the column that stores it: `integer` columns by default
 * (≤ 2³¹−1), `bigint` columns up to `Number.MAX_SAFE_INTEGER`.
 */
export function integer(options: NumberOptions & { message?: string } = {}) {
  const { min = 0, max = INT4_MAX } = options;
  return z
    .number({ error: "Geef een getal." })
    .int({ error: options.message ?? "Geef een heel getal." })
    .min(min, { error: options.minMessage ?? `Geef een getal van minstens ${min}.` })
    .max(max, { error: options.maxMessage ?? `Geef een getal van hoogstens ${max}.` });
}

export interface NumberOptions {
  min?: number;
  max?: number;
  minMessage?: string;
  maxMessage?: string;
}

/** An amount of money in whole euro cents, stored in a `bigint` column. */
export const centsSchema = z
  .number({ error: "Geef een bedrag." })
  .int({ error: "Geef het bedrag in hele centen." })
  .min(0, { error: "Een bedrag kan niet negatief zijn." })
  .max(Number.MAX_SAFE_INTEGER, { error: "Dit bedrag is te groot." });

/** A measured or planned quantity stored as `double precision`: finite, and within a sane range. */
export function decimal(options: NumberOptions = {}) {
  const { min = -1e12, max = 1e12 } = options;
  return z
    .number({ error: "Geef een getal." })
    .finite({ error: "Geef een getal." })
    .min(min, { error: options.minMessage ?? `Geef een getal van minstens ${min}.` })
    .max(max, { error: options.maxMessage ?? `Geef een getal van hoogstens ${max}.` });
}

export const slugSchema = text({ min: 2, max: 80 }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: "Alleen kleine letters, cijfers en koppeltekens.",
});

/** A slug as it arrives from an address: looser than `slugSchema` (old links), but bounded and storable. */
export const slugParamSchema = text({ min: 1, max: 80 });

export const pageInputSchema = z.object({
  page: integer({ min: 1, max: 100_000 }).default(1),
  pageSize: integer({ min: 1, max: 100 }).default(20),
});
export type PageInput = z.infer<typeof pageInputSchema>;

export function pagedSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int().min(0),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
  });
}

export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export function pageCount(paged: Pick<Paged<unknown>, "total" | "pageSize">): number {
  return Math.max(1, Math.ceil(paged.total / paged.pageSize));
}

export function pageOffset(input: PageInput): number {
  return (input.page - 1) * input.pageSize;
}

/** Sort direction of a table column; every list procedure that sorts takes `sort` and `direction`. */
export const sortDirectionSchema = z.enum(["asc", "desc"]);
export type SortDirection = z.infer<typeof sortDirectionSchema>;

/** Free-text search of a list, matched case-insensitively as a substring. */
export const searchSchema = text({ max: 100 }).optional();

/** A `version` read with a record; saving with an older one is refused. */
export const versionSchema = integer({ min: 1, max: INT4_MAX, message: "Dit is geen geldige versie." });

/** The id and version of a record, for actions that change one thing about it (archive, retire, …). */
export const versionedIdSchema = z.object({ id: idSchema, version: versionSchema });
