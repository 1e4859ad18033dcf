import type { DatabaseHandle } from "@zorgpact/db/database";
import { createTestDatabase } from "@zorgpact/db/test/test-database";
import ExcelJS from "exceljs";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agendaFixture, buildChain, caught, fieldOf, type AgendaFixture } from "../test/agenda.ts";

let handle: DatabaseHandle;
let f: AgendaFixture;
let students: { id: string; name: string };
let dropout: { id: string; name: string };
let foreign: string;

const indicatorFields = {
  unit: "studenten",
  direction: "up" as const,
  baselineValue: 0,
  baselineDate: "2016-01-01",
  targetValue: 100,
  targetDate: "2018-12-31",
};

beforeAll(async () => {
  handle = await createTestDatabase();
  f = await agendaFixture(handle.db);
  const chain = await buildChain(f.editorA, f);
  students = await f.editorA.indicator.create({ nodeId: chain.result.id, name: "Studenten in een leerwerkplaats", ...indicatorFields });
  dropout = await f.editorA.indicator.create({
    nodeId: chain.effect.id,
    name: "Uitval eerste jaar",
    ...indicatorFields,
    unit: "%",
    direction: "down",
    baselineValue: 18,
    targetValue: 12,
  });
  const chainB = await buildChain(f.editorB, f, f.pacts.B, f.organisations.outsider);
  foreign = (await f.editorB.indicator.create({ nodeId: chainB.result.id, name: "Van Rotterdam", ...indicatorFields })).id;
});
afterAll(() => handle.close());

