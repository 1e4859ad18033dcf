import { z } from "zod";
import { decimal, idSchema, integer, isoDateSchema, pageInputSchema, pagedSchema, searchSchema, text, versionSchema } from "./common.ts";
import { indicatorDirectionSchema, indicatorPlanShape } from "./indicator.ts";

/**
 * The catalogue of common indicators (issue 15, programme level): indicators with one shared
 * definition that the national team manages and pacts adopt, so their values can be added up
 * nationally. A pact's indicator created "from the catalogue" links to its entry and takes the
 * entry's name, unit and direction.
 */

/**
 * What kind of quantity an entry measures: this decides how a national total is made. The keys
 * are the indicator's unit kinds (indicator-unit.ts: values of "euro" are whole cents), less the
 * free kind "anders", which has no national total.
 */
export const catalogueUnits = ["aantal", "euro", "percentage"] as const;
export const catalogueUnitSchema = z.enum(catalogueUnits, { error: "Kies een soort eenheid." });
export type CatalogueUnit = z.infer<typeof catalogueUnitSchema>;

export const catalogueUnitLabels: Record<CatalogueUnit, string> = {
  aantal: "Aantal (hele getallen)",
  euro: "Bedrag in euro",
  percentage: "Percentage (0–100)",
};

/**
 * Counts and amounts add up across pacts (50 students here and 30 there are 80 students).
 * Percentages do not: each has its own denominator, which the platform does not know.
 */
export function isSummable(unit: CatalogueUnit): boolean {
  return unit !== "percentage";
}

/** The unit text an adopting indicator gets: what the agenda shows next to its values. */
export function indicatorUnitOf(entry: { unit: CatalogueUnit; unitLabel: string }): string {
  if (entry.unit === "percentage") return "%";
  if (entry.unit === "euro") return "euro";
  return entry.unitLabel;
}

export const catalogueStatuses = ["active", "archived"] as const;
export type CatalogueStatus = (typeof catalogueStatuses)[number];
export const catalogueStatusLabels: Record<CatalogueStatus, string> = { active: "Actief", archived: "Gearchiveerd" };

const themeIdsSchema = z
  .array(idSchema)
  .max(20, { error: "Kies hoogstens 20 thema's." })
  .refine((ids) => new Set(ids).size === ids.length, { error: "Kies elk thema maar één keer." });

/** A catalogue entry as the national team's form sends it. */
export const catalogueEntryFieldsSchema = z.object({
  name: text({ min: 2, max: 200, minMessage: "Geef een naam van minstens 2 tekens." }),
  definition: text({ min: 10, max: 2000, minMessage: "Beschrijf in minstens 10 tekens wat er precies geteld of gemeten wordt." }),
  unit: catalogueUnitSchema,
  unitLabel: text({ min: 1, max: 50, minMessage: "Geef de eenheid, bijvoorbeeld 'studenten' of 'euro'." }),
  direction: indicatorDirectionSchema,
  themeIds: themeIdsSchema,
  status: z.enum(catalogueStatuses).default("active"),
});
export type CatalogueEntryFields = z.infer<typeof catalogueEntryFieldsSchema>;

export const catalogueEntryUpdateInputSchema = catalogueEntryFieldsSchema.extend({ id: idSchema, version: versionSchema });
export type CatalogueEntryUpdateInput = z.infer<typeof catalogueEntryUpdateInputSchema>;

export const catalogueThemeSchema = z.object({ id: idSchema, label: z.string() });

export const catalogueEntrySchema = z.object({
  id: idSchema,
  name: z.string(),
  definition: z.string(),
  unit: catalogueUnitSchema,
  unitLabel: z.string(),
  direction: indicatorDirectionSchema,
  themes: z.array(catalogueThemeSchema),
  status: z.enum(catalogueStatuses),
  /** How many indicators of pacts adopted the entry. */
  adoptionCount: z.number().int().min(0),
  version: z.number().int(),
});
export type CatalogueEntry = z.infer<typeof catalogueEntrySchema>;

export const catalogueListInputSchema = pageInputSchema.extend({
  search: searchSchema,
  status: z.enum(catalogueStatuses).optional(),
});
export type CatalogueListInput = z.infer<typeof catalogueListInputSchema>;
export const cataloguePageSchema = pagedSchema(catalogueEntrySchema);

/** Creating a pact's indicator from a catalogue entry: the pact gives its own baseline and target. */
export const catalogueAdoptInputSchema = z
  .object({
    nodeId: idSchema,
    catalogueId: idSchema,
    baselineValue: decimal(),
    baselineDate: isoDateSchema,
    targetValue: decimal(),
    targetDate: isoDateSchema,
  })
  .superRefine((input, ctx) => {
    if (input.targetDate <= input.baselineDate) {
      ctx.addIssue({ code: "custom", path: ["targetDate"], message: "De streefdatum moet na de nulmeting liggen." });
    }
  });
export type CatalogueAdoptInput = z.infer<typeof catalogueAdoptInputSchema>;

// ─── Totals ──────────────────────────────────────────────────────────────────────────────

export interface PublicMeasurementPoint {
  publicMeasuredOn: string;
  publicValue: number;
}

export interface YearValue {
  year: number;
  value: number;
  measuredOn: string;
}

/**
 * Per calendar year of the approved date, the last approved value in that year: what a pact
 * contributes to that year's national total (a count measured in March and again in October
 * counts once, with October's figure).
 */
