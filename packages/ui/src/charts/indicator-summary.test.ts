import { describe, expect, it } from "vitest";
import { indicatorSummary } from "./indicator-summary.ts";

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
