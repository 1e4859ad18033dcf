import { z } from "zod";
import { idSchema, integer, isoDateSchema } from "./common.ts";
import { measurementSchema } from "./indicator.ts";

/**
 * An indicator's whole public series, a page at a time, newest first: a pact page gets only the
 * latest measurements of each indicator with the chain (issue 16) and asks for the rest here.
 */
export const SERIES_PAGE_MAX = 100;

/** Where a page ends: the last measurement given; the next page starts after it. */
export const seriesCursorSchema = z.object({ measuredOn: isoDateSchema, id: idSchema });
export type SeriesCursor = z.infer<typeof seriesCursorSchema>;

export const indicatorSeriesInputSchema = z.object({
  indicatorId: idSchema,
  after: seriesCursorSchema.optional(),
  pageSize: integer({ min: 1, max: SERIES_PAGE_MAX, message: `Geef een heel getal van 1 tot en met ${SERIES_PAGE_MAX}.` }).default(50),
});
export type IndicatorSeriesInput = z.infer<typeof indicatorSeriesInputSchema>;

export const indicatorSeriesSchema = z.object({
  items: z.array(measurementSchema),
  /** The cursor of the next (older) page; null on the last. */
  next: seriesCursorSchema.nullable(),
});
export type IndicatorSeries = z.infer<typeof indicatorSeriesSchema>;