export function latestValuePerYear(points: readonly PublicMeasurementPoint[]): YearValue[] {
  const byYear = new Map<number, YearValue>();
  for (const point of points) {
    const year = Number(point.publicMeasuredOn.slice(0, 4));
    const seen = byYear.get(year);
    if (!seen || point.publicMeasuredOn > seen.measuredOn) byYear.set(year, { year, value: point.publicValue, measuredOn: point.publicMeasuredOn });
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

export const totalMethods = ["sum", "median"] as const;
export type TotalMethod = (typeof totalMethods)[number];

export interface NationalTotal {
  method: TotalMethod;
  value: number;
  /** How many pacts' values went into it. */
  pactCount: number;
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * A national figure from one value per pact. Counts and euros: the sum. Percentages: the median
 * of the pacts' percentages — not a sum, and not a weighted mean either, because the platform
 * does not know each percentage's denominator (how many students a "73% passed" is of); the
 * median is not pulled by one small pact's extreme figure. Null when no pact contributes.
 */
export function nationalTotal(unit: CatalogueUnit, values: readonly number[]): NationalTotal | null {
  if (values.length === 0) return null;
  if (isSummable(unit)) {
    // Counts are whole numbers and euros whole cents, so the sum is exact.
    return { method: "sum", value: values.reduce((sum, v) => sum + v, 0), pactCount: values.length };
  }
  return { method: "median", value: median(values)!, pactCount: values.length };
}

export const nationalTotalSchema = z.object({ method: z.enum(totalMethods), value: z.number(), pactCount: z.number().int().min(0) });

// ─── Public programme page ───────────────────────────────────────────────────────────────

const yearSchema = integer({ min: 2000, max: 2100, message: "Kies een jaar." });

/** The filters of the programme page (GET parameters jaar, regio, thema, indicator). */
export const programmeFilterSchema = z.object({
  year: yearSchema.optional(),
  regionId: idSchema.optional(),
  themeId: idSchema.optional(),
});
export type ProgrammeFilter = z.infer<typeof programmeFilterSchema>;

export const programmeOverviewInputSchema = programmeFilterSchema.extend({
  /** The entry the map shows (the first one when not given). */
  mapEntryId: idSchema.optional(),
});
export type ProgrammeOverviewInput = z.infer<typeof programmeOverviewInputSchema>;

const optionSchema = z.object({ id: idSchema, label: z.string() });

export const programmeEntrySchema = z.object({
  id: idSchema,
  name: z.string(),
  definition: z.string(),
  unit: catalogueUnitSchema,
  unitLabel: z.string(),
  direction: indicatorDirectionSchema,
  themes: z.array(catalogueThemeSchema),
  total: nationalTotalSchema.nullable(),
});
export type ProgrammeEntry = z.infer<typeof programmeEntrySchema>;

export const programmeRegionTotalSchema = z.object({
  regionId: idSchema,
  name: z.string(),
  latitude: z.number(),
  longitude: z.number(),
  total: nationalTotalSchema.nullable(),
});
export type ProgrammeRegionTotal = z.infer<typeof programmeRegionTotalSchema>;

export const programmeOverviewSchema = z.object({
  years: z.array(z.number().int()),
  /** The year shown: the one asked for, else the latest with approved values. Null when there are none. */
  year: z.number().int().nullable(),
  regions: z.array(optionSchema),
  themes: z.array(optionSchema),
  entries: z.array(programmeEntrySchema),
  map: z
    .object({
      entryId: idSchema,
      regions: z.array(programmeRegionTotalSchema),
    })
    .nullable(),
});
export type ProgrammeOverview = z.infer<typeof programmeOverviewSchema>;

export const programmePactsInputSchema = programmeFilterSchema.extend({ catalogueId: idSchema });
export type ProgrammePactsInput = z.infer<typeof programmePactsInputSchema>;

/**
 * What the drill-down needs for the adopting indicator's status (indicator-status.ts): its plan and
 * its latest approved value, the only measurement the status reads. The browser computes the
 * status on the day of viewing: the answer is cached per publication version, so a status computed
 * on the server ("geen recente meting") would go stale.
 */
export const programmeIndicatorPlanSchema = z.object({
  ...indicatorPlanShape,
  targets: z.array(z.object({ periodStart: z.string(), value: z.number() })),
  /** The latest approved value (as approved, never the working copy); null when none is approved. */
  latest: z.object({ measuredOn: z.string(), value: z.number() }).nullable(),
});
export type ProgrammeIndicatorPlan = z.infer<typeof programmeIndicatorPlanSchema>;

export const programmePactValueSchema = z.object({
  pactId: idSchema,
  slug: z.string(),
  name: z.string(),
  regionName: z.string().nullable(),
  indicatorId: idSchema,
  indicatorName: z.string(),
  value: z.number(),
  measuredOn: z.string(),
  indicator: programmeIndicatorPlanSchema,
});
export type ProgrammePactValue = z.infer<typeof programmePactValueSchema>;

export const programmePactsSchema = z.object({
  entry: programmeEntrySchema,
  year: z.number().int().nullable(),
  regionName: z.string().nullable(),
  themeLabel: z.string().nullable(),
  pacts: z.array(programmePactValueSchema),
});
export type ProgrammePacts = z.infer<typeof programmePactsSchema>;

/** Choices for the agenda's "Uit de catalogus": active entries only. */
export const catalogueOptionSchema = z.object({
  id: idSchema,
  name: z.string(),
  definition: z.string(),
  unit: catalogueUnitSchema,
  unitLabel: z.string(),
  direction: indicatorDirectionSchema,
});
export type CatalogueOption = z.infer<typeof catalogueOptionSchema>;
