/**
 * Amounts and coordinates as Dutch users type them: a decimal comma, dots grouping thousands in
 * euro amounts. `null` is an empty field, `"invalid"` a field holding something else.
 */
export type ParsedNumber = number | null | "invalid";

const compact = (text: string) => text.replace(/[\s\u00a0\u202f€]/g, "");

/** "10.000" → 1000000 cents, "2.500,50" → 250050, "12,5" → 1250, "12.50" → 1250. */
export function parseEuroCents(text: string): ParsedNumber {
  let t = compact(text);
  if (t === "") return null;
  if (t.includes(",")) {
    if (!/^(\d{1,3}(\.\d{3})+|\d+),\d{1,2}$/.test(t)) return "invalid";
    t = t.replace(/\./g, "").replace(",", ".");
  } else if (/^\d{1,3}(\.\d{3})+$/.test(t)) {
    t = t.replace(/\./g, "");
  } else if (!/^\d+(\.\d{1,2})?$/.test(t)) {
    return "invalid";
  }
  const euros = Number(t);
  return Number.isFinite(euros) ? Math.round(euros * 100) : "invalid";
}

/** Cents as the amount field shows them: 1000000 → "10.000", 250050 → "2.500,50". */
export function euroText(cents: number | null): string {
  if (cents === null) return "";
  return new Intl.NumberFormat("nl-NL", { minimumFractionDigits: cents % 100 === 0 ? 0 : 2, maximumFractionDigits: 2 }).format(cents / 100);
}

/** "53,2" or "53.2" → 53.2; no thousands grouping (coordinates, not amounts). */
export function parseDecimal(text: string): ParsedNumber {
  const t = compact(text).replace(",", ".");
  if (t === "") return null;
  if (!/^-?\d+(\.\d+)?$/.test(t)) return "invalid";
  const value = Number(t);
  return Number.isFinite(value) ? value : "invalid";
}

/** A number with a decimal comma: 53.2 → "53,2". */
export function decimalText(value: number | null): string {
  return value === null ? "" : String(value).replace(".", ",");
}

/** Today's calendar date in the Netherlands, as `YYYY-MM-DD`. */
export function todayInNetherlands(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}
