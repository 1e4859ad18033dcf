/**
 * The Dutch number parser moved to packages/ui (dutch-number.ts); these re-exports keep older
 * imports working until their owners switch. Only the calendar helper lives here.
 */
export { decimalText, euroText, parseDecimal, parseEuroCents, type ParsedNumber } from "@zorgpact/ui/dutch-number.ts";

/** Today's calendar date in the Netherlands, as `YYYY-MM-DD`. */
export function todayInNetherlands(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}
