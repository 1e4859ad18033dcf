import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../database.ts";
import { synthesizeProgramme } from "../synth/synthetic-programme.ts";
import { insertNode, insertPact, insertTerm } from "../test/fixtures.ts";
import { createTestDatabase } from "../test/test-database.ts";
import { refreshAllCatalogueTotals } from "./indicator-catalogue.repository.ts";
import { nationalFigures } from "./rollup.repository.ts";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
  await synthesizeProgramme(handle.db, { pacts: 40, indicators: 160, measurements: 800 });
});
afterAll(() => handle.close());

/** The figures counted the slow way, in TypeScript over every row: what the rollup must equal. */
async function scan(): Promise<Record<string, number>> {
  const db = handle.db;
  const pacts = await db.selectFrom("pacts").selectAll().execute();
  const nodes = await db.selectFrom("chainNodes").select(["pactId", "kind", "termId"]).execute();
  const themes = await db.selectFrom("pactThemes").selectAll().execute();
  const liveTerms = new Set((await db.selectFrom("taxonomyTerms").select("id").where("retiredAt", "is", null).execute()).map((t) => t.id));
  const history = await db.selectFrom("phaseHistory").selectAll().execute();
  const volgspots = await db.selectFrom("volgspots").select(["pactId", "year", "status"]).execute();
  const governance = await db.selectFrom("pactGovernance").selectAll().execute();
  const demoFollowUp = new Map((await db.selectFrom("demoFollowUp").selectAll().execute()).map((d) => [d.pactId, d]));
  const reviews = new Map((await db.selectFrom("frontRunnerReviews").select(["pactId", "decidedAt"]).execute()).map((r) => [r.pactId, r]));
  const figures: Record<string, number> = {};
  const add = (figure: string, key: string | number, by = 1) => {
    const name = `${figure}|${key}`;
    figures[name] = (figures[name] ?? 0) + by;
  };
  const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  for (const key of ["adoption", "adoption-demo", "challenges", "challenges-demo", "consolidation", "consolidation-demo"]) add("report:follow-up", key, 0);
  add("report:governance-answered", "", 0);
  for (const pact of pacts) {
    if (pact.archivedAt !== null || pact.publicationStatus !== "published") continue;
    const counted = pact.kind === "regional_pact" || pact.kind === "front_runner";
    const inReport = pact.kind === "regional_pact" || (pact.kind === "front_runner" && pact.admissionStatus === "admitted");
    const own = nodes.filter((n) => n.pactId === pact.id);
    const reported = own.some((n) => n.kind === "result" || n.kind === "effect");
    add("kind", pact.kind);
    if (pact.kind === "regional_pact" && pact.currentPhase !== null) add("phase", pact.currentPhase);
    if (pact.regionId !== null && pact.kind !== "national") add(`region:${pact.kind}`, pact.regionId);
    if (counted) for (const theme of themes.filter((t) => t.pactId === pact.id)) add(`theme:${pact.kind}`, theme.termId);
    const mentions = new Set(own.flatMap((n) => ((n.kind === "result" || n.kind === "effect") && n.termId ? [`${n.kind}:${pact.kind}|${n.termId}`] : [])));
    if (counted && reported) add("reported", pact.kind);
    if (counted) for (const m of mentions) figures[m] = (figures[m] ?? 0) + 1;
    if (inReport) {
      add("report:published", pact.kind);
      if (reported) add("report:reported", pact.kind);
      for (const m of mentions) figures[`report:${m}`] = (figures[`report:${m}`] ?? 0) + 1;
      if (pact.kind === "front_runner" && pact.adoption) add("report:adoption", pact.adoption);
      if (pact.kind === "front_runner") {
        const demo = demoFollowUp.get(pact.id);
        if (pact.adoption) add("report:follow-up", "adoption");
        if (pact.adoption && demo?.adoption === pact.adoption) add("report:follow-up", "adoption-demo");
        if (pact.challenges.length > 0) add("report:follow-up", "challenges");
        if (pact.challenges.length > 0 && demo && sameList(demo.challenges, pact.challenges)) add("report:follow-up", "challenges-demo");
        if (pact.consolidationAgreements.length > 0) add("report:follow-up", "consolidation");
        if (pact.consolidationAgreements.length > 0 && demo && sameList(demo.consolidationAgreements, pact.consolidationAgreements))
          add("report:follow-up", "consolidation-demo");
        for (const answer of pact.challenges) add("report:challenge", answer);
        for (const answer of pact.consolidationAgreements) add("report:consolidation", answer);
        const decidedAt = reviews.get(pact.id)?.decidedAt;
        add("report:admitted-on", decidedAt ? new Date(decidedAt).toLocaleDateString("sv-SE", { timeZone: "Europe/Amsterdam" }) : "");
      }
      if (pact.kind === "regional_pact") {
        for (const fn of pact.functions) add("report:function", fn);
        add("report:function-set", [...new Set(pact.functions)].sort().join(","));
        const items = governance.filter((g) => g.pactId === pact.id);
        if (items.some((g) => g.now || g.inFiveYears)) add("report:governance-answered", "");
        for (const g of items) {
          add("report:governance-now", g.itemKey, g.now ? 1 : 0);
          add("report:governance-later", g.itemKey, g.inFiveYears ? 1 : 0);
        }
      }
      const own = themes.filter((t) => t.pactId === pact.id);
      for (const theme of own) add(`report:theme:${pact.kind}`, theme.termId);
      add(`report:themes-per-pact:${pact.kind}`, own.filter((t) => liveTerms.has(t.termId)).length);
      if (pact.kind === "regional_pact")
        for (const year of new Set(volgspots.filter((v) => v.pactId === pact.id && v.status === "accepted").map((v) => v.year)))
          add("report:volgspot-held", year);
    }
  }
  // The phase of each counted regional pact at every year's end, from the first phase change to this year.
  const counted = new Set(pacts.filter((p) => p.kind === "regional_pact" && p.archivedAt === null && p.publicationStatus === "published").map((p) => p.id));
  const countedHistory = history.filter((h) => counted.has(h.pactId));
  if (countedHistory.length > 0) {
    const years = countedHistory.map((h) => Number(String(h.changedOn).slice(0, 4)));
    const last = Math.max(...years, new Date().getFullYear());
    for (let year = Math.min(...years); year <= last; year++)
      for (const pactId of counted) {
        const latest = countedHistory
          .filter((h) => h.pactId === pactId && String(h.changedOn) <= `${year}-12-31`)
          .sort((a, b) => String(b.changedOn).localeCompare(String(a.changedOn)) || String(b.createdAt).localeCompare(String(a.createdAt)))[0];
        if (!latest) continue;
        add("report:phase-year", year);
        add(`report:phase:${year}`, latest.phase);
      }
  }
  return figures;
}

