import type { ReportFigure } from "@zorgpact/domain/report";
import { describe, expect, it } from "vitest";
import { cellText, chartBars, figureAnchor, hasRowN, rowGroups } from "./figure-view.ts";

const figure = (fields: Partial<ReportFigure>): ReportFigure => ({
  key: "k",
  publicationNumber: null,
  title: "T",
  explanation: "",
  timeBasis: "moment",
  shares: true,
  columns: [
    { key: "a", label: "Regionale Zorgpacten", n: 12 },
    { key: "b", label: "Koplopers", n: 0 },
  ],
  rows: [
    {
      key: "r",
      label: "Rij",
      group: null,
      n: null,
      source: null,
      cells: [
        { count: 3, share: 0.25 },
        { count: 0, share: null },
      ],
    },
  ],
  notes: [],
  ...fields,
});

describe("how a figure is shown", () => {
  it("writes count and share in each cell, and says so when N is 0", () => {
    const f = figure({});
    expect(cellText(f, f.rows[0]!, 0)).toBe("3 (25%)");
    expect(cellText(f, f.rows[0]!, 1)).toBe("0 (geen aandeel: N is 0)");
  });

  it("writes plain counts for a figure without shares, with bars against the largest count", () => {
    const f = figure({
      shares: false,
      columns: [{ key: "a", label: "Aantal koplopers", n: null }],
      rows: [
        { key: "x", label: "Eind 2016", group: "Bron", n: null, source: "Kamerbrief", cells: [{ count: 51, share: null }] },
        { key: "y", label: "Nu", group: "Platform", n: null, source: null, cells: [{ count: 12, share: null }] },
      ],
    });
    expect(cellText(f, f.rows[0]!, 0)).toBe("51");
    expect(chartBars(f, f.rows[1]!)).toEqual([{ width: 23.5, series: null, value: "12" }]);
    expect(rowGroups(f.rows).map((g) => g.label)).toEqual(["Bron", "Platform"]);
    expect(hasRowN(f)).toBe(false);
  });

  it("names the series in the bar's text when a figure has more than one column", () => {
    const f = figure({});
    expect(chartBars(f, f.rows[0]!)).toEqual([
      { width: 25, series: "Regionale Zorgpacten", value: "25%" },
      { width: 0, series: "Koplopers", value: "0" },
    ]);
  });

  it("makes anchors safe for a URL fragment", () => {
    expect(figureAnchor("results:00000000-0000-4000-8000-00000000000A")).toBe("figuur-results-00000000-0000-4000-8000-00000000000a");
  });
});
