/**
 * Numbers as Dutch users type them: a decimal comma, dots grouping thousands in euro amounts.
 * `null` is an empty field, `"invalid"` a field holding something other than a number. The one
 * parser of both apps (it replaces the agenda's number-input and the pact editor's number-text).
 */
export type ParsedNumber = number | null | "invalid";

const compact = (text: string) => text.replace(/[\s\u00a0\u202f€]/g, "");

/** "10.000" → 1000000 cents, "2.500,50" → 250050, "12,5" → 1250, "12.50" → 1250; never negative. */
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

/**
 * "2,4" → 2.4, "1.234,5" → 1234.5, "-3" → -3. With a comma, dots group thousands; without one, a
 * point is the decimal point ("53.2" → 53.2), as people paste coordinates.
 */
export function parseDecimal(text: string): ParsedNumber {
  let t = compact(text);
  if (t === "") return null;
  if (t.includes(",")) t = t.replace(/\./g, "").replace(",", ".");
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(t)) return "invalid";
  const value = Number(t);
  return Number.isFinite(value) ? value : "invalid";
}

/** Cents as an amount field shows them: 1000000 → "10.000", 250050 → "2.500,50". */
export function euroText(cents: number | null): string {
  if (cents === null) return "";
  return new Intl.NumberFormat("nl-NL", { minimumFractionDigits: cents % 100 === 0 ? 0 : 2, maximumFractionDigits: 2 }).format(cents / 100);
}

/** A number as a field shows it, with a decimal comma and no grouping: 53.2 → "53,2". */
export function decimalText(value: number | null): string {
  return value === null ? "" : String(value).replace(".", ",");
}
