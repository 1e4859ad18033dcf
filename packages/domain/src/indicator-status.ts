import { z } from "zod";
import type { IndicatorDirection } from "./indicator.ts";
import { periodEndOf, periodLabel, periodStartOf, shiftPeriod, type IndicatorFrequency } from "./indicator-period.ts";
import { formatIndicatorValue, type UnitKind } from "./indicator-unit.ts";
import type { activityStatuses } from "./effect-chain.ts";

/**
 * Where an indicator stands, computed from its plan and its measurements on a given day (`now`,
 * `YYYY-MM-DD`): the pages never store it, so it cannot go stale.
 */
export const indicatorStatusKinds = ["reached", "on_track", "behind", "target_date_passed", "no_recent_measurement"] as const;
export const indicatorStatusKindSchema = z.enum(indicatorStatusKinds);
export type IndicatorStatusKind = z.infer<typeof indicatorStatusKindSchema>;

export const indicatorStatusLabels: Record<IndicatorStatusKind, string> = {
  reached: "Doel bereikt",
  on_track: "Op koers",
  behind: "Achter op planning",
  target_date_passed: "Streefdatum verstreken",
  no_recent_measurement: "Geen recente meting",
};

export interface PeriodTarget {
  periodStart: string;
  value: number;
}

export interface StatusIndicator {
  unit: string;
  unitKind: UnitKind;
  direction: IndicatorDirection;
  frequency: IndicatorFrequency;
  baselineValue: number;
  baselineDate: string;
  targetValue: number;
  targetDate: string;
  targets: readonly PeriodTarget[];
}

export interface IndicatorStatus {
  kind: IndicatorStatusKind;
  /** Share of the way from baseline to final target, 0–1 (may exceed either end). */
  progress: number;
  /** Share the plan expected at the latest measurement; null when nothing could be compared. */
  planned: number | null;
  /** The latest measurement, if any. */
  latest: { measuredOn: string; value: number } | null;
  /** Plain Dutch: what the status means for this indicator. */
  explanation: string;
}

/** How far behind the plan still counts as on track: five percentage points of the whole way. */
const TOLERANCE = 0.05;

// The same nl-NL form as formatPercent in packages/ui/src/format.ts ("63%"), so the explanation
// reads like the progress column beside it, on the server and in the browser alike.
const percentFormat = new Intl.NumberFormat("nl-NL", { style: "percent", maximumFractionDigits: 0 });
const percent = (share: number) => percentFormat.format(share);

const MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
/** `2017-12-31` → "31 december 2017". */
export function dutchDate(isoDate: string): string {
  return `${Number(isoDate.slice(8, 10))} ${MONTHS[Number(isoDate.slice(5, 7)) - 1]} ${isoDate.slice(0, 4)}`;
}

function share(indicator: StatusIndicator, value: number): number {
  const span = indicator.targetValue - indicator.baselineValue;
  if (span === 0) return reaches(indicator, value) ? 1 : 0;
  return (value - indicator.baselineValue) / span;
}

function reaches(indicator: StatusIndicator, value: number): boolean {
  return indicator.direction === "up" ? value >= indicator.targetValue : value <= indicator.targetValue;
}

const dayNumber = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000;

/**
 * What the plan expected on `date`: the period's own target when the period has one, else a
 * straight line through the baseline, the period targets (each at its period's end) and the
 * final target.
 */
export function plannedValue(indicator: StatusIndicator, date: string): number {
  const own = indicator.targets.find((t) => t.periodStart === periodStartOf(date, indicator.frequency));
  if (own) return own.value;
  const points = [
    { date: indicator.baselineDate, value: indicator.baselineValue },
    ...indicator.targets.map((t) => ({ date: periodEndOf(t.periodStart, indicator.frequency), value: t.value })),
    { date: indicator.targetDate, value: indicator.targetValue },
  ]
    .filter((p) => p.date >= indicator.baselineDate && p.date <= indicator.targetDate)
    .sort((a, b) => a.date.localeCompare(b.date));
  if (date <= points[0]!.date) return points[0]!.value;
  for (let i = 1; i < points.length; i++) {
    const from = points[i - 1]!;
    const to = points[i]!;
    if (date <= to.date) {
      const length = dayNumber(to.date) - dayNumber(from.date);
      return length === 0 ? to.value : from.value + ((to.value - from.value) * (dayNumber(date) - dayNumber(from.date))) / length;
    }
  }
  return indicator.targetValue;
}

