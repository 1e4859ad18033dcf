import type { DatabaseHandle } from "@zorgpact/db/database";
import { insertNode } from "@zorgpact/db/test/fixtures";
import { createTestDatabase } from "@zorgpact/db/test/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agendaFixture, buildChain, caught, fieldOf, UNKNOWN_ID, type AgendaFixture } from "../test/agenda.ts";

let handle: DatabaseHandle;
let f: AgendaFixture;

beforeAll(async () => {
  handle = await createTestDatabase();
  f = await agendaFixture(handle.db);
});
afterAll(() => handle.close());

const lastAudit = (action: string) => handle.db.selectFrom("auditLog").selectAll().where("action", "=", action).orderBy("id", "desc").executeTakeFirstOrThrow();

describe("issues", () => {
  it("creates an issue with themes at the end of the agenda, and audits it", async () => {
    const first = await f.editorA.agenda.createIssue({ pactId: f.pacts.A, title: "Personeelstekort in de zomer", themeIds: [f.terms.theme, f.terms.theme] });
    const second = await f.editorA.agenda.createIssue({ pactId: f.pacts.A, title: "Zorg aantrekkelijk voor jongeren" });
    expect(first).toMatchObject({ pactId: f.pacts.A, version: 1, coalition: [], ambitions: [] });
    expect(first.themes.map((t) => t.label)).toEqual(["Leren in de praktijk"]);
    expect(second.sortOrder).toBe(first.sortOrder + 1);
    // An issue without chain is not complete: effects are the compass.
    expect(first.completeness.complete).toBe(false);
    expect(await lastAudit("agenda.createIssue")).toMatchObject({ objectType: "agenda_issue", objectId: second.id, pactId: f.pacts.A, result: "ok" });
  });

  it("updates title, themes and position, auditing only what changed", async () => {
    const issue = await f.editorA.agenda.createIssue({ pactId: f.pacts.A, title: "Oude titel" });
    const updated = await f.editorA.agenda.updateIssue({
      id: issue.id,
      version: issue.version,
      title: "Nieuwe titel",
      themeIds: [f.terms.theme],
      sortOrder: 7,
    });
    expect(updated).toMatchObject({ title: "Nieuwe titel", sortOrder: 7, version: 2 });
    expect((await lastAudit("agenda.updateIssue")).changes).toEqual({
      before: { title: "Oude titel", sortOrder: issue.sortOrder, themeIds: [] },
      after: { title: "Nieuwe titel", sortOrder: 7, themeIds: [f.terms.theme] },
    });
    // What an update leaves out stays as it is.
    const renamed = await f.editorA.agenda.updateIssue({ id: issue.id, version: 2, title: "Alleen de titel" });
    expect(renamed).toMatchObject({ title: "Alleen de titel", sortOrder: 7, version: 3 });
    expect(renamed.themes.map((t) => t.id)).toEqual([f.terms.theme]);
  });

  it("answers a stale version with CONFLICT and keeps the first edit", async () => {
    const issue = await f.editorA.agenda.createIssue({ pactId: f.pacts.A, title: "Gelijktijdig" });
    await f.editorA.agenda.updateIssue({ id: issue.id, version: 1, title: "Eerste" });
    expect((await caught(f.admin.agenda.updateIssue({ id: issue.id, version: 1, title: "Tweede" }))).code).toBe("CONFLICT");
    expect((await caught(f.editorA.agenda.deleteIssue({ id: issue.id, version: 1 }))).code).toBe("CONFLICT");
    const agenda = await f.editorA.agenda.get({ pactId: f.pacts.A });
    expect(agenda.issues.find((i) => i.id === issue.id)?.title).toBe("Eerste");
  });

  it("refuses a theme that is not a theme, naming the field", async () => {
    const error = await caught(f.editorA.agenda.createIssue({ pactId: f.pacts.A, title: "Verkeerd thema", themeIds: [f.terms.resultArea] }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(fieldOf(error)).toBe("themeIds");
  });

  it("deletes an issue without chain nodes, and refuses one with nodes, saying why", async () => {
    const empty = await f.editorA.agenda.createIssue({ pactId: f.pacts.A, title: "Leeg vraagstuk" });
    expect(await f.editorA.agenda.deleteIssue({ id: empty.id, version: empty.version })).toEqual({ ok: true });
    const full = await f.editorA.agenda.createIssue({ pactId: f.pacts.A, title: "Vraagstuk met keten" });
    await insertNode(handle.db, f.pacts.A, { kind: "input", issueId: full.id });
    const error = await caught(f.editorA.agenda.deleteIssue({ id: full.id, version: full.version }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/nog een ketenelement/);
    expect((await caught(f.editorA.agenda.deleteIssue({ id: empty.id, version: 1 }))).code).toBe("NOT_FOUND");
  });

  it("never takes public measurements with an issue: one whose chain holds them keeps them, for the national team too", async () => {
    const { result } = await buildChain(f.editorA, f);
    const issue = (await f.editorA.agenda.get({ pactId: f.pacts.A })).issues.find((i) => i.id === result.issueId)!;
    const indicator = await f.editorA.indicator.create({
      nodeId: result.id,
      name: `Studenten ${crypto.randomUUID()}`,
      unit: "studenten",
      direction: "up",
      baselineValue: 0,
      baselineDate: "2016-01-01",
      targetValue: 10,
      targetDate: "2017-01-01",
    });
    const measurement = await f.editorA.indicator.addMeasurement({ indicatorId: indicator.id, measuredOn: "2016-12-31", value: 4 });
    await f.admin.measurementReview.approve({ id: measurement.id, version: measurement.version });
    for (const caller of [f.editorA, f.admin]) {
      const error = await caught(caller.agenda.deleteIssue({ id: issue.id, version: issue.version }));
      expect([error.code, error.message]).toEqual(["BAD_REQUEST", expect.stringMatching(/ketenelementen/)]);
    }
    expect(await handle.db.selectFrom("measurements").select("publicValue").where("id", "=", measurement.id).executeTakeFirst()).toEqual({ publicValue: 4 });
  });

  it("refuses editors of another pact, the public, and unknown or archived pacts", async () => {
    expect((await caught(f.editorB.agenda.createIssue({ pactId: f.pacts.A, title: "Inbreker" }))).code).toBe("FORBIDDEN");
    expect((await caught(f.anonymous.agenda.createIssue({ pactId: f.pacts.A, title: "Anoniem" }))).code).toBe("UNAUTHORIZED");
    expect((await caught(f.admin.agenda.createIssue({ pactId: UNKNOWN_ID, title: "Nergens" }))).code).toBe("NOT_FOUND");
    const issue = await f.editorA.agenda.createIssue({ pactId: f.pacts.A, title: "Van A" });
    expect((await caught(f.editorB.agenda.updateIssue({ id: issue.id, version: 1, title: "Overgenomen" }))).code).toBe("FORBIDDEN");
    expect((await caught(f.editorB.agenda.deleteIssue({ id: issue.id, version: 1 }))).code).toBe("FORBIDDEN");
    expect((await caught(f.admin.agenda.updateIssue({ id: UNKNOWN_ID, version: 1, title: "Nergens" }))).code).toBe("NOT_FOUND");
    const refusal = await lastAudit("agenda.deleteIssue");
    expect(refusal).toMatchObject({ result: "refused", pactId: f.pacts.A, objectId: issue.id });
  });
});

describe("coalition", () => {
  it("sets the issue's own coalition from the pact's partners, moving the version", async () => {
    const issue = await f.editorA.agenda.createIssue({ pactId: f.pacts.A, title: "Coalitie" });
    const updated = await f.editorA.agenda.setCoalition({ issueId: issue.id, version: issue.version, organisationIds: [f.organisations.partner] });
    expect(updated.coalition.map((o) => o.name)).toEqual(["Noorderpoort"]);
    expect(updated.version).toBe(2);
    expect((await lastAudit("agenda.setCoalition")).changes).toEqual({
      before: { organisationIds: [] },
      after: { organisationIds: [f.organisations.partner] },
    });
  });

  it("refuses an organisation that is not a partner of the pact, naming the field", async () => {
    const issue = await f.editorA.agenda.createIssue({ pactId: f.pacts.A, title: "Coalitie met buitenstaander" });
    const error = await caught(f.editorA.agenda.setCoalition({ issueId: issue.id, version: 1, organisationIds: [f.organisations.outsider] }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(fieldOf(error)).toBe("organisationIds");
    expect(error.message).toMatch(/geen partner/);
    expect((await caught(f.editorA.agenda.setCoalition({ issueId: issue.id, version: 5, organisationIds: [] }))).code).toBe("CONFLICT");
  });
});

describe("ambitions", () => {
  it("adds, updates and deletes an ambition, guarded by its version", async () => {
    const issue = await f.editorA.agenda.createIssue({ pactId: f.pacts.A, title: "Ambitieus" });
    const first = await f.editorA.agenda.addAmbition({ issueId: issue.id, statement: "Minder uitval van studenten" });
    const second = await f.editorA.agenda.addAmbition({ issueId: issue.id, statement: "Meer werkplezier" });
    expect(second.sortOrder).toBe(first.sortOrder + 1);
    const updated = await f.editorA.agenda.updateAmbition({ id: first.id, version: first.version, statement: "Uitval in het eerste jaar halveren" });
    expect(updated).toMatchObject({ statement: "Uitval in het eerste jaar halveren", version: 2 });
    expect((await caught(f.editorA.agenda.updateAmbition({ id: first.id, version: 1, statement: "Te laat" }))).code).toBe("CONFLICT");
    expect((await caught(f.editorB.agenda.deleteAmbition({ id: first.id, version: 2 }))).code).toBe("FORBIDDEN");
    await f.editorA.agenda.deleteAmbition({ id: first.id, version: 2 });
    const agenda = await f.editorA.agenda.get({ pactId: f.pacts.A });
    expect(agenda.issues.find((i) => i.id === issue.id)?.ambitions.map((a) => a.statement)).toEqual(["Meer werkplezier"]);
    expect((await caught(f.editorA.agenda.addAmbition({ issueId: UNKNOWN_ID, statement: "Nergens bij" }))).code).toBe("NOT_FOUND");
  });

  it("refuses an ambition too short to state an effect", async () => {
    const issue = await f.editorA.agenda.createIssue({ pactId: f.pacts.A, title: "Kort" });
    expect((await caught(f.editorA.agenda.addAmbition({ issueId: issue.id, statement: "Ja" }))).code).toBe("BAD_REQUEST");
  });
});

describe("agenda.get and agenda.getPublic", () => {
  it("returns issues, nodes, links, indicators with progress, completeness and cost per result", async () => {
    const { database, pactId } = await freshPact();
    const chain = await buildChain(f.admin, f, pactId);
    const indicator = await f.admin.indicator.create({
      nodeId: chain.result.id,
      name: "Studenten in een leerwerkplaats",
      unit: "studenten",
      direction: "up",
      baselineValue: 0,
      baselineDate: "2016-01-01",
      targetValue: 80,
      targetDate: "2018-12-31",
    });
    await f.admin.indicator.addMeasurement({ indicatorId: indicator.id, measuredOn: "2017-12-31", value: 40 });
    const legacy = await insertNode(database, pactId, { kind: "effect" });

    const agenda = await f.admin.agenda.get({ pactId });
    expect(agenda.issues.map((i) => i.title)).toEqual(["Te weinig stageplaatsen"]);
    expect(agenda.issues[0]?.completeness.complete).toBe(true);
    // The node from before the agenda has no issue and leaves the pact's chain incomplete.
    expect(agenda.nodes.find((n) => n.id === legacy)?.issueId).toBeNull();
    expect(agenda.completeness).toMatchObject({ complete: false, effectsWithoutResult: [legacy] });
    expect(agenda.links).toHaveLength(3);
    expect(agenda.indicators[0]?.progress).toEqual({ current: 40, currentOn: "2017-12-31", fraction: 0.5, reached: false });
    // €10.000 over 40 students is €250 each; over 20 students reached, €500 each.
    expect(agenda.cost.results).toEqual([{ nodeId: chain.result.id, allocatedCents: 1_000_000, count: 40, costPerUnitCents: 25_000 }]);
    expect(agenda.cost.effects.find((c) => c.nodeId === chain.effect.id)).toMatchObject({ costPerUnitCents: 50_000 });
    expect(agenda.terms.map((t) => t.label)).toEqual(expect.arrayContaining(["Studenten", "Minder uitval tijdens opleiding", "Meer leren in de praktijk"]));
    expect(agenda.organisations.map((o) => o.name)).toContain("Noorderpoort");
  });

  it("shows a published pact's agenda to everyone, and answers NOT_FOUND for drafts and unknown slugs alike", async () => {
    await f.editorA.agenda.createIssue({ pactId: f.pacts.draft, title: "Concept-vraagstuk" });
    const published = await f.anonymous.agenda.getPublic({ slug: "zorgpact-noord" });
    expect(published.pact.name).toBe("Zorgpact Noord");
    const draft = await caught(f.anonymous.agenda.getPublic({ slug: "concept" }));
    const unknown = await caught(f.anonymous.agenda.getPublic({ slug: "bestaat-niet" }));
    expect([draft.code, unknown.code]).toEqual(["NOT_FOUND", "NOT_FOUND"]);
    expect(draft.message).toBe(unknown.message);
    // The editor sees the draft's agenda.
    expect((await f.editorA.agenda.get({ pactId: f.pacts.draft })).issues.map((i) => i.title)).toEqual(["Concept-vraagstuk"]);
  });

  it("sends the public the latest 12 approved measurements per indicator with the count of all, and editors every measurement", async () => {
    const { pactId } = await freshPact();
    const chain = await buildChain(f.admin, f, pactId);
    const indicator = await f.admin.indicator.create({
      nodeId: chain.result.id,
      name: "Maandelijkse instroom",
      unit: "studenten",
      direction: "up",
      baselineValue: 0,
      baselineDate: "2019-01-01",
      targetValue: 100,
      targetDate: "2021-12-31",
    });
    const month = (i: number) => `2020-${String(i).padStart(2, "0")}-01`;
    // Thirteen approved months, the earliest of which drops out of the public series, and one working copy never approved.
    await handle.db
      .insertInto("measurements")
      .values([
        ...Array.from({ length: 11 }, (_, i) => ({
          indicatorId: indicator.id,
          measuredOn: month(i + 1),
          value: i + 1,
          reviewStatus: "approved" as const,
          publicValue: i + 1,
          publicMeasuredOn: month(i + 1),
        })),
        { indicatorId: indicator.id, measuredOn: "2019-11-01", value: 90, reviewStatus: "approved", publicValue: 90, publicMeasuredOn: "2019-11-01" },
        { indicatorId: indicator.id, measuredOn: "2019-12-01", value: 95, reviewStatus: "approved", publicValue: 95, publicMeasuredOn: "2019-12-01" },
        { indicatorId: indicator.id, measuredOn: "2020-12-01", value: 99, reviewStatus: "submitted", publicValue: null, publicMeasuredOn: null },
      ])
      .execute();
    const { slug } = await handle.db.selectFrom("pacts").select("slug").where("id", "=", pactId).executeTakeFirstOrThrow();

    const shown = (await f.anonymous.agenda.getPublic({ slug })).indicators.find((i) => i.id === indicator.id)!;
    expect(shown.measurements.map((m) => m.measuredOn)).toEqual(["2019-12-01", ...Array.from({ length: 11 }, (_, i) => month(i + 1))]);
    expect(shown.measurementCount).toBe(13);
    expect(shown.progress).toMatchObject({ current: 11, currentOn: "2020-11-01" });

    const edited = (await f.admin.agenda.get({ pactId })).indicators.find((i) => i.id === indicator.id)!;
    expect(edited.measurements).toHaveLength(14);
    expect(edited.measurements.at(-1)).toMatchObject({ measuredOn: "2020-12-01", value: 99 });
  });

  it("refuses the editor view to the public and to editors of other pacts", async () => {
    expect((await caught(f.anonymous.agenda.get({ pactId: f.pacts.A }))).code).toBe("UNAUTHORIZED");
    expect((await caught(f.editorB.agenda.get({ pactId: f.pacts.A }))).code).toBe("FORBIDDEN");
    expect((await caught(f.admin.agenda.get({ pactId: UNKNOWN_ID }))).code).toBe("NOT_FOUND");
  });

  it("treats an archived pact's agenda as gone", async () => {
    const { pactId } = await freshPact();
    const issue = await f.admin.agenda.createIssue({ pactId, title: "Wordt gearchiveerd" });
    await handle.db.updateTable("pacts").set({ archivedAt: new Date().toISOString() }).where("id", "=", pactId).execute();
    expect((await caught(f.admin.agenda.get({ pactId }))).code).toBe("NOT_FOUND");
    expect((await caught(f.admin.agenda.updateIssue({ id: issue.id, version: 1, title: "Toch" }))).code).toBe("NOT_FOUND");
  });
});

async function freshPact() {
  const row = await handle.db
    .insertInto("pacts")
    .values({
      kind: "regional_pact",
      name: `Zorgpact ${crypto.randomUUID().slice(0, 6)}`,
      slug: `zp-${crypto.randomUUID().slice(0, 8)}`,
      publicationStatus: "published",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await handle.db.insertInto("pactParticipants").values({ pactId: row.id, organisationId: f.organisations.partner, role: "lead" }).execute();
  return { database: handle.db, pactId: row.id };
}
