import { describe, expect, it } from "vitest";
import { catalogueEntryFieldsSchema, indicatorUnitOf, isSummable, latestValuePerYear, median, nationalTotal } from "./indicator-catalogue.ts";

describe("the national total of a catalogue indicator", () => {
  it("adds up counts across pacts", () => {
    expect(nationalTotal("aantal", [120, 45, 35])).toEqual({ method: "sum", value: 200, pactCount: 3 });
  });

  it("adds up euro amounts in whole cents exactly", () => {
    expect(nationalTotal("euro", [10, 20, 125_000_00])).toEqual({ method: "sum", value: 125_000_30, pactCount: 3 });
  });

  it("does not add up percentages but takes the median of the pacts' values", () => {
    expect(nationalTotal("percentage", [80, 20, 60])).toEqual({ method: "median", value: 60, pactCount: 3 });
    expect(nationalTotal("percentage", [80, 20, 60, 70])).toEqual({ method: "median", value: 65, pactCount: 4 });
  });

  it("is absent when no pact contributes, rather than zero", () => {
    expect(nationalTotal("aantal", [])).toBeNull();
    expect(nationalTotal("percentage", [])).toBeNull();
  });

  it("knows which units add up", () => {
    expect(isSummable("aantal")).toBe(true);
    expect(isSummable("euro")).toBe(true);
    expect(isSummable("percentage")).toBe(false);
  });

  it("takes the median of an unsorted list without changing it", () => {
    const values = [5, 1, 3];
    expect(median(values)).toBe(3);
    expect(values).toEqual([5, 1, 3]);
    expect(median([])).toBeNull();
  });
});

describe("what a pact contributes per year", () => {
  it("is the last approved value of each calendar year", () => {
    const points = [
      { publicMeasuredOn: "2024-03-01", publicValue: 10 },
      { publicMeasuredOn: "2024-10-01", publicValue: 14 },
      { publicMeasuredOn: "2023-12-31", publicValue: 8 },
      { publicMeasuredOn: "2024-06-30", publicValue: 99 },
    ];
    expect(latestValuePerYear(points)).toEqual([
      { year: 2023, value: 8, measuredOn: "2023-12-31" },
      { year: 2024, value: 14, measuredOn: "2024-10-01" },
    ]);
  });

  it("is nothing without approved values", () => {
    expect(latestValuePerYear([])).toEqual([]);
  });
});

describe("a catalogue entry", () => {
  const valid = {
    name: "Aantal zij-instromers",
    definition: "Het aantal mensen dat via een zij-instroomtraject in zorg en welzijn begon.",
    unit: "aantal",
    unitLabel: "zij-instromers",
    direction: "up",
    themeIds: [],
  };

  it("is active unless archived", () => {
    expect(catalogueEntryFieldsSchema.parse(valid).status).toBe("active");
  });

  it("refuses the same theme twice and an unknown unit", () => {
    const theme = "8b1c3f6e-2a4d-4e8f-9a1b-3c5d7e9f1a2b";
    expect(catalogueEntryFieldsSchema.safeParse({ ...valid, themeIds: [theme, theme] }).success).toBe(false);
    expect(catalogueEntryFieldsSchema.safeParse({ ...valid, unit: "anders" }).success).toBe(false);
  });

  it("refuses a NUL character in its definition", () => {
    expect(catalogueEntryFieldsSchema.safeParse({ ...valid, definition: "Telling van\u0000 deelnemers per jaar" }).success).toBe(false);
  });

  it("gives adopting indicators a unit that matches its kind", () => {
    expect(indicatorUnitOf({ unit: "percentage", unitLabel: "geslaagden" })).toBe("%");
    expect(indicatorUnitOf({ unit: "euro", unitLabel: "subsidie" })).toBe("euro");
    expect(indicatorUnitOf({ unit: "aantal", unitLabel: "zij-instromers" })).toBe("zij-instromers");
  });
});
