/** Scales and ticks for the small SVG charts; calendar dates as day numbers, so no time zone shifts a point. */

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2016-01-01` → days since 1970-01-01 (UTC); NaN for anything else. */
export function dayNumber(isoDate: string): number {
  const match = ISO_DATE.exec(isoDate);
  if (!match) return Number.NaN;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
}

/** A linear map from `domain` to `range`; a zero-width domain maps to the middle of the range. */
export function linearScale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): (value: number) => number {
  if (d1 === d0) return () => (r0 + r1) / 2;
  return (value) => r0 + ((value - d0) / (d1 - d0)) * (r1 - r0);
}

/** Round steps (1, 2, 2.5 or 5 times a power of ten) covering `min`–`max` in about `count` intervals. */
export function niceTicks(min: number, max: number, count = 4): number[] {
  let lo = Math.min(min, max);
  let hi = Math.max(min, max);
  if (lo === hi) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    lo -= pad;
    hi += pad;
  }
  const raw = (hi - lo) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  const first = Math.floor(lo / step + 1e-9) * step;
  const last = Math.ceil(hi / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let i = 0; first + i * step <= last + step / 1e6; i++) ticks.push(Number((first + i * step).toPrecision(12)));
  return ticks;
}

export interface TimeTick {
  day: number;
  label: string;
}

const monthYear = new Intl.DateTimeFormat("nl-NL", { month: "short", year: "numeric", timeZone: "UTC" });

/**
 * Ticks on a date axis: 1 January of each year inside the range (every second or fifth year when
 * there are many), or the first and last day when the range holds fewer than two new years.
 */
export function timeTicks(startDay: number, endDay: number): TimeTick[] {
  const startYear = new Date(startDay * DAY_MS).getUTCFullYear();
  const endYear = new Date(endDay * DAY_MS).getUTCFullYear();
  const years: number[] = [];
  for (let year = startYear; year <= endYear; year++) {
    const day = Date.UTC(year, 0, 1) / DAY_MS;
    if (day >= startDay && day <= endDay) years.push(year);
  }
  if (years.length < 2) {
    return [startDay, endDay].map((day) => ({ day, label: monthYear.format(new Date(day * DAY_MS)) }));
  }
  const every = years.length > 12 ? 5 : years.length > 6 ? 2 : 1;
  return years.filter((_, i) => i % every === 0).map((year) => ({ day: Date.UTC(year, 0, 1) / DAY_MS, label: String(year) }));
}
