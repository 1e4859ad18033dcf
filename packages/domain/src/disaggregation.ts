import { z } from "zod";
import { decimal, idSchema, integer, optionalText, slugParamSchema, text, versionSchema } from "./common.ts";
import { unitKinds, unitValueError, type UnitKind } from "./indicator-unit.ts";

/**
 * Disaggregation: an indicator may be split by dimensions (mbo-niveau, geslacht, subregio), whose
 * categories are data the national team manages. A measurement may carry a breakdown per
 * dimension: a value per category.
 *
 * What a breakdown means depends on the indicator's unit:
 * - counts and amounts (studenten, deelnemers, euro, …): the parts are shares of the total, so they
 *   must add up to the measurement's value exactly (`sum`);
 * - percentages (unit "%", "procent"): a part is the percentage within that category (uitval onder
 *   mbo-2 = 20%), so parts do not add up to anything; each lies between 0 and 100 (`per_category`).
 *
 * Nothing about dimensions ever deletes a measurement: a measurement without a breakdown stays
 * valid, and removing a dimension from an indicator archives its stored breakdowns (hidden, kept).
 */
export const breakdownRules = ["sum", "per_category"] as const;
export type BreakdownRule = (typeof breakdownRules)[number];

const PERCENT_UNITS = new Set(["%", "procent", "percentage", "percent"]);

/**
 * How the parts of an indicator relate to its total: by its unit kind (domain/indicator-unit.ts)
 * when known, else by the unit's text.
 */
export function breakdownRuleFor(unit: string, unitKind?: UnitKind): BreakdownRule {
  if (unitKind) return unitKind === "percentage" ? "per_category" : "sum";
  return PERCENT_UNITS.has(unit.trim().toLowerCase()) ? "per_category" : "sum";
}

export interface BreakdownPart {
  categoryId: string;
  value: number;
}

export interface BreakdownCategory {
  id: string;
  label: string;
}

export interface BreakdownIssue {
  field: "parts" | "value";
  message: string;
}

/** Dutch number without the app's formatter (the domain imports zod only): 1234,5 → "1.234,5". */
export function dutchNumber(value: number): string {
  return new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 6 }).format(value);
}
const plainNumber = dutchNumber;
const euroText = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" });

/** Sum of parts, free of binary rounding noise (0,1 + 0,2 is 0,3 here). */
export function sumOfParts(parts: readonly Pick<BreakdownPart, "value">[]): number {
  const sum = parts.reduce((total, part) => total + part.value, 0);
  return Math.round(sum * 1e6) / 1e6;
}

/**
 * Why a breakdown cannot be stored with a measurement of value `total`, or null when it can.
 * `categories` are the dimension's categories (retired ones included: stored parts may use them);
 * `field` says which field to blame: "parts" when the breakdown is being entered, "value" when the
 * total is being changed under an existing breakdown.
 */
export function breakdownIssue(
  rule: BreakdownRule,
  total: number,
  parts: readonly BreakdownPart[],
  categories: readonly BreakdownCategory[],
  field: BreakdownIssue["field"] = "parts",
  /** The indicator's unit: each part then follows its rules too (whole counts, whole cents). */
  unit?: { kind: UnitKind; text: string },
): BreakdownIssue | null {
  const known = new Set(categories.map((c) => c.id));
  const seen = new Set<string>();
  for (const part of parts) {
    if (!known.has(part.categoryId)) return { field: "parts", message: "Een van de categorieën hoort niet bij deze dimensie." };
    if (seen.has(part.categoryId)) return { field: "parts", message: "Geef elke categorie hoogstens één waarde." };
    seen.add(part.categoryId);
    if (!Number.isFinite(part.value) || part.value < 0) return { field: "parts", message: "Een deel kan niet negatief zijn." };
    if (rule === "per_category" && part.value > 100) return { field: "parts", message: "Een percentage ligt tussen 0 en 100." };
    const unitError = unit ? unitValueError(unit.kind, part.value, unit.text) : null;
    if (unitError) return { field: "parts", message: unitError };
  }
  if (parts.length === 0) return { field: "parts", message: "Geef voor minstens één categorie een waarde." };
  if (rule === "per_category") return null;
  const sum = sumOfParts(parts);
  const difference = Math.round((total - sum) * 1e6) / 1e6;
  if (difference === 0) return null;
  // Amounts are kept in cents but read in euros.
  const dutchNumber = unit?.kind === "euro" ? (cents: number) => euroText.format(cents / 100) : plainNumber;
  const gap = difference > 0 ? `er ontbreekt ${dutchNumber(difference)}` : `dat is ${dutchNumber(-difference)} te veel`;
  const message =
    field === "value"
      ? `De uitsplitsing telt op tot ${dutchNumber(sum)}; het totaal ${dutchNumber(total)} wijkt daar ${dutchNumber(Math.abs(difference))} van af. Pas de uitsplitsing mee aan.`
      : `De delen tellen op tot ${dutchNumber(sum)}, maar de meting is ${dutchNumber(total)}: ${gap}.`;
  return { field, message };
}

// ─── Dimensions and categories (managed by the national team) ──────────────────────────────

