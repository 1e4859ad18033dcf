import { indicatorProgress, type IndicatorDirection } from "@zorgpact/domain/indicator";
import { formatDate, formatNumber, formatPercent } from "../format.ts";
import { chartMessages } from "./chart-messages.ts";

/** What the chart shows: an indicator with its baseline, target and measurements. */
export interface IndicatorChartData {
  name: string;
  unit: string;
  direction: IndicatorDirection;
  baselineValue: number;
  baselineDate: string;
  targetValue: number;
  targetDate: string;
  measurements: readonly { measuredOn: string; value: number; source?: string | null }[];
  /** All measurements, when `measurements` holds only the latest (a pact page sends a bounded series). */
  measurementCount?: number | undefined;
}

export const withUnit = (value: number, unit: string) => `${formatNumber(value)} ${unit}`;

/** The chart in words, for its `aria-label`: baseline, latest measurement, target and progress. */
export function indicatorSummary(indicator: IndicatorChartData): string {
  const s = chartMessages.summary;
  const progress = indicatorProgress(indicator, indicator.measurements);
  const count = indicator.measurementCount ?? indicator.measurements.length;
  return [
    s.intro(indicator.name, indicator.unit, chartMessages.direction[indicator.direction]),
    s.baseline(withUnit(indicator.baselineValue, indicator.unit), formatDate(indicator.baselineDate)),
    count > 0 ? s.latest(withUnit(progress.current, indicator.unit), formatDate(progress.currentOn), count) : s.none,
    s.target(withUnit(indicator.targetValue, indicator.unit), formatDate(indicator.targetDate)),
    count > 0 ? s.progress(formatPercent(progress.fraction), progress.reached) : null,
  ]
    .filter(Boolean)
    .join(" ");
}
