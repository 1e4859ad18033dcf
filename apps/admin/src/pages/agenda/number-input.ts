/**
 * Numbers as Dutch editors type them: a decimal comma, dots grouping thousands in amounts.
 * `null` is an empty field; `"invalid"` a field that holds something other than a number.
 */
export type Parsed = number | null | "invalid";

const plain = (text: string) => text.replace(/[\s\u00a0\u202f€]/g, "");

/** "10.000" → 1000000 cents, "2.500,50" → 250050, "12,5" → 1250, "12.50" → 1250. */
export function parseEuroToCents(text: string): Parsed {
  let t = plain(text);
  if (t === "") return null;
  if (t.includes(",")) {
    if (!/^\d{1,3}(\.\d{3})*,\d{1,2}$|^\d+,\d{1,2}$/.test(t)) return "invalid";
    t = t.replace(/\./g, "").replace(",", ".");
  } else if (/^\d{1,3}(\.\d{3})+$/.test(t)) {
    t = t.replace(/\./g, "");
  } else if (!/^\d+(\.\d{1,2})?$/.test(t)) {
    return "invalid";
  }
  const euros = Number(t);
  return Number.isFinite(euros) ? Math.round(euros * 100) : "invalid";
}

/** "2,4" → 2.4, "1.234,5" → 1234.5, "-3" → -3; a point alone is a decimal point ("2.4"). */
export function parseDecimal(text: string): Parsed {
  let t = plain(text);
  if (t === "") return null;
  if (t.includes(",")) t = t.replace(/\./g, "").replace(",", ".");
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(t)) return "invalid";
  const value = Number(t);
  return Number.isFinite(value) ? value : "invalid";
}

const euroFormat = (cents: number) =>
  new Intl.NumberFormat("nl-NL", { minimumFractionDigits: cents % 100 === 0 ? 0 : 2, maximumFractionDigits: 2 }).format(cents / 100);

/** Cents as the amount field shows them: 1000000 → "10.000", 250050 → "2.500,50". */
export function euroInput(cents: number | null): string {
  return cents === null ? "" : euroFormat(cents);
}

/** A number as a field shows it, with a decimal comma and no grouping: 2.4 → "2,4". */
export function decimalInput(value: number | null): string {
  return value === null ? "" : String(value).replace(".", ",");
}