const countMeasurements = async () =>
  Number(
    (
      await handle.db
        .selectFrom("measurements")
        .select((eb) => eb.fn.countAll<string>().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );

const csvFile = (text: string, fileName = "metingen.csv") => ({ pactId: f.pacts.A, fileName, contentBase64: Buffer.from(text, "utf-8").toString("base64") });

async function xlsxFile(rows: (string | number | Date | null)[][], fileName = "metingen.xlsx") {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Metingen");
  for (const row of rows) sheet.addRow(row);
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return { pactId: f.pacts.A, fileName, contentBase64: buffer.toString("base64") };
}

describe("measurement import from CSV", () => {
  it("previews a file with one bad row, naming the row and why, and a commit then changes nothing", async () => {
    const file = csvFile(
      [
        "indicator_id;measured_on;value;source;note",
        `${students.id};31-12-2016;72;jaarmonitor;`,
        `${students.id};2017-02-30;118;jaarmonitor;Tussenstand`,
        `Uitval eerste jaar;2017-12-31;15,4;studentenmonitor;`,
      ].join("\n"),
    );
    const report = await f.editorA.measurement.previewImport(file);
    expect(report).toMatchObject({ format: "csv", okCount: 2, errorCount: 1, valid: false });
    expect(report.rows.map((r) => [r.rowNumber, r.status])).toEqual([
      [2, "ok"],
      [3, "error"],
      [4, "ok"],
    ]);
    expect(report.rows[1]?.errors).toEqual(["'2017-02-30' is geen geldige datum; gebruik JJJJ-MM-DD of DD-MM-JJJJ."]);
    expect(report.rows[2]).toMatchObject({ indicatorId: dropout.id, measuredOn: "2017-12-31", value: 15.4 });

    const before = await countMeasurements();
    const error = await caught(f.editorA.measurement.commitImport(file));
    expect([error.code, fieldOf(error)]).toEqual(["BAD_REQUEST", "contentBase64"]);
    expect(error.message).toBe("Het bestand bevat een fout in rij 3; er is niets ingelezen.");
    expect(await countMeasurements()).toBe(before);
  });

  it("names unknown indicators, other pacts' indicators, numbers that are not numbers and duplicate dates", async () => {
    const report = await f.editorA.measurement.previewImport(
      csvFile(
        [
          "indicator,measured_on,value",
          "Bestaat niet,2017-12-31,1",
          `${foreign},2017-12-31,1`,
          `${students.id},2017-12-31,veel`,
          `${students.id},2018-06-30,"131,5"`,
          `${students.id},30-06-2018,132`,
        ].join("\r\n"),
      ),
    );
    const errors = report.rows.map((r) => r.errors.join(" "));
    expect(errors[0]).toMatch(/Onbekende indicator/);
    expect(errors[1]).toMatch(/ander zorgpact/);
    expect(errors[2]).toMatch(/'veel' is geen getal/);
    expect(errors[3]).toBe("");
    expect(errors[4]).toMatch(/Dubbele datum: rij 5/);
  });

  it("writes every row of a good file in one go, then refuses the same file as duplicates", async () => {
    const file = csvFile(
      [
        "\uFEFFIndicator_ID;Measured_On;Value;Source;Note",
        `${students.id};31-12-2017;118;jaarmonitor;`,
        "",
        `Uitval eerste jaar;31-12-2016;17,1;studentenmonitor;Eerste meting`,
      ].join("\n"),
    );
    const before = await countMeasurements();
    expect(await f.editorA.measurement.commitImport(file)).toEqual({ fileName: "metingen.csv", imported: 2 });
    expect(await countMeasurements()).toBe(before + 2);
    const agenda = await f.editorA.agenda.get({ pactId: f.pacts.A });
    expect(agenda.indicators.find((i) => i.id === dropout.id)?.measurements).toMatchObject([
      { measuredOn: "2016-12-31", value: 17.1, source: "studentenmonitor", note: "Eerste meting" },
    ]);
    const audit = await handle.db
      .selectFrom("auditLog")
      .selectAll()
      .where("action", "=", "measurement.commitImport")
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ result: "ok", pactId: f.pacts.A, objectType: "measurement_import" });

    const again = await caught(f.editorA.measurement.commitImport(file));
    expect(again.message).toMatch(/rijen 2, 4/);
    expect(await countMeasurements()).toBe(before + 2);
  });

  it("refuses files it cannot read as a whole, with a clear message", async () => {
    const missing = await caught(f.editorA.measurement.previewImport(csvFile("indicator;waarde\nx;1")));
    expect([missing.code, fieldOf(missing)]).toEqual(["BAD_REQUEST", "contentBase64"]);
    expect(missing.message).toMatch(/mist de kolommen measured_on, value/);
    const tooMany = ["indicator_id,measured_on,value", ...Array.from({ length: 5001 }, () => `${students.id},2017-01-01,1`)].join("\n");
    expect((await caught(f.editorA.measurement.previewImport(csvFile(tooMany)))).message).toMatch(/meer dan 5000 rijen/);
    const big = { pactId: f.pacts.A, fileName: "groot.csv", contentBase64: "A".repeat(3_000_000) };
    expect((await caught(f.editorA.measurement.previewImport(big))).message).toMatch(/groter dan 2 MB/);
    expect((await caught(f.editorA.measurement.previewImport(csvFile("geen excel", "metingen.xlsx")))).message).toMatch(/geen leesbaar Excel-bestand/);
    const empty = await caught(f.editorA.measurement.commitImport(csvFile("indicator_id;measured_on;value\n")));
    expect(empty.message).toMatch(/geen metingen/);
  });

  it("names a row whose note or source holds NUL instead of failing on the database", async () => {
    const file = csvFile(
      [`indicator_id;measured_on;value;source;note`, `${students.id};2032-01-31;1;jaar\u0000monitor;`, `${students.id};2032-02-29;2;;Tussen\u0000stand`].join(
        "\n",
      ),
    );
    const report = await f.editorA.measurement.previewImport(file);
    expect(report.rows.map((r) => r.errors)).toEqual([
      ["Bron: Deze tekst bevat een teken dat niet is toegestaan."],
      ["Toelichting: Deze tekst bevat een teken dat niet is toegestaan."],
    ]);
    const error = await caught(f.editorA.measurement.commitImport(file));
    expect([error.code, fieldOf(error)]).toEqual(["BAD_REQUEST", "contentBase64"]);
  });

  it("refuses editors of other pacts and the public", async () => {
    const file = csvFile(`indicator_id;measured_on;value\n${students.id};2019-01-01;1`);
    expect((await caught(f.editorB.measurement.previewImport(file))).code).toBe("FORBIDDEN");
    expect((await caught(f.editorB.measurement.commitImport(file))).code).toBe("FORBIDDEN");
    expect((await caught(f.anonymous.measurement.commitImport(file))).code).toBe("UNAUTHORIZED");
  });
});

