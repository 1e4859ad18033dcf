import type { DatabaseHandle } from "@zorgpact/db/database";
import { insertIndicator, insertIssue, insertMeasurement, insertNode } from "@zorgpact/db/test/fixtures";
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

const version = async (indicatorId: string, measuredOn: string) =>
  (await handle.db.selectFrom("measurements").select("version").where("indicatorId", "=", indicatorId).where("measuredOn", "=", measuredOn).executeTakeFirst())
    ?.version;

const auditRows = async (action: string) =>
  Number(
    (
      await handle.db
        .selectFrom("auditLog")
        .select((eb) => eb.fn.countAll<string>().as("n"))
        .where("action", "=", action)
        .executeTakeFirstOrThrow()
    ).n,
  );

type File = { pactId: string; fileName: string; contentBase64: string };

/** Preview, then apply with the preview's basis, as the admin page does. */
async function importFile(file: File) {
  const report = await f.editorA.measurement.previewImport(file);
  return { report, result: await f.editorA.measurement.commitImport({ ...file, basis: report.basis }) };
}

const decode = (file: { contentBase64: string }) => Buffer.from(file.contentBase64, "base64");

const csvFile = (text: string, fileName = "metingen.csv") => ({ pactId: f.pacts.A, fileName, contentBase64: Buffer.from(text, "utf-8").toString("base64") });

async function xlsxFile(rows: (string | number | Date | null)[][], fileName = "metingen.xlsx") {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Metingen");
  for (const row of rows) sheet.addRow(row);
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return { pactId: f.pacts.A, fileName, contentBase64: buffer.toString("base64") };
}

