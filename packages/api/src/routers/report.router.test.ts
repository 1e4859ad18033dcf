import { TRPCError } from "@trpc/server";
import type { DatabaseHandle } from "@zorgpact/db/database";
import { markDemoData } from "@zorgpact/db/repositories/report.repository";
import { insertNode } from "@zorgpact/db/test/fixtures";
import { buildReportWorld, type ReportWorld } from "@zorgpact/db/test/report-fixture";
import { createTestDatabase } from "@zorgpact/db/test/test-database";
import type { NationalReport, ReportFigure } from "@zorgpact/domain/report";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { callerFor, publicCaller, signedInCaller } from "../test/caller.ts";

let handle: DatabaseHandle;
let admin: Awaited<ReturnType<typeof signedInCaller>>;
let editor: Awaited<ReturnType<typeof signedInCaller>>;
let world: ReportWorld;

const year2017 = { from: "2017-01-01", to: "2017-12-31" };
// The clock of these tests: early 2018, when the 2017 report is made.
const now = () => new Date("2018-01-15T10:00:00Z");

beforeAll(async () => {
  handle = await createTestDatabase();
  admin = await signedInCaller(handle.db, "national_admin");
  editor = await signedInCaller(handle.db, "regional_editor");
  admin.caller = callerFor(handle.db, { sessionToken: admin.token, now });
});
afterAll(() => handle.close());

const anonymous = () => callerFor(handle.db, { now });

async function caught(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  return error;
}

const figure = (report: NationalReport, key: string): ReportFigure => {
  const found = report.figures.find((f) => f.key === key);
  if (!found) throw new Error(`no figure ${key} in ${report.figures.map((f) => f.key).join(", ")}`);
  return found;
};
const byNumber = (report: NationalReport, n: number) => report.figures.find((f) => f.publicationNumber === n);
/** A figure as { row label: [count, share] per column }. */
const table = (f: ReportFigure) => Object.fromEntries(f.rows.map((r) => [r.label, r.cells.map((c) => [c.count, c.share])]));

describe("report.live before anything is reported", () => {
  it("has every figure with zero counts and no shares when no pact reported or answered", async () => {
    const report = await anonymous().report.live(year2017);
    expect(report).toMatchObject({ title: "Landelijke rapportage Zorgpact 2017", demoData: false, takenAt: "2018-01-15T10:00:00.000Z" });
    for (const key of ["adoption", "challenges", "consolidation", "functions", "governance"]) {
      for (const row of figure(report, key).rows) for (const cell of row.cells) expect(cell).toEqual({ count: 0, share: null });
    }
    expect(table(figure(report, "reporting"))).toEqual({
      "Regionale Zorgpacten": [
        [0, null],
        [0, null],
      ],
      Koplopers: [
        [0, null],
        [0, null],
      ],
    });
    // Without terms there are no result or effect figures at all.
    expect(byNumber(report, 9)).toBeUndefined();
  });
});

