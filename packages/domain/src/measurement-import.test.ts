import { describe, expect, it } from "vitest";
import {
  classifyMeasurementImport,
  countImport,
  type ImportContext,
  importRefusalMessage,
  type ImportIndicator,
  isTemplateLine,
  parseImportDate,
  parseImportNumber,
  type RawImportRow,
  type StoredMeasurement,
} from "./measurement-import.ts";

const pactId = "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa";
const own: ImportIndicator = {
  id: "bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb",
  name: "Studenten in een leerwerkplaats",
  pactId,
  unit: "studenten",
  unitKind: "anders",
};
const other = {
  id: "cccccccc-cccc-4ccc-8ccc-cccccccccccc",
  name: "Elders",
  pactId: "dddddddd-dddd-4ddd-8ddd-dddddddddddd",
  unit: "%",
  unitKind: "anders" as const,
};
const row = (rowNumber: number, fields: Partial<RawImportRow>): RawImportRow => ({
  rowNumber,
  indicatorId: own.id,
  indicatorName: "",
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
  const stored: StoredMeasurement = {
    id: "99999999-9999-4999-8999-999999999999",
    indicatorId: own.id,
    measuredOn: "2016-12-31",
    value: 100,
    source: "CBS",
    note: null,
    version: 3,
  };
  const context: ImportContext = { pactId, indicators: [own, other], existing: [stored], breakdownSums: [] };
  const statuses = (rows: RawImportRow[], ctx = context) => classifyMeasurementImport(rows, ctx).map((r) => r.status);

  it("finds the indicator by id, or by name case-insensitively", () => {
    const report = classifyMeasurementImport(
      [row(2, {}), row(3, { indicatorId: "", indicatorName: "studenten IN een leerwerkplaats", measuredOn: "30-06-2018", value: "131,5" })],
      context,
    );
    expect(report.map((r) => [r.status, r.indicatorId, r.measuredOn, r.value])).toEqual([
      ["new", own.id, "2017-12-31", 118],
      ["new", own.id, "2018-06-30", 131.5],
    ]);
  });

  it("calls the stored date with the same value, source and note unchanged, and another value an update with the value before", () => {
    const same = row(2, { measuredOn: "31-12-2016", value: "100,0", source: "CBS", note: "" });
    const changed = row(3, { measuredOn: "2016-12-31", value: "101", source: "CBS" });
    expect(statuses([same])).toEqual(["unchanged"]);
    const [update] = classifyMeasurementImport([changed], context);
    expect(update).toMatchObject({ status: "updated", value: 101, before: { value: 100, source: "CBS", note: null }, match: { id: stored.id, version: 3 } });
  });

  it("calls a changed note or source an update, and keeps what is stored when the file lacks the column", () => {
    expect(statuses([row(2, { measuredOn: "2016-12-31", value: "100", source: "CBS", note: "nieuw" })])).toEqual(["updated"]);
    expect(statuses([row(2, { measuredOn: "2016-12-31", value: "100", source: null, note: null })])).toEqual(["unchanged"]);
    expect(statuses([row(2, { measuredOn: "2016-12-31", value: "100", source: "", note: null })])).toEqual(["updated"]);
  });

  it("reads a note back without the export's formula guard", () => {
    const formula = { ...stored, note: "=1+1" };
    expect(statuses([row(2, { measuredOn: "2016-12-31", value: "100", source: "CBS", note: "'=1+1" })], { ...context, existing: [formula] })).toEqual([
      "unchanged",
    ]);
  });

  it("names every fault of every row: unknown indicator, bad date, not a number, duplicate line, another pact's indicator", () => {
    const report = classifyMeasurementImport(
      [
        row(2, { indicatorId: "", indicatorName: "Bestaat niet" }),
        row(3, { measuredOn: "31-02-2017", value: "veel" }),
        row(4, { measuredOn: "2018-01-01" }),
        row(5, { measuredOn: "01-01-2018" }),
        row(6, { indicatorId: other.id }),
        row(7, { indicatorId: "eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee" }),
        row(8, { indicatorId: "", indicatorName: "" }),
      ],
      context,
    );
    const errors = Object.fromEntries(report.map((r) => [r.rowNumber, r.errors.join(" | ")]));
    expect(errors[2]).toMatch(/Onbekende indicator/);
    expect(errors[3]).toMatch(/geen geldige datum.*geen getal/);
    expect(errors[4]).toBe("");
    expect(errors[5]).toMatch(/Dubbele regel: rij 4/);
    expect(errors[6]).toMatch(/ander zorgpact/);
    expect(errors[7]).toMatch(/Onbekende indicator/);
    expect(errors[8]).toMatch(/Geef een indicator/);
    expect(report.every((r) => r.status === "error" || r.rowNumber === 4)).toBe(true);
  });

  it("applies the indicator's unit rules: a count takes whole numbers, a percentage 0–100", () => {
    const counted = { ...context, indicators: [{ ...own, unitKind: "aantal" as const, unit: "gemeenten" }] };
    const [half] = classifyMeasurementImport([row(2, { value: "4,5" })], counted);
    expect(half).toMatchObject({ status: "error", errors: ["Geef een heel getal: gemeenten tel je in hele aantallen."] });
    expect(statuses([row(2, { value: "4" })], counted)).toEqual(["new"]);
    const share = { ...context, indicators: [{ ...own, unitKind: "percentage" as const, unit: "%" }] };
    expect(classifyMeasurementImport([row(2, { value: "101" })], share)[0]?.errors).toEqual(["Een percentage ligt tussen 0 en 100."]);
  });

  describe("a stored breakdown", () => {
    const level = { measurementId: stored.id, dimension: "Mbo-niveau", sum: 100 };
    const split = { ...context, breakdownSums: [level] };

    it("refuses a new total its parts no longer add up to, naming the dimension and the sum", () => {
      const [report] = classifyMeasurementImport([row(2, { measuredOn: "2016-12-31", value: "101", source: "CBS" })], split);
      expect(report).toMatchObject({
        status: "error",
        before: null,
        match: null,
        errors: ["De uitsplitsing naar mbo-niveau telt op tot 100; pas eerst de uitsplitsing aan of laat de waarde 100."],
      });
    });

    it("names every dimension whose parts do not fit, and the sum to set when the stored total differs already", () => {
      const older = {
        ...context,
        existing: [{ ...stored, value: 90 }],
        breakdownSums: [level, { measurementId: stored.id, dimension: "GGD-regio", sum: 99.9 }],
      };
      const [report] = classifyMeasurementImport([row(2, { measuredOn: "2016-12-31", value: "95", source: "CBS" })], older);
      expect(report?.errors).toEqual([
        "De uitsplitsing naar mbo-niveau telt op tot 100; pas eerst de uitsplitsing aan of zet de waarde op 100.",
        "De uitsplitsing naar GGD-regio telt op tot 99,9; pas eerst de uitsplitsing aan of zet de waarde op 99,9.",
      ]);
    });

    it("accepts a new total its parts add up to, and a changed note under an unchanged value", () => {
      const older = { ...context, existing: [{ ...stored, value: 99 }], breakdownSums: [{ ...level, sum: 100.00000000000001 }] };
      expect(statuses([row(2, { measuredOn: "2016-12-31", value: "100", source: "CBS" })], older)).toEqual(["updated"]);
      expect(statuses([row(2, { measuredOn: "2016-12-31", value: "99", source: "CBS", note: "nieuw" })], older)).toEqual(["updated"]);
    });

    it("leaves a percentage's parts alone: they are shares within each category, not parts of the total", () => {
      const share = { ...split, indicators: [{ ...own, unitKind: "percentage" as const, unit: "%" }] };
      expect(statuses([row(2, { measuredOn: "2016-12-31", value: "42", source: "CBS" })], share)).toEqual(["updated"]);
    });
  });

  it("refuses a name that two indicators share", () => {
    const twin = { ...own, id: "ffffffff-ffff-4fff-8fff-ffffffffffff" };
    const [report] = classifyMeasurementImport([row(2, { indicatorId: "", indicatorName: own.name })], { ...context, indicators: [own, twin] });
    expect(report?.errors[0]).toMatch(/meer dan één indicator/);
  });

  it("counts the statuses and names the bad rows", () => {
    const rows = classifyMeasurementImport([row(2, {}), row(3, { value: "" }), row(4, { measuredOn: "2016-12-31", value: "100", source: "CBS" })], context);
    expect(countImport(rows)).toEqual({ new: 1, updated: 0, unchanged: 1, error: 1 });
    expect(importRefusalMessage(rows)).toBe("Het bestand bevat een fout in rij 3; er is niets ingelezen.");
  });

  it("sees a template's line (an indicator only) as no measurement", () => {
    expect(isTemplateLine(row(2, { measuredOn: "", value: "", source: "", note: null }))).toBe(true);
    expect(isTemplateLine(row(2, { measuredOn: "", value: "3" }))).toBe(false);
  });
});