describe("measurement import from XLSX", () => {
  it("previews a workbook with one bad row and commits nothing", async () => {
    const file = await xlsxFile([
      ["indicator_id", "measured_on", "value", "source", "note"],
      [students.id, new Date(Date.UTC(2018, 5, 30)), 131, "jaarmonitor", null],
      [students.id, "2018-13-01", 140, null, null],
    ]);
    const report = await f.editorA.measurement.previewImport(file);
    expect(report).toMatchObject({ format: "xlsx", okCount: 1, errorCount: 1, valid: false });
    expect(report.rows[0]).toMatchObject({ rowNumber: 2, measuredOn: "2018-06-30", value: 131, status: "ok" });
    expect(report.rows[1]).toMatchObject({ rowNumber: 3, status: "error" });
    const before = await countMeasurements();
    expect((await caught(f.editorA.measurement.commitImport(file))).message).toMatch(/rij 3/);
    expect(await countMeasurements()).toBe(before);
  });

  it("writes a good workbook: Dutch dates and decimal commas as text, numbers and dates as cells", async () => {
    const file = await xlsxFile([
      ["indicator", "measured_on", "value", "source"],
      ["Uitval eerste jaar", "31-12-2018", "14,2", "studentenmonitor"],
      [students.id, new Date(Date.UTC(2018, 11, 31)), 150, null],
    ]);
    const before = await countMeasurements();
    expect(await f.editorA.measurement.commitImport(file)).toEqual({ fileName: "metingen.xlsx", imported: 2 });
    expect(await countMeasurements()).toBe(before + 2);
    const stored = await handle.db
      .selectFrom("measurements")
      .select(["value", "source"])
      .where("indicatorId", "=", dropout.id)
      .where("measuredOn", "=", "2018-12-31")
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ value: 14.2, source: "studentenmonitor" });
  });
});

describe("measurement import under load", () => {
  it("reads a large workbook before its transaction: other queries keep completing while it is parsed", async () => {
    const rows: (string | Date | number)[][] = [["indicator_id", "measured_on", "value", "note"]];
    for (let i = 0; i < 5000; i++) rows.push([students.id, new Date(Date.UTC(1990, 0, 1 + i)), i, `Meting ${i} met een toelichting die wat ruimte inneemt`]);
    const file = await xlsxFile(rows);
    let finished = false;
    const preview = f.editorA.measurement.previewImport(file).finally(() => (finished = true));
    let completedMeanwhile = 0;
    while (!finished) {
      await handle.db.selectFrom("pacts").select("id").limit(1).execute();
      if (!finished) completedMeanwhile++;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect((await preview).okCount).toBe(5000);
    console.log(`queries completed while a 5000-row workbook was read: ${completedMeanwhile}`);
    expect(completedMeanwhile).toBeGreaterThanOrEqual(10);
  });
});

describe("measurement import racing other writers", () => {
  it("lets an import and an editor adding the same date at once end with one measurement on that date and words for the loser", async () => {
    const file = csvFile(`indicator_id;measured_on;value\n${students.id};2030-06-30;1`);
    const settled = await Promise.allSettled([
      f.editorA.measurement.commitImport(file),
      f.editorA.indicator.addMeasurement({ indicatorId: students.id, measuredOn: "2030-06-30", value: 2 }),
    ]);
    const failures = settled.filter((s) => s.status === "rejected").map((s) => s.reason as { code?: string });
    expect(failures).toHaveLength(1);
    expect(["CONFLICT", "BAD_REQUEST"]).toContain(failures[0]?.code);
    const stored = await handle.db
      .selectFrom("measurements")
      .select("value")
      .where("indicatorId", "=", students.id)
      .where("measuredOn", "=", "2030-06-30")
      .execute();
    expect(stored).toHaveLength(1);
  });

  it("turns a duplicate that lands between the import's check and its insert into CONFLICT, writing none of the file", async () => {
    // Another writer's row appearing after the check, made deterministic: a trigger inserts the
    // same date just before the import's own row, as a concurrent commit on PostgreSQL would.
    await sql`create function test_race_measurement() returns trigger language plpgsql as $$
      begin
        if new.note = 'race' then
          insert into measurements (indicator_id, measured_on, value, note) values (new.indicator_id, new.measured_on, 0, 'other writer');
        end if;
        return new;
      end $$`.execute(handle.db);
    await sql`create trigger test_race_measurement before insert on measurements for each row execute function test_race_measurement()`.execute(handle.db);
    try {
      const before = await countMeasurements();
      const file = csvFile(`indicator_id;measured_on;value;note\n${students.id};2031-01-31;1;\n${students.id};2031-02-28;2;race`);
      expect((await f.editorA.measurement.previewImport(file)).valid).toBe(true);
      const error = await caught(f.editorA.measurement.commitImport(file));
      expect([error.code, error.message]).toEqual([
        "CONFLICT",
        "Iemand anders heeft intussen metingen op dezelfde datums vastgelegd; er is niets ingelezen. Bekijk het voorbeeld opnieuw.",
      ]);
      expect(await countMeasurements()).toBe(before);
      const audit = await handle.db
        .selectFrom("auditLog")
        .select(["result", "changes"])
        .where("action", "=", "measurement.commitImport")
        .orderBy("id", "desc")
        .executeTakeFirstOrThrow();
      expect(audit.result).toBe("failed");
    } finally {
      await sql`drop trigger test_race_measurement on measurements`.execute(handle.db);
      await sql`drop function test_race_measurement()`.execute(handle.db);
    }
  });
});