describe("report.live from known data", () => {
  let report: NationalReport;
  beforeAll(async () => {
    world = await buildReportWorld(handle.db);
    report = await anonymous().report.live(year2017);
  });

  it("takes N of figures 9–14 from the pacts that reported, not from all published pacts", () => {
    expect(table(figure(report, "reporting"))).toEqual({
      "Regionale Zorgpacten": [
        [3, null],
        [2, 2 / 3],
      ],
      Koplopers: [
        [2, null],
        [1, 0.5],
      ],
    });
    const results = byNumber(report, 9)!;
    expect(results.columns.map((c) => [c.label, c.n])).toEqual([
      ["Regionale Zorgpacten", 2],
      ["Koplopers", 1],
    ]);
    expect(table(results)).toEqual({
      "Toename stageplaatsen": [
        [2, 1],
        [0, 0],
      ],
      "Doorlopende leerlijn mbo–hbo": [
        [1, 0.5],
        [1, 1],
      ],
    });
    expect(table(byNumber(report, 12)!)).toEqual({
      "Meer leermotivatie": [
        [1, 0.5],
        [0, 0],
      ],
    });
  });

  it("counts the follow-up over the front-runners that answered (figures 6–8), and says which answers are demo data", () => {
    const adoption = byNumber(report, 6)!;
    expect(adoption.columns[0]?.n).toBe(1);
    expect(table(adoption)).toEqual({
      "Ja, het hele concept": [[0, 0]],
      "Ja, onderdelen van het concept": [[1, 1]],
      "Nog niet, wel interesse": [[0, 0]],
      Nee: [[0, 0]],
    });
    expect(adoption.notes).toEqual(["Demodata: 1 van de 1 antwoorden zijn verzonnen voor de demonstratie, niet door koplopers gegeven."]);
    expect(table(byNumber(report, 7)!)["Financiering rondkrijgen voor het project"]).toEqual([[1, 1]]);
    expect(table(byNumber(report, 8)!)["Geen afspraken"]).toEqual([[1, 1]]);
  });

  it("counts functions, governance and themes of published regional pacts (figures 15–17)", () => {
    const functions = table(byNumber(report, 15)!);
    expect(functions).toMatchObject({ Platform: [[2, 2 / 3]], Podium: [[1, 1 / 3]], Projecttrekker: [[0, 0]] });
    expect(functions["Platform en podium"]).toEqual([[1, 1 / 3]]);
    expect(functions["Geen functie vastgelegd"]).toEqual([[1, 1 / 3]]);
    const governance = byNumber(report, 16)!;
    expect(governance.columns.map((c) => c.n)).toEqual([1, 1]);
    expect(table(governance)["Gezamenlijke regionale visie"]).toEqual([
      [0, 0],
      [1, 1],
    ]);
    expect(table(byNumber(report, 17)!)).toMatchObject({
      "Geen thema vastgelegd": [
        [1, 1 / 3],
        [1, 0.5],
      ],
      "1 thema": [
        [1, 1 / 3],
        [1, 0.5],
      ],
      "2 thema's": [
        [1, 1 / 3],
        [0, 0],
      ],
    });
    expect(table(figure(report, "theme-coverage"))).toEqual({
      "Leren in de praktijk": [
        [2, 2 / 3],
        [0, 0],
      ],
      "Zorg en technologie": [
        [1, 1 / 3],
        [1, 0.5],
      ],
    });
  });

  it("follows phases, the Kopgroep and Volgspots through time up to the period's end", () => {
    const phases = figure(report, "phases-over-time");
    expect(phases.rows.map((r) => [r.label, r.n, r.cells.map((c) => c.count)])).toEqual([
      ["Eind 2016", 1, [1, 0, 0, 0]],
      ["Eind 2017", 2, [0, 1, 1, 0]],
    ]);
    const kopgroep = Object.fromEntries(figure(report, "kopgroep").rows.map((r) => [r.key, r.cells[0]!.count]));
    expect(kopgroep).toMatchObject({
      start: 6,
      "end-2016": 51,
      "after-2.5-years": 70,
      "platform-2015": 0,
      "platform-2016": 1,
      "platform-2017": 1,
      "platform-now": 2,
      "platform-undated": 1,
    });
    expect(table(figure(report, "volgspots"))["2017"]).toEqual([[1, 1 / 3]]);
  });

  it("counts barriers by outcome and honoured applications of the period, beside the sources' figures", () => {
    const barriers = figure(report, "barriers");
    expect(barriers.columns[0]?.n).toBe(2);
    expect(barriers.rows.filter((r) => r.source === null).map((r) => [r.label, r.cells[0]!.count, r.cells[0]!.share])).toEqual([
      ["Er is meer ruimte dan gedacht", 1, 0.5],
      ["Bleek niet om regelgeving te gaan", 0, 0],
      ["Regelgeving aangepast", 1, 0.5],
      ["Blijft een belemmering", 0, 0],
    ]);
    const regulations = figure(report, "regulations");
    expect(regulations.rows.map((r) => [r.label, r.cells[0]!.count])).toEqual([
      ["Regionaal investeringsfonds mbo (RIF)", 2],
      ["Regionaal investeringsfonds mbo (RIF), eind 2016", 7],
      ["Regionaal investeringsfonds mbo (RIF), tot en met 2017", 16],
    ]);
  });

  it("refuses a period that ends before it starts, naming the field", async () => {
    const error = await caught(anonymous().report.live({ from: "2017-12-31", to: "2017-01-01" }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.cause instanceof ZodError ? error.cause.issues[0]?.path : null).toEqual(["to"]);
  });
});

describe("stats.national", () => {
  it("returns the count of every adoption answer, so a share can be recomputed", async () => {
    const stats = await publicCaller(handle.db).stats.national();
    expect(stats.adoption).toEqual([
      { answer: "whole_concept", count: 0 },
      { answer: "parts", count: 1 },
      { answer: "interest", count: 0 },
      { answer: "no", count: 0 },
    ]);
  });
});

describe("report.publish and the published snapshots", () => {
  let published: Awaited<ReturnType<typeof admin.caller.report.publish>>;

  it("is for the national team only", async () => {
    expect((await caught(anonymous().report.publish(year2017))).code).toBe("UNAUTHORIZED");
    expect((await caught(editor.caller.report.publish(year2017))).code).toBe("FORBIDDEN");
  });

  it("freezes the year's report, which stays unchanged when pacts change afterwards", async () => {
    const before = await admin.caller.report.live(year2017);
    published = await admin.caller.report.publish(year2017);
    expect(published).toMatchObject({ title: "Landelijke rapportage Zorgpact 2017", year: 2017, edition: 1, period: year2017 });

    // After publication: a front-runner changes its answer, Zeeland reports, Rotterdam is unpublished.
    await handle.db.updateTable("pacts").set({ adoption: "whole_concept" }).where("id", "=", world.pacts.limburg).execute();
    await insertNode(handle.db, world.pacts.zeeland, { kind: "result", termId: world.terms.internships });
    await handle.db.updateTable("pacts").set({ publicationStatus: "draft" }).where("id", "=", world.pacts.rotterdam).execute();

    const frozen = await anonymous().report.snapshot({ id: published.id });
    expect(frozen.report).toEqual({ ...before, takenAt: frozen.report.takenAt });
    expect(frozen.publishedByName).toBeNull();
    const live = await anonymous().report.live(year2017);
    expect(table(byNumber(live, 6)!)["Ja, het hele concept"]).toEqual([[1, 1]]);
    expect(table(byNumber(frozen.report, 6)!)["Ja, het hele concept"]).toEqual([[0, 0]]);
    expect(table(figure(live, "reporting"))["Regionale Zorgpacten"]).toEqual([
      [2, null],
      [2, 1],
    ]);
  });

  it("lists published reports, shows the national team who published, and numbers a republication as the next edition", async () => {
    const again = await admin.caller.report.publish(year2017);
    expect(again.edition).toBe(2);
    const list = await anonymous().report.snapshots();
    expect(list.map((s) => [s.title, s.edition])).toEqual([
      ["Landelijke rapportage Zorgpact 2017", 2],
      ["Landelijke rapportage Zorgpact 2017", 1],
    ]);
    expect((await admin.caller.report.snapshot({ id: published.id })).publishedByName).toMatch(/^Gebruiker/);
    const audit = await handle.db.selectFrom("auditLog").select(["action", "objectId", "result"]).where("action", "=", "report.publish").execute();
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: "report.publish", objectId: published.id, result: "ok" },
        { action: "report.publish", objectId: null, result: "refused" },
      ]),
    );
  });

  it("refuses a period that has not started, and an unknown snapshot", async () => {
    const future = await caught(admin.caller.report.publish({ from: "2019-01-01", to: "2019-12-31" }));
    expect(future.code).toBe("BAD_REQUEST");
    expect(future.message).toMatch(/nog niet begonnen/);
    expect((await caught(anonymous().report.snapshot({ id: "00000000-0000-4000-8000-000000000000" }))).code).toBe("NOT_FOUND");
  });

  it("exports every figure to XLSX with count, N and share per column, live or as published", async () => {
    const load = async (contentBase64: string) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(contentBase64, "base64") as unknown as ArrayBuffer);
      return workbook;
    };
    const frozen = await anonymous().report.export({ snapshotId: published.id });
    expect(frozen).toMatchObject({ fileName: "zorgpact-rapportage-2017-editie-1.xlsx", contentType: expect.stringContaining("spreadsheetml") });
    const workbook = await load(frozen.contentBase64);
    const report = (await anonymous().report.snapshot({ id: published.id })).report;
    expect(workbook.worksheets).toHaveLength(report.figures.length + 1);
    const adoption = workbook.getWorksheet("Fig 6 Navolging")!;
    expect(adoption.getRow(1).values).toEqual([undefined, "rij", "groep", "Koplopers: aantal", "Koplopers: N", "Koplopers: aandeel (%)", "bron"]);
    expect(adoption.getRow(3).values).toEqual([undefined, "Ja, onderdelen van het concept", undefined, 1, 1, 100]);
    const kopgroep = workbook.getWorksheet("Groei Kopgroep")!;
    expect(kopgroep.getRow(1).values).toEqual([undefined, "rij", "groep", "Aantal koplopers: aantal", "bron"]);
    expect(kopgroep.getRow(3).values).toEqual([undefined, "Eind 2016", "Volgens de bronnen", 51, "Kamerbrief eerste resultaten Zorgpact (2016)"]);

    const live = await load((await anonymous().report.export(year2017)).contentBase64);
    expect(live.getWorksheet("Fig 6 Navolging")!.getRow(2).values).toEqual([undefined, "Ja, het hele concept", undefined, 1, 1, 100]);
  });
});

describe("report.environment", () => {
  it("says whether the demo seed is loaded and which follow-up answers it invented", async () => {
    expect(await anonymous().report.environment()).toEqual({
      demoData: false,
      demoFollowUp: [{ pactId: world.pacts.limburg, fields: ["challenges", "consolidationAgreements"] }],
    });
    await markDemoData(handle.db, []);
    expect((await anonymous().report.environment()).demoData).toBe(true);
    expect((await anonymous().report.live(year2017)).demoData).toBe(true);
  });
});

describe("pact.create and the Kopgroep", () => {
  it("never creates an admitted front-runner: admission goes through the review", async () => {
    for (const admissionStatus of ["admitted", "rejected", "under_review"]) {
      const error = await caught(admin.caller.pact.create({ kind: "front_runner", name: "Snelle koploper", admissionStatus } as never));
      expect(error.code).toBe("BAD_REQUEST");
      expect(error.cause instanceof ZodError ? error.cause.issues[0]?.path : null).toEqual(["admissionStatus"]);
    }
    const created = await admin.caller.pact.create({ kind: "front_runner", name: "Nieuwe koploper" });
    expect(created.admissionStatus).toBe("applied");
  });
});
