import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../database.ts";
import { classifyDatabaseError } from "../database-errors.ts";
import { buildReportWorld, type ReportWorld } from "../test/report-fixture.ts";
import { createTestDatabase } from "../test/test-database.ts";
import {
  adoptionAnswers,
  barrierCounts,
  honouredApplications,
  demoFollowUp,
  findSnapshot,
  followUpCounts,
  functionCounts,
  governanceCounts,
  insertSnapshot,
  isDemoEnvironment,
  kopgroepCounts,
  listSnapshots,
  markDemoData,
  nextSnapshotVersion,
  phaseCounts,
  reportingCounts,
  termCounts,
  themeCounts,
  volgspotCounts,
} from "./report.repository.ts";

let handle: DatabaseHandle;
let world: ReportWorld;
beforeAll(async () => {
  handle = await createTestDatabase();
  world = await buildReportWorld(handle.db);
});
afterAll(() => handle.close());

const year2017 = { from: "2017-01-01", to: "2017-12-31" };
const sortBy = <T>(list: readonly T[], key: (item: T) => string) => [...list].sort((a, b) => key(a).localeCompare(key(b)));

describe("report counts, aggregated in SQL over published pacts", () => {
  it("counts published pacts per kind and those that reported a result or effect (N)", async () => {
    expect(sortBy(await reportingCounts(handle.db), (r) => r.kind)).toEqual([
      { kind: "front_runner", published: 2, reported: 1 },
      { kind: "regional_pact", published: 3, reported: 2 },
    ]);
  });

  it("counts each pact once per term it names, leaving out drafts, archived pacts and applied front-runners", async () => {
    const { terms } = world;
    const results = await termCounts(handle.db, "result");
    expect(sortBy(results, (r) => `${r.termId}${r.kind}`)).toEqual(
      sortBy(
        [
          { termId: terms.internships, kind: "regional_pact", count: 2 },
          { termId: terms.learningLine, kind: "regional_pact", count: 1 },
          { termId: terms.learningLine, kind: "front_runner", count: 1 },
        ],
        (r) => `${r.termId}${r.kind}`,
      ),
    );
    expect(await termCounts(handle.db, "effect")).toEqual([{ termId: terms.motivation, kind: "regional_pact", count: 1 }]);
  });

  it("counts follow-up answers over the front-runners that answered, and which answers are demo data", async () => {
    const counts = await followUpCounts(handle.db);
    expect(counts.adoption).toEqual({ answered: 1, demo: 1, answers: [{ key: "parts", count: 1 }] });
    expect({ ...counts.challenges, answers: sortBy(counts.challenges.answers, (a) => a.key) }).toEqual({
      answered: 1,
      demo: 1,
      answers: [
        { key: "funding", count: 1 },
        { key: "role_perception", count: 1 },
      ],
    });
    expect(counts.consolidation).toEqual({ answered: 1, demo: 1, answers: [{ key: "none", count: 1 }] });
    expect(await adoptionAnswers(handle.db)).toEqual([{ key: "parts", count: 1 }]);
  });

  it("counts regional functions per function and per combination", async () => {
    const counts = await functionCounts(handle.db);
    expect(counts.regionalPacts).toBe(3);
    expect(sortBy(counts.perFunction, (f) => f.key)).toEqual([
      { key: "platform", count: 2 },
      { key: "podium", count: 1 },
    ]);
    expect(sortBy(counts.combinations, (c) => c.functions.join("+"))).toEqual([
      { functions: [], count: 1 },
      { functions: ["platform"], count: 1 },
      { functions: ["platform", "podium"], count: 1 },
    ]);
  });

  it("counts governance now and in five years; a pact that marked nothing has not answered", async () => {
    const counts = await governanceCounts(handle.db);
    expect(counts.answered).toBe(1);
    expect(sortBy(counts.items, (i) => i.key)).toEqual([
      { key: "administrative_consultation", now: 1, inFiveYears: 1 },
      { key: "regional_vision", now: 0, inFiveYears: 1 },
    ]);
  });

  it("counts themes per pact (retired themes not) and pacts per theme", async () => {
    const counts = await themeCounts(handle.db);
    expect(counts.published).toEqual({ regional_pact: 3, front_runner: 2 });
    expect(sortBy(counts.perPact, (r) => `${r.kind}${r.themes}`)).toEqual([
      { kind: "front_runner", themes: 0, pacts: 1 },
      { kind: "front_runner", themes: 1, pacts: 1 },
      { kind: "regional_pact", themes: 0, pacts: 1 },
      { kind: "regional_pact", themes: 1, pacts: 1 },
      { kind: "regional_pact", themes: 2, pacts: 1 },
    ]);
    expect(counts.coverage.map((t) => [t.label, t.regionalPacts, t.frontRunners])).toEqual([
      ["Leren in de praktijk", 2, 0],
      ["Zorg en technologie", 1, 1],
    ]);
  });

  it("counts the phase of each regional pact at every year's end from its first phase change, and at the period's end", async () => {
    const year = await phaseCounts(handle.db, year2017);
    expect(year.cutOffs).toEqual([
      { year: 2016, cutOff: "2016-12-31" },
      { year: 2017, cutOff: "2017-12-31" },
    ]);
    expect(sortBy(year.counts, (c) => `${c.year}${c.phase}`)).toEqual([
      { year: 2016, phase: 1, count: 1 },
      { year: 2017, phase: 2, count: 1 },
      { year: 2017, phase: 3, count: 1 },
    ]);
    const quarter = await phaseCounts(handle.db, { from: "2017-01-01", to: "2017-03-31" });
    expect(quarter.counts.filter((c) => c.year === 2017)).toEqual([{ year: 2017, phase: 3, count: 1 }]);
  });

  it("counts admitted front-runners by the date of their admission, and those without one", async () => {
    const counts = await kopgroepCounts(handle.db, year2017);
    expect(counts.cutOffs.map((c) => c.year)).toEqual([2015, 2016, 2017]);
    expect(sortBy(counts.admitted, (a) => String(a.year))).toEqual([
      { year: 2015, count: 0 },
      { year: 2016, count: 1 },
      { year: 2017, count: 1 },
    ]);
    expect(counts).toMatchObject({ total: 2, undated: 1 });
  });

  it("counts regional pacts with an accepted Volgspot per year of the period", async () => {
    expect(await volgspotCounts(handle.db, { from: "2016-06-01", to: "2017-12-31" })).toEqual({
      regionalPacts: 3,
      held: [
        { year: 2016, count: 0 },
        { year: 2017, count: 1 },
      ],
    });
  });
});

