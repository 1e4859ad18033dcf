import { z } from "zod";

/**
 * What an indicator counts, which decides the values it accepts: a count is a whole number,
 * a percentage lies between 0 and 100, money is kept in whole euro cents; "anders" is a free
 * unit (hours, a score) that takes any number.
 */
export const unitKinds = ["aantal", "percentage", "euro", "anders"] as const;
export const unitKindSchema = z.enum(unitKinds, { error: "Kies het soort eenheid." });
export type UnitKind = z.infer<typeof unitKindSchema>;

export const unitKindLabels: Record<UnitKind, string> = {
  aantal: "Aantal (hele getallen)",
  percentage: "Percentage (0–100)",
  euro: "Bedrag in euro",
  anders: "Andere eenheid",
};

/** The Dutch reason a value does not fit the unit, or null when it does. Euro values are cents. */
export function unitValueError(kind: UnitKind, value: number, unit: string): string | null {
  if (!Number.isFinite(value)) return "Geef een getal.";
  switch (kind) {
    case "aantal":
      if (!Number.isInteger(value)) return `Geef een heel getal: ${unit.trim() || "dit"} tel je in hele aantallen.`;
      if (value < 0) return "Een aantal kan niet negatief zijn.";
      return null;
    case "percentage":
      return value < 0 || value > 100 ? "Een percentage ligt tussen 0 en 100." : null;
    case "euro":
      return Number.isInteger(value) ? null : "Geef het bedrag in hele centen.";
    case "anders":
      return null;
  }
}

/**
 * The unit kind an existing indicator most likely has, from its unit text and its values: used
 * once, to map indicators that existed before unit kinds (migration 0016 holds the same rule in SQL).
 */
export function guessUnitKind(unit: string, values: readonly number[]): UnitKind {
  const text = unit.trim().toLowerCase();
  if (text === "%" || text.startsWith("procent") || text.startsWith("percent")) {
    return values.every((v) => v >= 0 && v <= 100) ? "percentage" : "anders";
  }
  // Amounts were typed in euros before; whoever maps them to "euro" multiplies by 100 (cents).
  if (text.includes("€") || text.startsWith("euro")) return "euro";
  return values.every((v) => Number.isInteger(v) && v >= 0) ? "aantal" : "anders";
}

const numberFormat = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 2 });
const euroFormat = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" });

/** A value with its unit, the Dutch way: "12 studenten", "62,5%" (as nl-NL writes percentages), "€ 1.250,00". */
export function formatIndicatorValue(value: number, kind: UnitKind, unit: string): string {
  if (kind === "euro") return euroFormat.format(value / 100);
  // A "%" unit outside 0–100 (kind "anders", e.g. growth) is still written as nl-NL writes percentages.
  if (kind === "percentage" || unit.trim() === "%") return `${numberFormat.format(value)}%`;
  return `${numberFormat.format(value)} ${unit}`.trim();
}
