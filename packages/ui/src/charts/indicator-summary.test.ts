import { describe, expect, it } from "vitest";
import { indicatorSummary, valueNumber, withUnit } from "./indicator-summary.ts";

const indicator = {
  name: "Studenten in een leerwerkplaats",
  unit: "studenten",
  direction: "up" as const,
  baselineValue: 40,
  baselineDate: "2016-01-01",
  targetValue: 160,
  targetDate: "2018-12-31",
  measurements: [
    { measuredOn: "2017-12-31", value: 118 },
    { measuredOn: "2016-12-31", value: 72 },
  ],
};

describe("indicatorSummary", () => {
  it("says in Dutch where the indicator started, stands and should end", () => {
    expect(indicatorSummary(indicator).replace(/\u00a0/g, " ")).toBe(
      "Lijngrafiek van Studenten in een leerwerkplaats (studenten, streven: stijgen). Nulmeting 40 studenten op 1 januari 2016. " +
        "Laatste meting 118 studenten op 31 december 2017 (2 metingen). Streefwaarde 160 studenten uiterlijk 31 december 2018. " +
        "Voortgang 65%; doel nog niet behaald.",
    );
  });

  it("says when nothing was measured yet", () => {
    expect(indicatorSummary({ ...indicator, measurements: [] })).toContain("Nog niet gemeten.");
  });
});

describe("values by unit kind", () => {
  const subsidy = {
    ...indicator,
    name: "Subsidie voor leerwerkplaatsen",
    unit: "euro",
    unitKind: "euro" as const,
    baselineValue: 0,
    targetValue: 12_500_000,
    measurements: [{ measuredOn: "2017-12-31", value: 500_050 }],
  };

  it("writes euros stored in cents as euros, in the summary and in cells", () => {
    const summary = indicatorSummary(subsidy).replace(/\u00a0/g, " ");
    expect(summary).toContain("Laatste meting € 5.000,50 op 31 december 2017");
    expect(summary).toContain("Streefwaarde € 125.000,00 uiterlijk");
    expect(valueNumber(500_050, subsidy)).toBe("5.000,50");
    expect(valueNumber(12_500_000, subsidy)).toBe("125.000");
    expect(withUnit(12_500_000, subsidy).replace(/\u00a0/g, " ")).toBe("€ 125.000,00");
  });

  it("writes a percentage with its sign and a count with its unit; no unit kind keeps the raw number", () => {
    expect(withUnit(62.5, { unit: "%", unitKind: "percentage" }).replace(/\u00a0/g, " ")).toBe("62,5%");
    expect(withUnit(12, { unit: "studenten", unitKind: "aantal" })).toBe("12 studenten");
    expect(valueNumber(500_050, { unit: "euro", unitKind: undefined })).toBe("500.050");
  });
});