describe("the other parts of the platform", () => {
  it("counts barriers treated in the period by outcome, with the register's own definition", async () => {
    expect(await barrierCounts(handle.db, year2017)).toEqual({
      total: 2,
      byOutcome: { more_room_than_thought: 1, not_regulation: 0, rule_changed: 1, remains: 0 },
    });
    expect((await barrierCounts(handle.db, { from: "2016-01-01", to: "2017-12-31" })).total).toBe(3);
  });

  it("counts honoured applications of published pacts per regulation, applied for in the period", async () => {
    expect(await honouredApplications(handle.db, year2017)).toEqual([{ regulation: "Regionaal investeringsfonds mbo (RIF)", count: 2 }]);
    expect(await honouredApplications(handle.db, { from: "2018-01-01", to: "2018-12-31" })).toEqual([]);
  });
});

describe("demo data", () => {
  it("is not a demo environment until the demo seed marks it, and then it is", async () => {
    expect(await isDemoEnvironment(handle.db)).toBe(false);
    await markDemoData(handle.db, []);
    await markDemoData(handle.db, []);
    expect(await isDemoEnvironment(handle.db)).toBe(true);
  });

  it("shows follow-up answers as demo data only while they stay as the seed left them", async () => {
    expect(await demoFollowUp(handle.db)).toEqual([{ pactId: world.pacts.limburg, fields: ["adoption", "challenges", "consolidationAgreements"] }]);
    await handle.db.updateTable("pacts").set({ adoption: "whole_concept" }).where("id", "=", world.pacts.limburg).execute();
    expect(await demoFollowUp(handle.db)).toEqual([{ pactId: world.pacts.limburg, fields: ["challenges", "consolidationAgreements"] }]);
    expect((await followUpCounts(handle.db)).adoption).toMatchObject({ answered: 1, demo: 0 });
    await handle.db.updateTable("pacts").set({ adoption: "parts" }).where("id", "=", world.pacts.limburg).execute();
  });
});

describe("published snapshots", () => {
  const report = (title: string) => ({ title, period: year2017, takenAt: "2018-01-10T09:00:00.000Z", demoData: false, figures: [] });

  it("stores the report as it was, numbers editions per period and lists newest period first", async () => {
    expect(await nextSnapshotVersion(handle.db, year2017)).toBe(1);
    const first = await insertSnapshot(handle.db, {
      period: year2017,
      year: 2017,
      version: 1,
      report: report("Rapportage 2017"),
      publishedBy: null,
      publishedByName: "Team",
    });
    expect(await nextSnapshotVersion(handle.db, year2017)).toBe(2);
    await insertSnapshot(handle.db, {
      period: { from: "2016-01-01", to: "2016-12-31" },
      year: 2016,
      version: 1,
      report: report("Rapportage 2016"),
      publishedBy: null,
      publishedByName: null,
    });
    expect((await listSnapshots(handle.db)).map((s) => s.title)).toEqual(["Rapportage 2017", "Rapportage 2016"]);
    const found = await findSnapshot(handle.db, first.id);
    expect(found).toMatchObject({ periodFrom: "2017-01-01", periodTo: "2017-12-31", year: 2017, version: 1, publishedByName: "Team" });
    expect(found?.figures).toEqual(report("Rapportage 2017"));
  });

  it("refuses a second edition with the same number, and any change to a published report", async () => {
    const duplicate = await insertSnapshot(handle.db, {
      period: year2017,
      year: 2017,
      version: 1,
      report: report("Dubbel"),
      publishedBy: null,
      publishedByName: null,
    }).catch((e: unknown) => e);
    expect(classifyDatabaseError(duplicate)?.kind).toBe("unique_violation");
    const [stored] = await listSnapshots(handle.db);
    const change = await handle.db
      .updateTable("reportSnapshots")
      .set({ title: "Anders" })
      .where("id", "=", stored!.id)
      .execute()
      .catch((e: unknown) => e);
    expect(change).toBeInstanceOf(Error);
    expect((await findSnapshot(handle.db, stored!.id))?.title).toBe("Rapportage 2017");
  });
});