async function rollup(): Promise<Record<string, number>> {
  const { rows } = await sql<{ figure: string; key: string; count: number }>`select figure, key, count from national_figures_current()`.execute(handle.db);
  return Object.fromEntries(rows.map((r) => [`${r.figure}|${r.key}`, Number(r.count)]));
}

describe("the national figures rollup", () => {
  it("equals a scan of the synthetic programme", async () => {
    const expected = await scan();
    expect(Object.keys(expected).length).toBeGreaterThan(20);
    // The report's phase-over-time and Volgspot figures have synthetic rows to count too.
    expect(Object.keys(expected).filter((k) => k.startsWith("report:phase:")).length).toBeGreaterThan(3);
    expect(Object.keys(expected).filter((k) => k.startsWith("report:volgspot-held|")).length).toBe(3);
    expect(await rollup()).toEqual(expected);
  });

  it("follows publication changes, archiving, phase, region and admission changes at once", async () => {
    const [a, b, c, d] = await handle.db
      .selectFrom("pacts")
      .select(["id", "kind"])
      .where("kind", "in", ["regional_pact", "front_runner"])
      .orderBy("name")
      .limit(4)
      .execute();
    const region = await handle.db.selectFrom("regions").select("id").orderBy("name", "desc").executeTakeFirstOrThrow();
    await handle.db.updateTable("pacts").set({ publicationStatus: "draft" }).where("id", "=", a!.id).execute();
    await handle.db.updateTable("pacts").set({ archivedAt: new Date().toISOString() }).where("id", "=", b!.id).execute();
    await handle.db.updateTable("pacts").set({ currentPhase: 4, regionId: region.id }).where("id", "=", c!.id).execute();
    await handle.db
      .updateTable("pacts")
      .set({ kind: "front_runner", admissionStatus: "under_review", adoption: "parts", currentPhase: null })
      .where("id", "=", d!.id)
      .execute();
    expect(await rollup()).toEqual(await scan());
  });

  it("follows chain nodes added, retagged and deleted, and themes removed", async () => {
    const pact = await insertPact(handle.db, { kind: "regional_pact", publicationStatus: "published", currentPhase: 2 });
    const area = await insertTerm(handle.db, "result_area", "Rollup-resultaatgebied");
    const category = await insertTerm(handle.db, "effect_category", "Rollup-effectcategorie");
    const result = await insertNode(handle.db, pact, { kind: "result", title: "Resultaat", termId: area });
    await insertNode(handle.db, pact, { kind: "effect", title: "Effect", termId: category });
    expect((await nationalFigures(handle.db)).count("result:regional_pact", area)).toBe(1);
    expect(await rollup()).toEqual(await scan());

    await handle.db.updateTable("chainNodes").set({ termId: null }).where("id", "=", result).execute();
    expect((await nationalFigures(handle.db)).count("result:regional_pact", area)).toBe(0);
    await handle.db.deleteFrom("chainNodes").where("pactId", "=", pact).where("kind", "=", "effect").execute();
    const someThemed = await handle.db.selectFrom("pactThemes").select(["pactId", "termId"]).limit(3).execute();
    for (const t of someThemed) await handle.db.deleteFrom("pactThemes").where("pactId", "=", t.pactId).where("termId", "=", t.termId).execute();
    expect(await rollup()).toEqual(await scan());
  });

  it("follows phase changes, accepted Volgspots and a retired theme, as the national report counts them", async () => {
    const pact = await insertPact(handle.db, { kind: "regional_pact", publicationStatus: "published", currentPhase: 3 });
    const theme = await insertTerm(handle.db, "theme", "Rollup-thema");
    await handle.db.insertInto("pactThemes").values({ pactId: pact, termId: theme }).execute();
    await handle.db
      .insertInto("phaseHistory")
      .values([
        { pactId: pact, phase: 1, changedOn: "2016-03-01" },
        { pactId: pact, phase: 3, changedOn: "2019-05-01" },
      ])
      .execute();
    await handle.db.insertInto("volgspots").values({ pactId: pact, year: 2019, status: "accepted", heldOn: "2019-10-01" }).execute();
    let figures = await nationalFigures(handle.db);
    expect(figures.count("report:phase:2018", "1")).toBeGreaterThanOrEqual(1);
    expect(figures.count("report:volgspot-held", "2019")).toBeGreaterThanOrEqual(1);
    expect(figures.count("report:theme:regional_pact", theme)).toBe(1);
    expect(await rollup()).toEqual(await scan());

    const before = figures.count("report:phase:2018", "1");
    await handle.db.updateTable("phaseHistory").set({ changedOn: "2017-01-01" }).where("pactId", "=", pact).where("phase", "=", 3).execute();
    await handle.db.updateTable("volgspots").set({ status: "draft" }).where("pactId", "=", pact).execute();
    await handle.db.updateTable("taxonomyTerms").set({ retiredAt: new Date().toISOString() }).where("id", "=", theme).execute();
    figures = await nationalFigures(handle.db);
    expect(figures.count("report:phase:2018", "1")).toBe(before - 1);
    expect(await rollup()).toEqual(await scan());
  });

  it("follows a pact deleted with everything in it, in one transaction with other writes", async () => {
    const victim = await handle.db
      .selectFrom("pacts")
      .select("id")
      .where("publicationStatus", "=", "published")
      .orderBy("name", "desc")
      .executeTakeFirstOrThrow();
    await handle.db.transaction().execute(async (trx) => {
      await trx.deleteFrom("pacts").where("id", "=", victim.id).execute();
      await insertPact(trx, { kind: "front_runner", publicationStatus: "published", admissionStatus: "admitted", adoption: "whole_concept" });
    });
    expect(await rollup()).toEqual(await scan());
  });
});

describe("the synthetic programme's catalogue totals", () => {
  it("has some indicators adopt catalogue entries, with totals equal to a recount per indicator", async () => {
    const totals = () => handle.db.selectFrom("catalogueTotals").selectAll().orderBy("indicatorId").orderBy("year").execute();
    const synthesized = await totals();
    const adopting = await handle.db.selectFrom("indicators").select("id").where("catalogueId", "is not", null).execute();
    expect(adopting.length).toBeGreaterThan(5);
    expect(new Set(synthesized.map((t) => t.indicatorId)).size).toBe(adopting.length);
    await refreshAllCatalogueTotals(handle.db);
    expect(await totals()).toEqual(synthesized);
  });
});
