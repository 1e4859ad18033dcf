import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../database.ts";
import { insertNode, insertOrganisation, insertPact, insertTerm, link } from "../test/fixtures.ts";
import { createTestDatabase } from "../test/test-database.ts";
import { getPact, listPacts } from "./pact.repository.ts";
import { EVERYTHING, PUBLIC } from "./visibility.ts";

let handle: DatabaseHandle;
const ids: Record<string, string> = {};
const page = { page: 1, pageSize: 20 };

beforeAll(async () => {
  handle = await createTestDatabase();
  const db = handle.db;
  ids.region = (
    await db
      .insertInto("regions")
      .values({ name: "Noord", provinces: ["Groningen"], latitude: 53.2, longitude: 6.6 })
      .returning("id")
      .executeTakeFirstOrThrow()
  ).id;
  ids.theme = await insertTerm(db, "theme", "Leren in de praktijk");
  ids.otherTheme = await insertTerm(db, "theme", "Zorg en technologie");
  ids.noord = await insertPact(db, { name: "Zorgpact Noord", slug: "zorgpact-noord", regionId: ids.region, currentPhase: 3 });
  ids.rotterdam = await insertPact(db, { name: "Zorgpact Rotterdam", slug: "zorgpact-rotterdam", currentPhase: 2 });
  ids.draft = await insertPact(db, { name: "Zorgpact Concept", slug: "zorgpact-concept", publicationStatus: "draft" });
  ids.archived = await insertPact(db, { name: "Zorgpact Gearchiveerd", slug: "zorgpact-oud", archivedAt: new Date().toISOString() });
  ids.koploper = await insertPact(db, { name: "Zorgtechniek Limburg", slug: "zorgtechniek-limburg", kind: "front_runner" });
  await db
    .insertInto("pactThemes")
    .values([
      { pactId: ids.noord, termId: ids.theme },
      { pactId: ids.koploper, termId: ids.otherTheme },
    ])
    .execute();
  const school = await insertOrganisation(db, { name: "Hanzehogeschool Groningen", sector: "education", level: "hbo" });
  const care = await insertOrganisation(db, { name: "Tinten Welzijnsgroep", sector: "care_welfare" });
  await db
    .insertInto("pactParticipants")
    .values([
      { pactId: ids.noord, organisationId: care, role: "lead" },
      { pactId: ids.noord, organisationId: school, role: "partner" },
    ])
    .execute();
  const input = await insertNode(db, ids.noord, { kind: "input", amountCents: 50_000_00 });
  const activity = await insertNode(db, ids.noord, { kind: "activity" });
  const result = await insertNode(db, ids.noord, { kind: "result" });
  await insertNode(db, ids.noord, { kind: "effect" });
  await link(db, input, activity);
  await link(db, activity, result);
  const indicator = await db
    .insertInto("indicators")
    .values({
      nodeId: result,
      name: "Leerwerkplekken",
      unit: "plekken",
      direction: "up",
      baselineValue: 10,
      baselineDate: "2016-01-01",
      targetValue: 50,
      targetDate: "2018-12-31",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("measurements")
    .values([
      { indicatorId: indicator.id, measuredOn: "2017-12-31", value: 30, source: "Demodata", publicValue: 30, publicMeasuredOn: "2017-12-31" },
      { indicatorId: indicator.id, measuredOn: "2016-12-31", value: 20, source: "Demodata", publicValue: 20, publicMeasuredOn: "2016-12-31" },
    ])
    .execute();
});
afterAll(() => handle.close());

describe("listPacts", () => {
  it("shows the public published, unarchived pacts only, sorted by name", async () => {
    const list = await listPacts(handle.db, page, PUBLIC);
    expect(list.items.map((p) => p.name)).toEqual(["Zorgpact Noord", "Zorgpact Rotterdam", "Zorgtechniek Limburg"]);
    expect(list.total).toBe(3);
  });

  it("shows drafts to editors but never archived pacts", async () => {
    const names = (await listPacts(handle.db, page, EVERYTHING)).items.map((p) => p.name);
    expect(names).toContain("Zorgpact Concept");
    expect(names).not.toContain("Zorgpact Gearchiveerd");
  });

  it("filters by kind, theme, phase, region and name", async () => {
    const names = async (filter: object) => (await listPacts(handle.db, { ...page, ...filter }, PUBLIC)).items.map((p) => p.name);
    expect(await names({ kind: "front_runner" })).toEqual(["Zorgtechniek Limburg"]);
    expect(await names({ themeId: ids.theme })).toEqual(["Zorgpact Noord"]);
    expect(await names({ phase: 2 })).toEqual(["Zorgpact Rotterdam"]);
    expect(await names({ regionId: ids.region })).toEqual(["Zorgpact Noord"]);
    expect(await names({ search: "rotter" })).toEqual(["Zorgpact Rotterdam"]);
    expect(await names({ search: "%" })).toEqual([]);
  });

  it("pages with a total that counts every match", async () => {
    const second = await listPacts(handle.db, { page: 2, pageSize: 2 }, PUBLIC);
    expect(second.items.map((p) => p.name)).toEqual(["Zorgtechniek Limburg"]);
    expect(second.total).toBe(3);
  });

  it("carries each pact's themes and region", async () => {
    const noord = (await listPacts(handle.db, { ...page, search: "Noord" }, PUBLIC)).items[0];
    expect(noord?.themeIds).toEqual([ids.theme]);
    expect(noord?.regionName).toBe("Noord");
  });
});

describe("getPact", () => {
  it("returns partners, themes, phase and the chain with its completeness", async () => {
    const pact = await getPact(handle.db, { slug: "zorgpact-noord" }, PUBLIC);
    expect(pact?.partners.map((p) => [p.name, p.role])).toEqual([
      ["Tinten Welzijnsgroep", "lead"],
      ["Hanzehogeschool Groningen", "partner"],
    ]);
    expect(pact?.themes.map((t) => t.label)).toEqual(["Leren in de praktijk"]);
    expect(pact?.currentPhase).toBe(3);
    expect(pact?.chain.nodes).toHaveLength(4);
    expect(pact?.chain.links).toHaveLength(2);
    expect(pact?.chain.completeness.effectsWithoutResult).toHaveLength(1);
    expect(pact?.chain.completeness.complete).toBe(false);
    expect(pact?.chain.indicators[0]?.measurements.map((m) => m.measuredOn)).toEqual(["2016-12-31", "2017-12-31"]);
  });

  it("finds nothing for the public when the pact is a draft, but finds it for editors", async () => {
    expect(await getPact(handle.db, { id: ids.draft! }, PUBLIC)).toBeUndefined();
    expect((await getPact(handle.db, { id: ids.draft! }, EVERYTHING))?.name).toBe("Zorgpact Concept");
  });
});