/**
 * The indicator's status on `now`. In order: the final target reached; the target date passed
 * without reaching it; nothing measured for the last completed period (given the frequency);
 * else on track or behind, comparing the latest value with what the plan expected by then.
 */
export function indicatorStatus(indicator: StatusIndicator, measurements: readonly { measuredOn: string; value: number }[], now: string): IndicatorStatus {
  const latest = [...measurements].sort((a, b) => a.measuredOn.localeCompare(b.measuredOn)).at(-1) ?? null;
  const current = latest?.value ?? indicator.baselineValue;
  const progress = share(indicator, current);
  const show = (value: number) => formatIndicatorValue(value, indicator.unitKind, indicator.unit);
  const base = { progress, latest: latest ? { measuredOn: latest.measuredOn, value: latest.value } : null };

  if (latest && reaches(indicator, latest.value)) {
    return {
      ...base,
      kind: "reached",
      planned: 1,
      explanation: `Doel bereikt: ${show(latest.value)} op ${dutchDate(latest.measuredOn)} (doel ${show(indicator.targetValue)}).`,
    };
  }
  if (now > indicator.targetDate) {
    return {
      ...base,
      kind: "target_date_passed",
      planned: 1,
      explanation: `De streefdatum ${dutchDate(indicator.targetDate)} is verstreken; ${percent(progress)} van het doel bereikt.`,
    };
  }
  // A measurement is due once a period has ended: the last completed period should have one.
  const lastCompleted = shiftPeriod(periodStartOf(now, indicator.frequency), indicator.frequency, -1);
  const missing = !latest || latest.measuredOn < lastCompleted;
  if (missing && periodEndOf(lastCompleted, indicator.frequency) > indicator.baselineDate) {
    const last = latest ? `de laatste is van ${dutchDate(latest.measuredOn)}` : "er is nog niets gemeten";
    return {
      ...base,
      kind: "no_recent_measurement",
      planned: null,
      explanation: `Geen recente meting: ${last}; een meting over ${periodLabel(lastCompleted, indicator.frequency)} ontbreekt.`,
    };
  }
  if (!latest) {
    return { ...base, kind: "on_track", planned: null, explanation: "Nog geen meting: de eerste wordt verwacht na afloop van deze periode." };
  }
  const planned = share(indicator, plannedValue(indicator, latest.measuredOn));
  const onTrack = progress >= planned - TOLERANCE;
  return {
    ...base,
    kind: onTrack ? "on_track" : "behind",
    planned,
    explanation: onTrack
      ? `${percent(progress)} van het doel bereikt; volgens planning was dat ${percent(planned)}.`
      : `${percent(progress)} van het doel bereikt; volgens planning had dat ${percent(planned)} moeten zijn.`,
  };
}

// ─── Activities ──────────────────────────────────────────────────────────────────────────

type ActivityStatus = (typeof activityStatuses)[number];

export interface EffectiveActivityStatus {
  status: ActivityStatus | null;
  /** True when the period decided it rather than what an editor set. */
  fromPeriod: boolean;
}

/**
 * An activity's status on `now`. "Afgerond" and "Gestopt" are decisions and stand as set;
 * "Gepland" and "Lopend" are statements about time, so once the activity has a period, the
 * period decides: before its start it is planned, after its end completed, in between running.
 * An activity that ended in 2018 therefore no longer reads "Lopend".
 */
export function activityStatusOn(
  activity: { status: ActivityStatus | null; periodStart: string | null; periodEnd: string | null },
  now: string,
): EffectiveActivityStatus {
  const set = activity.status;
  if (set === "completed" || set === "stopped") return { status: set, fromPeriod: false };
  if (!activity.periodStart && !activity.periodEnd) return { status: set, fromPeriod: false };
  let derived: ActivityStatus;
  if (activity.periodEnd && now > activity.periodEnd) derived = "completed";
  else if (activity.periodStart && now < activity.periodStart) derived = "planned";
  else derived = "running";
  return { status: derived, fromPeriod: derived !== set };
}