const labelSchema = text({ min: 2, max: 100, minMessage: "Geef een naam van minstens 2 tekens." });
const categoryLabelSchema = text({ min: 1, max: 100, minMessage: "Geef de categorie een naam." });

export const dimensionCreateInputSchema = z.object({
  label: labelSchema,
  description: optionalText({ max: 500 }),
});
export type DimensionCreateInput = z.infer<typeof dimensionCreateInputSchema>;

export const dimensionUpdateInputSchema = dimensionCreateInputSchema.extend({ id: idSchema, version: versionSchema });
export type DimensionUpdateInput = z.infer<typeof dimensionUpdateInputSchema>;

export const retireInputSchema = z.object({ id: idSchema, version: versionSchema, retired: z.boolean() });
export type RetireInput = z.infer<typeof retireInputSchema>;

export const categoryCreateInputSchema = z.object({ dimensionId: idSchema, label: categoryLabelSchema });
export type CategoryCreateInput = z.infer<typeof categoryCreateInputSchema>;

export const categoryUpdateInputSchema = z.object({
  id: idSchema,
  version: versionSchema,
  label: categoryLabelSchema,
  sortOrder: integer({ max: 10_000 }),
});
export type CategoryUpdateInput = z.infer<typeof categoryUpdateInputSchema>;

export const categorySchema = z.object({
  id: idSchema,
  label: z.string(),
  sortOrder: z.number().int(),
  retired: z.boolean(),
  version: z.number().int(),
  /** How many stored parts use it. */
  usageCount: z.number().int().min(0),
});
export type Category = z.infer<typeof categorySchema>;

export const dimensionSchema = z.object({
  id: idSchema,
  label: z.string(),
  description: z.string().nullable(),
  retired: z.boolean(),
  version: z.number().int(),
  categories: z.array(categorySchema),
  /** How many indicators are (or were) split by it. */
  indicatorCount: z.number().int().min(0),
});
export type Dimension = z.infer<typeof dimensionSchema>;

export const dimensionListInputSchema = z.object({ includeRetired: z.boolean().default(false) });

// ─── An indicator's dimensions and a measurement's breakdown ───────────────────────────────

export const indicatorRefInputSchema = z.object({ indicatorId: idSchema });
export const indicatorDimensionInputSchema = z.object({ indicatorId: idSchema, dimensionId: idSchema });
export type IndicatorDimensionInput = z.infer<typeof indicatorDimensionInputSchema>;

const partValueSchema = decimal({ min: 0, minMessage: "Een deel kan niet negatief zijn." });

export const breakdownSetInputSchema = z.object({
  measurementId: idSchema,
  /** The measurement's version as read: a breakdown is part of the measurement. */
  version: versionSchema,
  dimensionId: idSchema,
  parts: z.array(z.object({ categoryId: idSchema, value: partValueSchema })).max(100, { error: "Gebruik hoogstens 100 categorieën." }),
  /** Set the measurement's total in the same change (e.g. to the sum of the new parts). */
  total: decimal().optional(),
  source: optionalText({ max: 200 }),
});
export type BreakdownSetInput = z.infer<typeof breakdownSetInputSchema>;

export const breakdownClearInputSchema = z.object({ measurementId: idSchema, version: versionSchema, dimensionId: idSchema });
export type BreakdownClearInput = z.infer<typeof breakdownClearInputSchema>;

export const storedBreakdownSchema = z.object({
  dimensionId: idSchema,
  /** The dimension was removed from the indicator: kept, not shown, editable again once re-added. */
  archived: z.boolean(),
  source: z.string().nullable(),
  parts: z.array(z.object({ categoryId: idSchema, value: z.number() })),
  /** Why the parts no longer fit the total (an older breakdown), or null. */
  issue: z.string().nullable(),
});
export type StoredBreakdown = z.infer<typeof storedBreakdownSchema>;

export const indicatorBreakdownsSchema = z.object({
  indicatorId: idSchema,
  unit: z.string(),
  unitKind: z.enum(unitKinds),
  rule: z.enum(breakdownRules),
  /** The dimensions the indicator is split by now. */
  dimensionIds: z.array(idSchema),
  /** Every dimension it uses or used, and the ones still to pick from. */
  dimensions: z.array(dimensionSchema),
  measurements: z.array(
    z.object({
      id: idSchema,
      measuredOn: z.string(),
      value: z.number(),
      version: z.number().int(),
      breakdowns: z.array(storedBreakdownSchema),
    }),
  ),
});
export type IndicatorBreakdowns = z.infer<typeof indicatorBreakdownsSchema>;

// ─── Public ────────────────────────────────────────────────────────────────────────────────

export const publicBreakdownsInputSchema = z.object({ slug: slugParamSchema });

export const publicBreakdownSchema = z.object({
  indicatorId: idSchema,
  indicatorName: z.string(),
  unit: z.string(),
  unitKind: z.enum(unitKinds),
  rule: z.enum(breakdownRules),
  measuredOn: z.string(),
  total: z.number(),
  dimension: z.string(),
  source: z.string().nullable(),
  parts: z.array(z.object({ category: z.string(), value: z.number() })),
});
export type PublicBreakdown = z.infer<typeof publicBreakdownSchema>;
export const publicBreakdownListSchema = z.array(publicBreakdownSchema);