describe("measurement export", () => {
  it("writes one table for Dutch Excel: BOM, semicolons, CRLF, Dutch column names, decimal commas, formulas escaped", async () => {
    await f.editorA.indicator.addMeasurement({ indicatorId: dropout.id, measuredOn: "2016-12-31", value: 17.5, source: "studentenmonitor", note: "=SOM(A1)" });
    await f.editorA.indicator.addMeasurement({ indicatorId: students.id, measuredOn: "2016-12-31", value: 72, source: "jaarmonitor" });
    const file = await f.editorA.measurement.export({ pactId: f.pacts.A, format: "csv" });
    expect(file.fileName).toMatch(/^metingen-.*\.csv$/);
    const bytes = decode(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString("utf-8").slice(1).split("\r\n");
    expect(lines[0]).toBe("Indicator;Eenheid;Datum;Waarde;Bron;Toelichting;Indicator-ID");
    expect(lines).toContain(`Studenten in een leerwerkplaats;studenten;2016-12-31;72;jaarmonitor;;${students.id}`);
    expect(lines).toContain(`Uitval eerste jaar;%;2016-12-31;17,5;studentenmonitor;'=SOM(A1);${dropout.id}`);
    expect(lines.at(-1)).toBe("");
  });

  it("writes the same table as XLSX with numbers as numbers and dates as dates", async () => {
    const file = await f.editorA.measurement.export({ pactId: f.pacts.A, format: "xlsx" });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(decode(file) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(workbook.worksheets).toHaveLength(1);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(["Indicator", "Eenheid", "Datum", "Waarde", "Bron", "Toelichting", "Indicator-ID"]);
    const dropoutRow = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(7).value === dropout.id)!;
    expect(dropoutRow.getCell(3).value).toEqual(new Date(Date.UTC(2016, 11, 31)));
    expect(dropoutRow.getCell(4).value).toBe(17.5);
  });

  it("gives a template with the pact's indicators and no values, which imports as nothing", async () => {
    const template = await f.editorA.measurement.template({ pactId: f.pacts.A, format: "csv" });
    const lines = decode(template).toString("utf-8").slice(1).trim().split("\r\n");
    expect(lines).toEqual([
      "Indicator;Eenheid;Datum;Waarde;Bron;Toelichting;Indicator-ID",
      `Studenten in een leerwerkplaats;studenten;;;;;${students.id}`,
      `Uitval eerste jaar;%;;;;;${dropout.id}`,
    ]);
    const report = await f.editorA.measurement.previewImport({ pactId: f.pacts.A, fileName: template.fileName, contentBase64: template.contentBase64 });
    expect(report).toMatchObject({ rows: [], skipped: 2, valid: false });
  });

  it("refuses editors of other pacts and the public", async () => {
    expect((await caught(f.editorB.measurement.export({ pactId: f.pacts.A, format: "csv" }))).code).toBe("FORBIDDEN");
    expect((await caught(f.anonymous.measurement.template({ pactId: f.pacts.A, format: "xlsx" }))).code).toBe("UNAUTHORIZED");
  });
});

describe("measurement import round trip", () => {
  const exported = async (format: "csv" | "xlsx") => {
    const file = await f.editorA.measurement.export({ pactId: f.pacts.A, format });
    return { pactId: f.pacts.A, fileName: file.fileName, contentBase64: file.contentBase64 };
  };

  it.each(["csv", "xlsx"] as const)("imports its own %s export as all unchanged, writing nothing and no audit row", async (format) => {
    const file = await exported(format);
    const count = await countMeasurements();
    const audits = await auditRows("measurement.previewImport");
    const commits = await auditRows("measurement.commitImport");
    const { report, result } = await importFile(file);
    expect(report.counts).toEqual({ new: 0, updated: 0, unchanged: 2, error: 0 });
    expect(report.valid).toBe(true);
    expect(result).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(await countMeasurements()).toBe(count);
    expect(await version(dropout.id, "2016-12-31")).toBe(1);
    expect(await auditRows("measurement.previewImport")).toBe(audits);
    expect(await auditRows("measurement.commitImport")).toBe(commits);
  });

  it("turns one changed value in the Dutch CSV into exactly one update, shown before and after, and the same file again into nothing", async () => {
    const text = decode(await exported("csv"))
      .toString("utf-8")
      .replace(";17,5;", ";16,25;");
    const file = csvFile(text);
    const { report, result } = await importFile(file);
    expect(report.counts).toEqual({ new: 0, updated: 1, unchanged: 1, error: 0 });
    expect(report.rows.find((r) => r.status === "updated")).toMatchObject({ indicatorId: dropout.id, value: 16.25, before: { value: 17.5 }, note: "=SOM(A1)" });
    expect(result).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    const stored = await handle.db
      .selectFrom("measurements")
      .selectAll()
      .where("indicatorId", "=", dropout.id)
      .where("measuredOn", "=", "2016-12-31")
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ value: 16.25, note: "=SOM(A1)", version: 2 });
    const audit = await handle.db
      .selectFrom("auditLog")
      .selectAll()
      .where("action", "=", "measurement.commitImport")
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ result: "ok", pactId: f.pacts.A, objectType: "measurement_import" });
    expect(audit.changes).toMatchObject({ after: { created: 0, updated: 1, unchanged: 1 } });

    const again = await importFile(file);
    expect(again.report.counts).toEqual({ new: 0, updated: 0, unchanged: 2, error: 0 });
    expect(await version(dropout.id, "2016-12-31")).toBe(2);
  });

  it("turns a line with a new date into one new measurement, from a comma-separated file with a decimal point and no BOM", async () => {
    const file = csvFile(
      [
        "Indicator-ID,Indicator,Datum,Waarde,Bron,Toelichting",
        `${students.id},Studenten in een leerwerkplaats,2016-12-31,72,jaarmonitor,`,
        `${students.id},,30-06-2017,80.5,jaarmonitor,Tussenstand`,
      ].join("\n"),
    );
    const { report, result } = await importFile(file);
    expect(report.rows.map((r) => r.status)).toEqual(["unchanged", "new"]);
    expect(result).toMatchObject({ created: 1, updated: 0 });
    expect(
      await handle.db
        .selectFrom("measurements")
        .select(["value", "note"])
        .where("indicatorId", "=", students.id)
        .where("measuredOn", "=", "2017-06-30")
        .executeTakeFirst(),
    ).toEqual({
      value: 80.5,
      note: "Tussenstand",
    });
  });

  it("round-trips an edited XLSX: a changed value cell is one update", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(decode(await exported("xlsx")) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const row = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(7).value === students.id && r.getCell(4).value === 80.5)!;
    row.getCell(4).value = 81;
    const file = { pactId: f.pacts.A, fileName: "bewerkt.xlsx", contentBase64: Buffer.from(await workbook.xlsx.writeBuffer()).toString("base64") };
    const { report } = await importFile(file);
    expect(report.format).toBe("xlsx");
    expect(report.counts).toEqual({ new: 0, updated: 1, unchanged: 2, error: 0 });
    expect(await version(students.id, "2017-06-30")).toBe(2);
  });

  it("writes nothing while any row is wrong, naming the row and why", async () => {
    const text =
      decode(await exported("csv"))
        .toString("utf-8")
        .replace(";16,25;", ";15;")
        .trimEnd() + `\r\nUitval eerste jaar;%;2017-02-30;14;;;${dropout.id}\r\n`;
    const file = csvFile(text);
    const report = await f.editorA.measurement.previewImport(file);
    expect(report.counts).toMatchObject({ updated: 1, error: 1 });
    expect(report.valid).toBe(false);
    expect(report.rows.find((r) => r.status === "error")).toMatchObject({
      rowNumber: 5,
      errors: ["'2017-02-30' is geen geldige datum; gebruik JJJJ-MM-DD of DD-MM-JJJJ."],
    });
    const error = await caught(f.editorA.measurement.commitImport({ ...file, basis: report.basis }));
    expect([error.code, fieldOf(error), error.message]).toEqual([
      "BAD_REQUEST",
      "contentBase64",
      "Het bestand bevat een fout in rij 5; er is niets ingelezen.",
    ]);
    expect(await version(dropout.id, "2016-12-31")).toBe(2);
  });

  it("refuses to apply a preview that someone else's change has made out of date", async () => {
    const file = csvFile(
      decode(await exported("csv"))
        .toString("utf-8")
        .replace(";16,25;", ";15;"),
    );
    const report = await f.editorA.measurement.previewImport(file);
    const stored = await handle.db
      .selectFrom("measurements")
      .select(["id", "version"])
      .where("indicatorId", "=", dropout.id)
      .where("measuredOn", "=", "2016-12-31")
      .executeTakeFirstOrThrow();
    await f.editorA.indicator.updateMeasurement({
      id: stored.id,
      version: stored.version,
      measuredOn: "2016-12-31",
      value: 16,
      source: "studentenmonitor",
      note: "=SOM(A1)",
    });
    const error = await caught(f.editorA.measurement.commitImport({ ...file, basis: report.basis }));
    expect([error.code, error.message]).toEqual(["CONFLICT", expect.stringMatching(/gewijzigd sinds het voorbeeld/)]);
    expect(await handle.db.selectFrom("measurements").select("value").where("id", "=", stored.id).executeTakeFirstOrThrow()).toEqual({ value: 16 });
  });
});

