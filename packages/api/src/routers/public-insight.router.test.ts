/** map, insight, showcase and search: what the public side shows, and that no draft or archived pact ever appears. */
import type { DatabaseHandle } from "@zorgpact/db/database";
import { insertNode, insertPact, insertTerm } from "@zorgpact/db/test/fixtures";
import { createTestDatabase } from "@zorgpact/db/test/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publicCaller, signedInCaller } from "../test/caller.ts";

let handle: DatabaseHandle;
const ids = {} as Record<
  "technology" | "learning" | "education" | "internships" | "practice" | "students" | "dropout" | "limburg" | "zeeland" | "limburgPact" | "ztl",
  string
>;

beforeAll(async () => {
  handle = await createTestDatabase();
  const db = handle.db;
  ids.technology = await insertTerm(db, "theme", "Zorg en technologie");
  ids.learning = await insertTerm(db, "theme", "Permanent leren");
  ids.education = await insertTerm(db, "result_domain", "Onderwijs");
  ids.internships = await insertTerm(db, "result_area", "Toename stageplaatsen", ids.education);
  ids.practice = await insertTerm(db, "result_area", "Meer leren in de praktijk", ids.education);
  ids.students = await insertTerm(db, "target_group", "Studenten");
  ids.dropout = await insertTerm(db, "effect_category", "Minder uitval tijdens opleiding", ids.students);
  const region = async (name: string, province: "Limburg" | "Zeeland", latitude: number, longitude: number) =>
    (
      await db
        .insertInto("regions")
        .values({ name, provinces: [province], latitude, longitude })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
  ids.limburg = await region("Limburg", "Limburg", 51.2, 5.95);
  ids.zeeland = await region("Zeeland", "Zeeland", 51.5, 3.85);

  ids.limburgPact = await insertPact(db, {
    name: "Zorgpact Limburg",
    slug: "zorgpact-limburg",
    regionId: ids.limburg,
    description: "Samen werken aan stageplaatsen in het zuiden.",
  });
  await insertNode(db, ids.limburgPact, { kind: "result", title: "Meer stages", termId: ids.internships });
  await insertNode(db, ids.limburgPact, { kind: "result", title: "Nog meer stages", termId: ids.internships });
  await insertNode(db, ids.limburgPact, { kind: "effect", title: "Minder uitval", termId: ids.dropout });

  ids.ztl = await insertPact(db, {
    kind: "front_runner",
    name: "Zorgtechniek Limburg",
    slug: "zorgtechniek-limburg",
    regionId: ids.limburg,
    parentPactId: ids.limburgPact,
    admissionStatus: "admitted",
    adoption: "parts",
    consolidationAgreements: ["regular_offering"],
    description: "De ZTL Academy leidt zorgtechnici op.",
  });
  await db.insertInto("pactThemes").values({ pactId: ids.ztl, termId: ids.technology }).execute();
  await insertNode(db, ids.ztl, { kind: "result", title: "71 studenten zorgtechnicus", termId: ids.practice });
  await insertNode(db, ids.ztl, { kind: "effect", title: "Studenten blijven", termId: ids.dropout });

  // Drafts and archived pacts, each naming terms and themes the public must not see counted.
  const zeelandDraft = await insertPact(db, {
    name: "Zorgpact Zeeland geheim",
    slug: "zorgpact-zeeland",
    regionId: ids.zeeland,
    publicationStatus: "draft",
    description: "Concept over stageplaatsen in Limburg.",
  });
  await insertNode(db, zeelandDraft, { kind: "result", title: "Concept", termId: ids.practice });
  const draftRunner = await insertPact(db, {
    kind: "front_runner",
    name: "Geheime koploper Limburg",
    regionId: ids.limburg,
    admissionStatus: "under_review",
    publicationStatus: "draft",
  });
  await db.insertInto("pactThemes").values({ pactId: draftRunner, termId: ids.technology }).execute();
  await insertNode(db, draftRunner, { kind: "result", title: "Concept", termId: ids.internships });
  const archived = await insertPact(db, { name: "Oud pact Limburg geheim", regionId: ids.zeeland, archivedAt: new Date().toISOString() });
  await insertNode(db, archived, { kind: "result", title: "Oud", termId: ids.practice });
  // A published front-runner under a draft regional pact: the parent stays hidden.
  await insertPact(db, {
    kind: "front_runner",
    name: "Wijkleren Zeeland",
    regionId: ids.zeeland,
    parentPactId: zeelandDraft,
    admissionStatus: "admitted",
  });
});
afterAll(() => handle.close());

const secret = /geheim|concept|oud pact/i;

describe("map.regions", () => {
  it("gives the regions with published pacts, each marker linked by slug, front-runners only counted", async () => {
    const regions = await publicCaller(handle.db).map.regions();
    expect(regions.map((r) => r.name)).toEqual(["Limburg", "Zeeland"]);
    const [limburg, zeeland] = regions;
    expect(limburg?.pacts.map((p) => [p.name, p.kind, p.slug])).toEqual([["Zorgpact Limburg", "regional_pact", "zorgpact-limburg"]]);
    expect(limburg?.counts).toEqual({ regionalPacts: 1, frontRunners: 1, breedingGrounds: 0 });
    expect(limburg).toMatchObject({ provinces: ["Limburg"], latitude: 51.2, longitude: 5.95 });
    expect(zeeland?.pacts).toEqual([]);
    expect(zeeland?.counts).toEqual({ regionalPacts: 0, frontRunners: 1, breedingGrounds: 0 });
    expect(JSON.stringify(regions)).not.toMatch(secret);
  });
});

describe("insight.resultsAndEffects", () => {
  it("counts published regional pacts and front-runners per result area and effect category, with N the ones that reported", async () => {
    const insight = await publicCaller(handle.db).insight.resultsAndEffects();
    // Wijkleren Zeeland is published but has no chain: it did not report and is not in N.
    expect(insight.n).toEqual({ regionalPacts: 1, frontRunners: 1 });
    const [education] = insight.resultAreas;
    expect(education?.label).toBe("Onderwijs");
    expect(education?.rows).toEqual([
      // Same sort order in this fixture, so by label.
      { termId: ids.practice, label: "Meer leren in de praktijk", regionalPacts: { count: 0, share: 0 }, frontRunners: { count: 1, share: 1 } },
      { termId: ids.internships, label: "Toename stageplaatsen", regionalPacts: { count: 1, share: 1 }, frontRunners: { count: 0, share: 0 } },
    ]);
    expect(insight.effectCategories).toEqual([
      {
        groupId: ids.students,
        label: "Studenten",
        rows: [{ termId: ids.dropout, label: "Minder uitval tijdens opleiding", regionalPacts: { count: 1, share: 1 }, frontRunners: { count: 1, share: 1 } }],
      },
    ]);
  });
});

describe("showcase.list", () => {
  it("lists published front-runners only, with results, effects, adoption and consolidation", async () => {
    const page = await publicCaller(handle.db).showcase.list({});
    expect(page.items.map((f) => f.name)).toEqual(["Wijkleren Zeeland", "Zorgtechniek Limburg"]);
    expect(page).toMatchObject({ total: 2, page: 1, pageSize: 12 });
    const ztl = page.items[1]!;
    expect(ztl).toMatchObject({
      slug: "zorgtechniek-limburg",
      region: { id: ids.limburg, name: "Limburg" },
      parentPact: { slug: "zorgpact-limburg", name: "Zorgpact Limburg" },
      themes: [{ id: ids.technology, label: "Zorg en technologie" }],
      adoption: "parts",
      consolidationAgreements: ["regular_offering"],
    });
    expect(ztl.results).toEqual([
      { id: expect.any(String), title: "71 studenten zorgtechnicus", area: { id: ids.practice, label: "Meer leren in de praktijk" } },
    ]);
    expect(ztl.effects[0]).toMatchObject({ category: { label: "Minder uitval tijdens opleiding" }, targetGroup: { id: ids.students, label: "Studenten" } });
    expect(page.items[0]?.parentPact).toBeNull();
    expect(JSON.stringify(page)).not.toMatch(secret);
  });

  it("filters by theme, region, target group and result area", async () => {
    const names = async (input: object) => (await publicCaller(handle.db).showcase.list(input)).items.map((f) => f.name);
    expect(await names({ themeId: ids.technology })).toEqual(["Zorgtechniek Limburg"]);
    expect(await names({ themeId: ids.learning })).toEqual([]);
    expect(await names({ regionId: ids.zeeland })).toEqual(["Wijkleren Zeeland"]);
    expect(await names({ resultAreaId: ids.practice })).toEqual(["Zorgtechniek Limburg"]);
    expect(await names({ resultAreaId: ids.internships })).toEqual([]);
    expect(await names({ targetGroupId: ids.students, regionId: ids.limburg })).toEqual(["Zorgtechniek Limburg"]);
  });
});

describe("search.query", () => {
  it("finds published pacts by name before description, and themes with their pact count", async () => {
    const result = await publicCaller(handle.db).search.query({ q: "limburg" });
    expect(result.pacts.items.map((p) => [p.name, p.matchedOn])).toEqual([
      ["Zorgpact Limburg", "name"],
      ["Zorgtechniek Limburg", "name"],
    ]);
    const stages = await publicCaller(handle.db).search.query({ q: "stageplaatsen" });
    expect(stages.pacts.items.map((p) => [p.name, p.matchedOn, p.excerpt])).toEqual([
      ["Zorgpact Limburg", "description", "Samen werken aan stageplaatsen in het zuiden."],
    ]);
    const themes = await publicCaller(handle.db).search.query({ q: "technologie" });
    expect(themes.themes).toEqual([{ id: ids.technology, label: "Zorg en technologie", pactCount: 1 }]);
  });

  it("never finds a draft or archived pact, and takes % and _ literally", async () => {
    const caller = publicCaller(handle.db);
    for (const q of ["geheim", "Concept", "Oud pact", "zeeland-geheim"]) {
      expect((await caller.search.query({ q })).pacts.total, q).toBe(0);
    }
    expect((await caller.search.query({ q: "%%" })).pacts.total).toBe(0);
  });
});

describe("signed in as the national team", () => {
  it("the public procedures still show published data only", async () => {
    const { caller } = await signedInCaller(handle.db, "national_admin");
    const all = JSON.stringify([
      await caller.map.regions(),
      await caller.showcase.list({}),
      await caller.search.query({ q: "Limburg" }),
      await caller.insight.resultsAndEffects(),
    ]);
    expect(all).not.toMatch(secret);
    expect((await caller.insight.resultsAndEffects()).n).toEqual({ regionalPacts: 1, frontRunners: 1 });
  });
});
