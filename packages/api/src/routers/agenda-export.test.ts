import type { DatabaseHandle } from "@zorgpact/db/database";
import { createTestDatabase } from "@zorgpact/db/test/test-database";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readSectionedCsv } from "../services/spreadsheet.ts";
import { agendaFixture, buildChain, caught, type AgendaFixture } from "../test/agenda.ts";

let handle: DatabaseHandle;
let f: AgendaFixture;
let chain: Awaited<ReturnType<typeof buildChain>>;
let indicatorId: string;

beforeAll(async () => {
  handle = await createTestDatabase();
  f = await agendaFixture(handle.db);
  chain = await buildChain(f.editorA, f);
  await f.editorA.agenda.addAmbition({ issueId: chain.issue.id, statement: "Elke student een stageplaats" });
  await f.editorA.agenda.setCoalition({ issueId: chain.issue.id, version: chain.issue.version, organisationIds: [f.organisations.partner] });
  const indicator = await f.editorA.indicator.create({
    nodeId: chain.result.id,
    name: "Studenten in een leerwerkplaats",
    unit: "studenten",
    direction: "up",
    baselineValue: 40,
    baselineDate: "2016-01-01",
    targetValue: 160,
    targetDate: "2018-12-31",
  });
  indicatorId = indicator.id;
  await f.editorA.indicator.addMeasurement({ indicatorId, measuredOn: "2016-12-31", value: 72, source: "jaarmonitor" });
  await f.editorA.indicator.addMeasurement({ indicatorId, measuredOn: "2017-12-31", value: 118.5, note: "=SOM(A1)" });
});
afterAll(() => handle.close());

const nodeIds = () => [chain.input.id, chain.activity.id, chain.result.id, chain.effect.id].sort();

describe("agenda.export", () => {
  it("exports the whole agenda as CSV with a section per table, which reads back", async () => {
    const file = await f.editorA.agenda.export({ pactId: f.pacts.A, format: "csv" });
    expect(file).toMatchObject({ fileName: "actieagenda-zorgpact-noord.csv", contentType: "text/csv; charset=utf-8" });
    const sections = readSectionedCsv(Buffer.from(file.contentBase64, "base64").toString("utf-8"));
    expect([...sections.keys()]).toEqual(["issues", "ambitions", "nodes", "links", "indicators", "measurements"]);
    expect(sections.get("issues")?.rows.map((r) => r[2])).toEqual(["Te weinig stageplaatsen"]);
    expect(sections.get("ambitions")?.rows.map((r) => r[4])).toEqual(["Elke student een stageplaats"]);
    const nodes = sections.get("nodes")!;
    expect(nodes.rows.map((r) => r[0]).sort()).toEqual(nodeIds());
    const input = nodes.rows.find((r) => r[0] === chain.input.id)!;
    expect(input[nodes.columns.indexOf("amount_euros")]).toBe("10000");
    const result = nodes.rows.find((r) => r[0] === chain.result.id)!;
    expect(result[nodes.columns.indexOf("cost_per_unit_euros")]).toBe("250");
    expect(sections.get("links")?.rows).toHaveLength(3);
    const measurements = sections.get("measurements")!;
    expect(measurements.columns).toEqual(["indicator_id", "indicator", "measured_on", "value", "source", "note"]);
    expect(measurements.rows).toEqual([
      [indicatorId, "Studenten in een leerwerkplaats", "2016-12-31", "72", "jaarmonitor", ""],
      // A note that looks like a formula is escaped so a spreadsheet does not run it.
      [indicatorId, "Studenten in een leerwerkplaats", "2017-12-31", "118.5", "", "'=SOM(A1)"],
    ]);
  });

  it("exports XLSX with a sheet per table whose measurement sheet can be imported again", async () => {
    const file = await f.editorA.agenda.export({ pactId: f.pacts.A, format: "xlsx" });
    expect(file.fileName).toBe("actieagenda-zorgpact-noord.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.contentBase64, "base64") as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Vraagstukken", "Ambities", "Ketenelementen", "Verbindingen", "Indicatoren", "Metingen"]);
    const nodeSheet = workbook.getWorksheet("Ketenelementen")!;
    const exportedNodes: string[] = [];
    nodeSheet.eachRow((row, n) => {
      if (n > 1) exportedNodes.push(String(row.getCell(1).value));
    });
    expect(exportedNodes.sort()).toEqual(nodeIds());
    const measurements = workbook.getWorksheet("Metingen")!;
    expect(measurements.getRow(3).values).toEqual([undefined, indicatorId, "Studenten in een leerwerkplaats", "2017-12-31", 118.5, undefined, "=SOM(A1)"]);

    // The same file, fed to the import, is read and its rows recognised: as unchanged.
    const preview = await f.editorA.measurement.previewImport({ pactId: f.pacts.A, fileName: file.fileName, contentBase64: file.contentBase64 });
    expect(preview.rows.map((r) => [r.indicatorId, r.measuredOn, r.value])).toEqual([
      [indicatorId, "2016-12-31", 72],
      [indicatorId, "2017-12-31", 118.5],
    ]);
    expect(preview.rows.map((r) => r.status)).toEqual(["unchanged", "unchanged"]);
  });

  it("exports a published pact's agenda to everyone and nothing of drafts or unknown pacts", async () => {
    const file = await f.anonymous.agenda.exportPublic({ slug: "zorgpact-noord", format: "csv" });
    const sections = readSectionedCsv(Buffer.from(file.contentBase64, "base64").toString("utf-8"));
    expect(sections.get("nodes")?.rows).toHaveLength(4);
    // The editor's two measurements wait for review: the public download carries approved values only.
    expect(sections.get("measurements")?.rows ?? []).toHaveLength(0);
    const own = readSectionedCsv(Buffer.from((await f.editorA.agenda.export({ pactId: f.pacts.A, format: "csv" })).contentBase64, "base64").toString("utf-8"));
    expect(own.get("measurements")?.rows).toHaveLength(2);
    expect((await caught(f.anonymous.agenda.exportPublic({ slug: "concept", format: "xlsx" }))).code).toBe("NOT_FOUND");
    expect((await caught(f.anonymous.agenda.export({ pactId: f.pacts.A, format: "csv" }))).code).toBe("UNAUTHORIZED");
    expect((await caught(f.editorB.agenda.export({ pactId: f.pacts.A, format: "csv" }))).code).toBe("FORBIDDEN");
  });
});