describe("measurement import: files and rows it refuses", () => {
  it("names unknown indicators, other pacts' indicators, numbers that are not numbers and duplicate lines", async () => {
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
    expect(errors[4]).toMatch(/Dubbele regel: rij 5/);
  });

  it("refuses files it cannot read as a whole, with a clear message", async () => {
    const missing = await caught(f.editorA.measurement.previewImport(csvFile("indicator;bedrag\nx;1")));
    expect([missing.code, fieldOf(missing)]).toEqual(["BAD_REQUEST", "contentBase64"]);
    expect(missing.message).toMatch(/mist de kolommen Datum, Waarde/);
    const tooMany = ["indicator_id,measured_on,value", ...Array.from({ length: 5001 }, () => `${students.id},2017-01-01,1`)].join("\n");
    expect((await caught(f.editorA.measurement.previewImport(csvFile(tooMany)))).message).toMatch(/meer dan 5000 rijen/);
    const big = { pactId: f.pacts.A, fileName: "groot.csv", contentBase64: "A".repeat(3_000_000) };
    expect((await caught(f.editorA.measurement.previewImport(big))).message).toMatch(/groter dan 2 MB/);
    expect((await caught(f.editorA.measurement.previewImport(csvFile("geen excel", "metingen.xlsx")))).message).toMatch(/geen leesbaar Excel-bestand/);
    const empty = await caught(f.editorA.measurement.commitImport({ ...csvFile("Indicator;Datum;Waarde\n"), basis: "0".repeat(64) }));
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
    const error = await caught(f.editorA.measurement.commitImport({ ...file, basis: report.basis }));
    expect([error.code, fieldOf(error)]).toEqual(["BAD_REQUEST", "contentBase64"]);
  });

  it("refuses editors of other pacts and the public, and records the refusal", async () => {
    const file = csvFile(`indicator_id;measured_on;value\n${students.id};2019-01-01;1`);
    const refusals = await auditRows("measurement.previewImport");
    expect((await caught(f.editorB.measurement.previewImport(file))).code).toBe("FORBIDDEN");
    expect((await caught(f.editorB.measurement.commitImport({ ...file, basis: "0".repeat(64) }))).code).toBe("FORBIDDEN");
    expect((await caught(f.anonymous.measurement.commitImport({ ...file, basis: "0".repeat(64) }))).code).toBe("UNAUTHORIZED");
    expect(await auditRows("measurement.previewImport")).toBe(refusals + 1);
  });
});

