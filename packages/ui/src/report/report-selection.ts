import { idSchema } from "@zorgpact/domain/common";
import { REPORT_FIRST_YEAR, calendarYearOf, reportPeriodSchema, yearPeriod, type ReportPeriod } from "@zorgpact/domain/report";

/** What the report page shows: live figures for a period, or a published edition. Kept in the URL. */
export type ReportSelection = { kind: "live"; period: ReportPeriod } | { kind: "snapshot"; id: string };

/** The last full calendar year: the one a yearly report is usually about. */
export function defaultReportYear(now: Date): number {
  return Math.max(REPORT_FIRST_YEAR, now.getFullYear() - 1);
}

/** The years the period picker offers, newest first. */
export function reportYears(now: Date): number[] {
  const years: number[] = [];
  for (let year = now.getFullYear(); year >= REPORT_FIRST_YEAR; year--) years.push(year);
  return years;
}

/** `?editie=<id>`, `?van=…&tot=…` or `?jaar=2017`; anything unreadable falls back to the default year. */
export function selectionFromParams(params: URLSearchParams, now: Date): ReportSelection {
  const edition = idSchema.safeParse(params.get("editie"));
  if (edition.success) return { kind: "snapshot", id: edition.data };
  const period = reportPeriodSchema.safeParse({ from: params.get("van"), to: params.get("tot") });
  if (period.success) return { kind: "live", period: period.data };
  const year = Number(params.get("jaar"));
  const asPeriod = reportPeriodSchema.safeParse(Number.isInteger(year) ? yearPeriod(year) : null);
  return { kind: "live", period: asPeriod.success ? asPeriod.data : yearPeriod(defaultReportYear(now)) };
}

export function paramsFor(selection: ReportSelection): Record<string, string> {
  if (selection.kind === "snapshot") return { editie: selection.id };
  const year = calendarYearOf(selection.period);
  return year === null ? { van: selection.period.from, tot: selection.period.to } : { jaar: String(year) };
}
