import { indicatorProgress, type IndicatorDirection } from "@zorgpact/domain/indicator";
import { formatIndicatorValue, type UnitKind } from "@zorgpact/domain/indicator-unit";
import { formatDate, formatNumber, formatPercent } from "../format.ts";
import { chartMessages } from "./chart-messages.ts";

/** What the chart shows: an indicator with its baseline, target and measurements. */
export interface IndicatorChartData {
  name: string;
  unit: string;
  /** How values are kept and written (indicator-unit.ts): euros are stored in cents. Without it, values are plain numbers. */
  unitKind?: UnitKind | undefined;
  direction: IndicatorDirection;
  baselineValue: number;
  baselineDate: string;
  targetValue: number;
  targetDate: string;
  measurements: readonly { measuredOn: string; value: number; source?: string | null }[];
  /** All measurements, when `measurements` holds only the latest (a pact page sends a bounded series). */
  measurementCount?: number | undefined;
}

type Unit = Pick<IndicatorChartData, "unit" | "unitKind">;

/** A value with its unit by the indicator's unit kind: "12 studenten", "62,5%", "€ 1.250,00" (from 125000 cents). */
export const withUnit = (value: number, { unit, unitKind }: Unit) =>
  unitKind ? formatIndicatorValue(value, unitKind, unit) : `${formatNumber(value)} ${unit}`;

const euroNumber = (cents: number) => (cents / 100).toLocaleString("nl-NL", { minimumFractionDigits: cents % 100 === 0 ? 0 : 2, maximumFractionDigits: 2 });

/** A value in a cell or on an axis whose heading names the unit: euros from cents (with cents when there are any), other kinds as the number. */
export const valueNumber = (value: number, { unitKind }: Unit) => (unitKind === "euro" ? euroNumber(value) : formatNumber(value));

/** The chart in words, for its `aria-label`: baseline, latest measurement, target and progress. */
export function indicatorSummary(indicator: IndicatorChartData): string {
  const s = chartMessages.summary;
  const progress = indicatorProgress(indicator, indicator.measurements);
  const count = indicator.measurementCount ?? indicator.measurements.length;
  return [
    s.intro(indicator.name, indicator.unit, chartMessages.direction[indicator.direction]),
    s.baseline(withUnit(indicator.baselineValue, indicator), formatDate(indicator.baselineDate)),
    count > 0 ? s.latest(withUnit(progress.current, indicator), formatDate(progress.currentOn), count) : s.none,
    s.target(withUnit(indicator.targetValue, indicator), formatDate(indicator.targetDate)),
    count > 0 ? s.progress(formatPercent(progress.fraction), progress.reached) : null,
  ]
    .filter(Boolean)
    .join(" ");
}
