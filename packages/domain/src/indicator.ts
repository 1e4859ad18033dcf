import { z } from "zod";
import { decimal, idSchema, isoDateSchema, text } from "./common.ts";
import { indicatorFrequencySchema, isPeriodStart, periodLabel, periodStartOf } from "./indicator-period.ts";
import { unitKindSchema, unitValueError } from "./indicator-unit.ts";

export const indicatorDirections = ["up", "down"] as const;
export const indicatorDirectionSchema = z.enum(indicatorDirections);
export type IndicatorDirection = z.infer<typeof indicatorDirectionSchema>;

/** A target for one reporting period (see indicator-period.ts), named by the period's first day. */
export const periodTargetSchema = z.object({ periodStart: isoDateSchema, value: decimal() });
export type PeriodTargetInput = z.infer<typeof periodTargetSchema>;
/** A stored target: `source` is where it comes from when an editor did not set it ("Demodata" for invented ones). */
export type StoredPeriodTarget = PeriodTargetInput & { source: string | null };

export const indicatorFieldsSchema = z
  .object({
    name: text({ min: 2, max: 200, minMessage: "Geef een naam van minstens 2 tekens." }),
    unit: text({ min: 1, max: 50, minMessage: "Geef een eenheid, bijvoorbeeld 'studenten'." }),
    /** Decides which values fit (indicator-unit.ts); older clients that send none get the free kind. */
    unitKind: unitKindSchema.default("anders"),
    direction: indicatorDirectionSchema,
    frequency: indicatorFrequencySchema.default("jaar"),
    baselineValue: decimal(),
    baselineDate: isoDateSchema,
    targetValue: decimal(),
    targetDate: isoDateSchema,
    /** Targets per reporting period between baseline and final target; the final target stays separate. */
    targets: z.array(periodTargetSchema).max(200, { error: "Geef hoogstens 200 periodedoelen." }).default([]),
  })
  .superRefine((ind, ctx) => {
    if (ind.targetDate <= ind.baselineDate) {
      ctx.addIssue({ code: "custom", path: ["targetDate"], message: "De streefdatum moet na de nulmeting liggen." });
    }
    for (const field of ["baselineValue", "targetValue"] as const) {
      const error = unitValueError(ind.unitKind, ind[field], ind.unit);
      if (error) ctx.addIssue({ code: "custom", path: [field], message: error });
    }
    const seen = new Set<string>();
    ind.targets.forEach((target, index) => {
      const label = isPeriodStart(target.periodStart, ind.frequency) ? periodLabel(target.periodStart, ind.frequency) : target.periodStart;
      const problem = !isPeriodStart(target.periodStart, ind.frequency)
        ? "dit is niet het begin van een periode; kies een periode uit de lijst."
        : seen.has(target.periodStart)
          ? "deze periode heeft al een doel."
          : target.periodStart < periodStartOf(ind.baselineDate, ind.frequency) || target.periodStart > ind.targetDate
            ? "deze periode ligt buiten de looptijd van nulmeting tot streefdatum."
            : unitValueError(ind.unitKind, target.value, ind.unit);
      seen.add(target.periodStart);
      if (problem) ctx.addIssue({ code: "custom", path: ["targets", index, "value"], message: `${label}: ${problem}` });
    });
    const wrongWay = ind.direction === "up" ? ind.targetValue < ind.baselineValue : ind.targetValue > ind.baselineValue;
    if (wrongWay) {
      ctx.addIssue({
        code: "custom",
        path: ["targetValue"],
        message:
          ind.direction === "up" ? "Bij 'stijgen' ligt de streefwaarde niet onder de nulmeting." : "Bij 'dalen' ligt de streefwaarde niet boven de nulmeting.",
      });
    }
  });
export type IndicatorFields = z.infer<typeof indicatorFieldsSchema>;

export const measurementFieldsSchema = z.object({
  measuredOn: isoDateSchema,
  value: decimal(),
  source: text({ max: 200 }).nullable().default(null),
  note: text({ max: 2000 }).nullable().default(null),
});

export const measurementSchema = z.object({
  id: idSchema,
  measuredOn: z.string(),
  value: z.number(),
  source: z.string().nullable(),
  note: z.string().nullable(),
});
export type Measurement = z.infer<typeof measurementSchema>;

export interface IndicatorProgress {
  /** The latest measurement's value, or the baseline when nothing was measured yet. */
  current: number;
  currentOn: string;
  /** How far from baseline to target, 0 at the baseline and 1 at the target; may exceed 1 or go below 0. */
  fraction: number;
  reached: boolean;
}

/** Progress toward the target, direction-aware: for a "down" indicator, lower is better. */
export function indicatorProgress(
  indicator: Pick<IndicatorFields, "direction" | "baselineValue" | "baselineDate" | "targetValue">,
  measurements: readonly Pick<Measurement, "measuredOn" | "value">[],
): IndicatorProgress {
  const latest = [...measurements].sort((a, b) => a.measuredOn.localeCompare(b.measuredOn)).at(-1);
  const current = latest?.value ?? indicator.baselineValue;
  const currentOn = latest?.measuredOn ?? indicator.baselineDate;
  const span = indicator.targetValue - indicator.baselineValue;
  const reached = indicator.direction === "up" ? current >= indicator.targetValue : current <= indicator.targetValue;
  const fraction = span === 0 ? (reached ? 1 : 0) : (current - indicator.baselineValue) / span;
  return { current, currentOn, fraction, reached };
}

/** An indicator's plan as stored: what its status and progress (indicator-status.ts) are read against. */
export const indicatorPlanShape = {
  unit: z.string(),
  unitKind: unitKindSchema,
  direction: indicatorDirectionSchema,
  frequency: indicatorFrequencySchema,
  baselineValue: z.number(),
  baselineDate: z.string(),
  targetValue: z.number(),
  targetDate: z.string(),
};

export const indicatorSchema = z.object({
  id: idSchema,
  nodeId: idSchema,
  name: z.string(),
  ...indicatorPlanShape,
  /** `source` says where a target not set by an editor comes from ("Demodata"), shown beside it. */
  targets: z.array(z.object({ periodStart: z.string(), value: z.number(), source: z.string().nullable().optional() })),
  measurements: z.array(measurementSchema),
  /** All of the indicator's public measurements, when `measurements` holds only the latest (a pact page); the rest by pact.indicatorSeries. */
  measurementCount: z.number().int().min(0).optional(),
});
export type Indicator = z.infer<typeof indicatorSchema>;
