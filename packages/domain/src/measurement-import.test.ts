import { describe, expect, it } from "vitest";
import {
  importRefusalMessage,
  parseImportDate,
  parseImportNumber,
  summariseImport,
  validateMeasurementImport,
  type RawImportRow,
} from "./measurement-import.ts";

const pactId = "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa";
const own = { id: "bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb", name: "Studenten in een leerwerkplaats", pactId };
const other = { id: "cccccccc-cccc-4ccc-8ccc-cccccccccccc", name: "Elders", pactId: "dddddddd-dddd-4ddd-8ddd-dddddddddddd" };
const row = (rowNumber: number, fields: Partial<RawImportRow>): RawImportRow => ({
  rowNumber,
  indicator: own.id,
  measuredOn: "2017-12-31",
  value: "118",
  source: "",
  note: "",
  ...fields,
});

describe("import values", () => {
  it("reads ISO and Dutch dates and refuses impossible ones", () => {
    expect(parseImportDate("2017-12-31")).toBe("2017-12-31");
    expect(parseImportDate("31-12-2017")).toBe("2017-12-31");
    expect(parseImportDate("1/2/2017")).toBe("2017-02-01");
    expect(parseImportDate("31-02-2017")).toBeNull();
    expect(parseImportDate("12/31/2017")).toBeNull();
    expect(parseImportDate("gisteren")).toBeNull();
  });

  it("reads a decimal point, a Dutch decimal comma and Dutch thousands", () => {
    expect(parseImportNumber("12.5")).toBe(12.5);
    expect(parseImportNumber("12,5")).toBe(12.5);
    expect(parseImportNumber("1.234,5")).toBe(1234.5);
    expect(parseImportNumber("-3")).toBe(-3);
    expect(parseImportNumber("twaalf")).toBeNull();
    expect(parseImportNumber("1,2,3")).toBeNull();
  });
});

describe("import rows", () => {
  const context = { pactId, indicators: [own, other], existing: [{ indicatorId: own.id, measuredOn: "2016-12-31" }] };

  it("accepts rows by indicator id or by name, case-insensitively", () => {
    const report = validateMeasurementImport(
      [row(2, {}), row(3, { indicator: "studenten IN een leerwerkplaats", measuredOn: "30-06-2018", value: "131,5" })],
      context,
    );
    expect(report.map((r) => [r.status, r.indicatorId, r.measuredOn, r.value])).toEqual([
      ["ok", own.id, "2017-12-31", 118],
      ["ok", own.id, "2018-06-30", 131.5],
    ]);
  });

  it("names every fault of every row: unknown indicator, bad date, not a number, duplicate date, another pact's indicator", () => {
    const report = validateMeasurementImport(
      [
        row(2, { indicator: "Bestaat niet" }),
        row(3, { measuredOn: "31-02-2017", value: "veel" }),
        row(4, { measuredOn: "2018-01-01" }),
        row(5, { measuredOn: "01-01-2018" }),
        row(6, { indicator: other.id }),
        row(7, { measuredOn: "2016-12-31" }),
        row(8, { indicator: "eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee" }),
      ],
      context,
    );
    const errors = Object.fromEntries(report.map((r) => [r.rowNumber, r.errors.join(" | ")]));
    expect(errors[2]).toMatch(/Onbekende indicator/);
    expect(errors[3]).toMatch(/geen geldige datum.*geen getal/);
    expect(errors[4]).toBe("");
    expect(errors[5]).toMatch(/Dubbele datum: rij 4/);
    expect(errors[6]).toMatch(/ander zorgpact/);
    expect(errors[7]).toMatch(/al een meting op 2016-12-31/);
    expect(errors[8]).toMatch(/Onbekende indicator/);
  });

  it("refuses a name that two indicators share", () => {
    const twin = { ...own, id: "ffffffff-ffff-4fff-8fff-ffffffffffff" };
    const [report] = validateMeasurementImport([row(2, { indicator: own.name })], { ...context, indicators: [own, twin] });
    expect(report?.errors[0]).toMatch(/meer dan één indicator/);
  });

  it("summarises a file as valid only when every row is ok, and names the bad rows", () => {
    const rows = validateMeasurementImport([row(2, {}), row(3, { value: "" })], context);
    const report = summariseImport("metingen.csv", "csv", rows);
    expect(report).toMatchObject({ okCount: 1, errorCount: 1, valid: false });
    expect(importRefusalMessage(report)).toBe("Het bestand bevat een fout in rij 3; er is niets ingelezen.");
    expect(summariseImport("leeg.csv", "csv", []).valid).toBe(false);
  });
});
