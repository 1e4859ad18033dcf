import { describe, expect, it } from "vitest";
import { openDataColumns, openDatasetNames } from "./open-data.ts";
import { dutchColumnHeaders, dutchDecimal, dutchOpenDataColumns } from "./open-data-dutch.ts";

describe("Dutch open-data headers", () => {
  it("give every column of every data set a Dutch header", () => {
    const missing = openDatasetNames.flatMap((dataset) => openDataColumns(dataset).filter((key) => !Object.hasOwn(dutchColumnHeaders, key)));
    expect(missing).toEqual([]);
  });

  it("never give two columns of one data set the same header", () => {
    for (const dataset of openDatasetNames) {
      const headers = dutchOpenDataColumns(dataset).map((c) => c.header);
      expect(new Set(headers).size, dataset).toBe(headers.length);
    }
  });
});

describe("dutchDecimal", () => {
  it("writes a decimal comma and leaves whole numbers as they are", () => {
    expect(dutchDecimal(0.5)).toBe("0,5");
    expect(dutchDecimal(-12.25)).toBe("-12,25");
    expect(dutchDecimal(1500000)).toBe("1500000");
  });
});