describe("measurement import under a stored breakdown", () => {
  it("refuses a new total the stored parts no longer add up to, naming dimension and sum, and writes nothing of the file", async () => {
    const dimension = async (label: string, categories: string[]) => {
      const { id } = await f.admin.disaggregation.createDimension({ label, description: null });
      let created = await f.admin.disaggregation.addCategory({ dimensionId: id, label: categories[0]! });
      for (const category of categories.slice(1)) created = await f.admin.disaggregation.addCategory({ dimensionId: id, label: category });
      const part = (name: string, value: number) => ({ categoryId: created.categories.find((c) => c.label === name)!.id, value });
      return { id, part };
    };
    const level = await dimension("Mbo-niveau", ["Niveau 3", "Niveau 4"]);
    const gender = await dimension("Geslacht", ["Vrouw", "Man"]);
    const nodeId = await insertNode(handle.db, f.pacts.A, { kind: "result", issueId: await insertIssue(handle.db, f.pacts.A) });
    const indicatorId = await insertIndicator(handle.db, nodeId, { unit: "deelnemers", unitKind: "aantal" });
    const measurementId = await insertMeasurement(handle.db, indicatorId, "2017-12-31", 86);
    const stored = () => handle.db.selectFrom("measurements").select(["value", "version"]).where("id", "=", measurementId).executeTakeFirstOrThrow();
    for (const [split, parts] of [
      [level, [level.part("Niveau 3", 40), level.part("Niveau 4", 46)]],
      [gender, [gender.part("Vrouw", 50), gender.part("Man", 36)]],
    ] as const) {
      await f.editorA.disaggregation.addIndicatorDimension({ indicatorId, dimensionId: split.id });
      await f.editorA.disaggregation.setBreakdown({ measurementId, version: (await stored()).version, dimensionId: split.id, parts: [...parts] });
    }
    const before = { count: await countMeasurements(), measurement: await stored() };

    const file = csvFile(`Indicator-ID;Datum;Waarde\n${indicatorId};2018-12-31;95\n${indicatorId};31-12-2017;90`);
    const report = await f.editorA.measurement.previewImport(file);
    expect(report.valid).toBe(false);
    expect(report.rows.map((r) => [r.status, r.errors])).toEqual([
      ["new", []],
      [
        "error",
        [
          "De uitsplitsing naar geslacht telt op tot 86; pas eerst de uitsplitsing aan of laat de waarde 86.",
          "De uitsplitsing naar mbo-niveau telt op tot 86; pas eerst de uitsplitsing aan of laat de waarde 86.",
        ],
      ],
    ]);
    const error = await caught(f.editorA.measurement.commitImport({ ...file, basis: report.basis }));
    expect([error.code, fieldOf(error), error.message]).toEqual([
      "BAD_REQUEST",
      "contentBase64",
      "Het bestand bevat een fout in rij 3; er is niets ingelezen.",
    ]);
    expect({ count: await countMeasurements(), measurement: await stored() }).toEqual(before);

    // A dimension the indicator is no longer split by keeps its parts but binds the total no more.
    await f.editorA.disaggregation.removeIndicatorDimension({ indicatorId, dimensionId: gender.id });
    expect((await f.editorA.measurement.previewImport(file)).rows[1]?.errors).toEqual([
      "De uitsplitsing naar mbo-niveau telt op tot 86; pas eerst de uitsplitsing aan of laat de waarde 86.",
    ]);
  });
});

