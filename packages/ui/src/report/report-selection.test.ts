import { describe, expect, it } from "vitest";
import { defaultReportYear, paramsFor, reportYears, selectionFromParams } from "./report-selection.ts";

const now = new Date("2018-02-01T12:00:00Z");
const read = (query: string) => selectionFromParams(new URLSearchParams(query), now);

describe("the report page's selection in the URL", () => {
  it("reads a year, a period or a published edition, and writes it back the same way", () => {
    expect(read("jaar=2016")).toEqual({ kind: "live", period: { from: "2016-01-01", to: "2016-12-31" } });
    expect(read("van=2017-01-01&tot=2017-06-30")).toEqual({ kind: "live", period: { from: "2017-01-01", to: "2017-06-30" } });
    const id = "00000000-0000-4000-8000-000000000001";
    expect(read(`editie=${id}&jaar=2016`)).toEqual({ kind: "snapshot", id });
    for (const query of ["jaar=2016", "van=2017-01-01&tot=2017-06-30", `editie=${id}`]) {
      expect(new URLSearchParams(paramsFor(read(query))).toString()).toBe(query);
    }
  });

  it("falls back to the last full year for anything it cannot read", () => {
    const fallback = { kind: "live", period: { from: "2017-01-01", to: "2017-12-31" } };
    for (const query of ["", "jaar=1999", "jaar=abc", "van=2017-06-30&tot=2017-01-01", "editie=nope"]) expect(read(query)).toEqual(fallback);
    expect(defaultReportYear(new Date("2015-03-01T00:00:00Z"))).toBe(2015);
    expect(reportYears(now)).toEqual([2018, 2017, 2016, 2015]);
  });
});
