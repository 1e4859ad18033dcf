import { z } from "zod";

/**
 * How often an indicator is reported. Every measurement belongs to the period its date falls in;
 * a period is named by its first day (`YYYY-MM-DD`), which is also what the database stores.
 */
export const indicatorFrequencies = ["jaar", "halfjaar", "kwartaal"] as const;
export const indicatorFrequencySchema = z.enum(indicatorFrequencies, { error: "Kies hoe vaak deze indicator wordt gemeten." });
export type IndicatorFrequency = z.infer<typeof indicatorFrequencySchema>;

export const indicatorFrequencyLabels: Record<IndicatorFrequency, string> = {
  jaar: "Jaarlijks",
  halfjaar: "Per halfjaar",
  kwartaal: "Per kwartaal",
};

/** Months per period. */
const MONTHS: Record<IndicatorFrequency, number> = { jaar: 12, halfjaar: 6, kwartaal: 3 };

const pad = (n: number) => String(n).padStart(2, "0");
const ymd = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

function parts(isoDate: string): { year: number; month: number } {
  return { year: Number(isoDate.slice(0, 4)), month: Number(isoDate.slice(5, 7)) };
}

/** The first day of the period `isoDate` falls in: 2017-08-14 → 2017-07-01 for a half-year. */
export function periodStartOf(isoDate: string, frequency: IndicatorFrequency): string {
  const { year, month } = parts(isoDate);
  const size = MONTHS[frequency];
  const firstMonth = Math.floor((month - 1) / size) * size + 1;
  return ymd(year, firstMonth, 1);
}

/** Whether `isoDate` is the first day of a period of this frequency. */
export function isPeriodStart(isoDate: string, frequency: IndicatorFrequency): boolean {
  return periodStartOf(isoDate, frequency) === isoDate;
}

/** The start of the period `steps` periods after (or before, when negative) the one starting at `start`. */
export function shiftPeriod(start: string, frequency: IndicatorFrequency, steps: number): string {
  const { year, month } = parts(start);
  const index = year * 12 + (month - 1) + steps * MONTHS[frequency];
  return ymd(Math.floor(index / 12), (index % 12) + 1, 1);
}

/** The last day of the period starting at `start`. */
export function periodEndOf(start: string, frequency: IndicatorFrequency): string {
  const next = shiftPeriod(start, frequency, 1);
  const date = new Date(`${next}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/** A period's Dutch name: "2017", "2e halfjaar 2017", "3e kwartaal 2017". */
export function periodLabel(start: string, frequency: IndicatorFrequency): string {
  const { year, month } = parts(start);
  if (frequency === "jaar") return String(year);
  const number = Math.floor((month - 1) / MONTHS[frequency]) + 1;
  return frequency === "halfjaar" ? `${number}e halfjaar ${year}` : `${number}e kwartaal ${year}`;
}

/** The starts of every period from the one holding `from` up to the one holding `to`, at most `limit`. */
export function periodsBetween(from: string, to: string, frequency: IndicatorFrequency, limit = 200): string[] {
  const last = periodStartOf(to, frequency);
  const starts: string[] = [];
  for (let start = periodStartOf(from, frequency); start <= last && starts.length < limit; start = shiftPeriod(start, frequency, 1)) {
    starts.push(start);
  }
  return starts;
}

/** The first and last day of the period `isoDate` falls in: the dates a lock of that period covers. */
export function periodRange(isoDate: string, frequency: IndicatorFrequency): { periodStart: string; periodEnd: string } {
  const periodStart = periodStartOf(isoDate, frequency);
  return { periodStart, periodEnd: periodEndOf(periodStart, frequency) };
}

/** The start of the period these dates span exactly, or null when they are a custom range. */
export function exactPeriod(periodStart: string, periodEnd: string, frequency: IndicatorFrequency): string | null {
  return isPeriodStart(periodStart, frequency) && periodEndOf(periodStart, frequency) === periodEnd ? periodStart : null;
}

/**
 * The periods worth locking, newest first: those with at least one measurement, all of them
 * approved (a lock waits for approval), and not overlapping a period already locked.
 */
export function lockablePeriods(
  measurements: readonly { measuredOn: string; approved: boolean }[],
  locks: readonly { periodStart: string; periodEnd: string }[],
  frequency: IndicatorFrequency,
): string[] {
  const allApproved = new Map<string, boolean>();
  for (const m of measurements) {
    const start = periodStartOf(m.measuredOn, frequency);
    allApproved.set(start, (allApproved.get(start) ?? true) && m.approved);
  }
  return [...allApproved]
    .filter(([start, approved]) => {
      const end = periodEndOf(start, frequency);
      return approved && !locks.some((lock) => lock.periodStart <= end && start <= lock.periodEnd);
    })
    .map(([start]) => start)
    .sort((a, b) => b.localeCompare(a));
}