describe("measurement import of large files", () => {
  it("applies 5000 rows (new, then all updated) in seconds while other queries keep completing", async () => {
    const lines = (offset: number) =>
      [
        "Indicator-ID;Datum;Waarde;Toelichting",
        ...Array.from({ length: 5000 }, (_, i) => `${students.id};${new Date(Date.UTC(1990, 0, 1 + i)).toISOString().slice(0, 10)};${i + offset};Meting ${i}`),
      ].join("\r\n");
    for (const [offset, expected] of [
      [0, { created: 5000, updated: 0 }],
      [0.5, { created: 0, updated: 5000 }],
    ] as const) {
      const file = csvFile(lines(offset));
      const report = await f.editorA.measurement.previewImport(file);
      let finished = false;
      const started = Date.now();
      const apply = f.editorA.measurement.commitImport({ ...file, basis: report.basis }).finally(() => (finished = true));
      let completedMeanwhile = 0;
      while (!finished) {
        await handle.db.selectFrom("pacts").select("id").limit(1).execute();
        if (!finished) completedMeanwhile++;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      expect(await apply).toMatchObject(expected);
      console.log(`5000-row apply: ${Date.now() - started} ms, ${completedMeanwhile} other queries meanwhile`);
    }
    expect(await version(students.id, "1990-01-01")).toBe(2);
  });

  it("reads a large workbook before its transaction: other queries keep completing while it is parsed", async () => {
    const rows: (string | Date | number)[][] = [["Indicator-ID", "Datum", "Waarde", "Toelichting"]];
    for (let i = 0; i < 5000; i++) rows.push([students.id, new Date(Date.UTC(1990, 0, 1 + i)), i + 0.5, `Meting ${i}`]);
    const file = await xlsxFile(rows);
    let finished = false;
    const preview = f.editorA.measurement.previewImport(file).finally(() => (finished = true));
    let completedMeanwhile = 0;
    while (!finished) {
      await handle.db.selectFrom("pacts").select("id").limit(1).execute();
      if (!finished) completedMeanwhile++;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect((await preview).counts).toEqual({ new: 0, updated: 0, unchanged: 5000, error: 0 });
    console.log(`queries completed while a 5000-row workbook was read: ${completedMeanwhile}`);
    expect(completedMeanwhile).toBeGreaterThanOrEqual(10);
  });
});

describe("measurement import racing other writers", () => {
  it("lets an import and an editor adding the same date at once end with one measurement on that date and words for the loser", async () => {
    const file = csvFile(`indicator_id;measured_on;value\n${students.id};2030-06-30;1`);
    const report = await f.editorA.measurement.previewImport(file);
    const settled = await Promise.allSettled([
      f.editorA.measurement.commitImport({ ...file, basis: report.basis }),
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
      const report = await f.editorA.measurement.previewImport(file);
      expect(report.valid).toBe(true);
      const error = await caught(f.editorA.measurement.commitImport({ ...file, basis: report.basis }));
      expect([error.code, error.message]).toEqual(["CONFLICT", expect.stringMatching(/gewijzigd sinds het voorbeeld; er is niets ingelezen/)]);
      expect(await countMeasurements()).toBe(before);
      const audit = await handle.db
        .selectFrom("auditLog")
        .select(["result"])
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
