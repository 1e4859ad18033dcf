import { z } from "zod";
import { decimal, idSchema, isoDateSchema, text } from "./common.ts";

export const indicatorDirections = ["up", "down"] as const;
export const indicatorDirectionSchema = z.enum(indicatorDirections);
export type IndicatorDirection = z.infer<typeof indicatorDirectionSchema>;

export const indicatorFieldsSchema = z
  .object({
    name: text({ min: 2, max: 200, minMessage: "Geef een naam van minstens 2 tekens." }),
    unit: text({ min: 1, max: 50, minMessage: "Geef een eenheid, bijvoorbeeld 'studenten'." }),
    direction: indicatorDirectionSchema,
    baselineValue: decimal(),
    baselineDate: isoDateSchema,
    targetValue: decimal(),
    targetDate: isoDateSchema,
  })
  .superRefine((ind, ctx) => {
    if (ind.targetDate <= ind.baselineDate) {
      ctx.addIssue({ code: "custom", path: ["targetDate"], message: "De streefdatum moet na de nulmeting liggen." });
    }
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

export const indicatorSchema = z.object({
  id: idSchema,
  nodeId: idSchema,
  name: z.string(),
  unit: z.string(),
  direction: indicatorDirectionSchema,
  baselineValue: z.number(),
  baselineDate: z.string(),
  targetValue: z.number(),
  targetDate: z.string(),
  measurements: z.array(measurementSchema),
});
export type Indicator = z.infer<typeof indicatorSchema>;
