/** The public list's region and province filters and search by partner organisation: published pacts only. */
import type { DatabaseHandle } from "@zorgpact/db/database";
import { insertOrganisation, insertPact } from "@zorgpact/db/test/fixtures";
import { createTestDatabase } from "@zorgpact/db/test/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publicCaller } from "../test/caller.ts";

let handle: DatabaseHandle;
const ids = {} as Record<"noord" | "zuid" | "zeeland", string>;

beforeAll(async () => {
  handle = await createTestDatabase();
  const db = handle.db;
  const region = async (name: string, provinces: ("Groningen" | "Drenthe" | "Limburg" | "Zeeland")[]) =>
    (await db.insertInto("regions").values({ name, provinces, latitude: 52, longitude: 5 }).returning("id").executeTakeFirstOrThrow()).id;
  ids.noord = await region("Noord", ["Groningen", "Drenthe"]);
  ids.zuid = await region("Zuid", ["Limburg"]);
  ids.zeeland = await region("Zeeland", ["Zeeland"]);
  const noordPact = await insertPact(db, { name: "Zorgpact Noord", slug: "zorgpact-noord", regionId: ids.noord });
  const zuidPact = await insertPact(db, { name: "Zorgpact Zuid", slug: "zorgpact-zuid", regionId: ids.zuid, description: "Stages in het zuiden." });
  const draft = await insertPact(db, { name: "Concept Drenthe", slug: "concept-drenthe", regionId: ids.noord, publicationStatus: "draft" });
  const archived = await insertPact(db, { name: "Oud Drenthe", slug: "oud-drenthe", regionId: ids.noord, archivedAt: new Date().toISOString() });

  const hanze = await insertOrganisation(db, { name: "Hanzehogeschool Groningen", sector: "education", place: "Groningen" });
  const secret = await insertOrganisation(db, { name: "Geheime Stichting", sector: "care_welfare" });
  const lonely = await insertOrganisation(db, { name: "Hanze Zonder Pact", sector: "education" });
  await db
    .insertInto("pactParticipants")
    .values([
      { pactId: noordPact, organisationId: hanze, role: "lead" },
      { pactId: zuidPact, organisationId: hanze, role: "partner" },
      { pactId: draft, organisationId: secret, role: "partner" },
      { pactId: archived, organisationId: secret, role: "partner" },
    ])
    .execute();
  void lonely;
});
afterAll(() => handle.close());

describe("pact.list by region and province", () => {
  it("keeps the published pacts of one region", async () => {
    const list = await publicCaller(handle.db).pact.list({ regionId: ids.noord });
    expect(list.items.map((p) => p.name)).toEqual(["Zorgpact Noord"]);
    expect(list.total).toBe(1);
  });

  it("keeps the published pacts whose region covers the province, never a draft or archived one", async () => {
    const caller = publicCaller(handle.db);
    expect((await caller.pact.list({ province: "Drenthe" })).items.map((p) => p.name)).toEqual(["Zorgpact Noord"]);
    expect((await caller.pact.list({ province: "Limburg" })).items.map((p) => p.name)).toEqual(["Zorgpact Zuid"]);
    expect((await caller.pact.list({ province: "Utrecht" })).total).toBe(0);
  });

  it("refuses a province that is not one of the twelve", async () => {
    // @ts-expect-error: an unknown province is what a bad request looks like
    await expect(publicCaller(handle.db).pact.list({ province: "Vlaanderen" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("search by partner organisation", () => {
  it("finds the pacts an organisation takes part in, and the organisation with its pacts", async () => {
    const result = await publicCaller(handle.db).search.query({ q: "hanzehogeschool" });
    expect(result.pacts.items.map((p) => [p.name, p.matchedOn, p.partnerName])).toEqual([
      ["Zorgpact Noord", "partner", "Hanzehogeschool Groningen"],
      ["Zorgpact Zuid", "partner", "Hanzehogeschool Groningen"],
    ]);
    expect(result.organisations).toEqual([
      {
        id: expect.any(String),
        name: "Hanzehogeschool Groningen",
        place: "Groningen",
        pacts: [
          { slug: "zorgpact-noord", name: "Zorgpact Noord" },
          { slug: "zorgpact-zuid", name: "Zorgpact Zuid" },
        ],
      },
    ]);
  });

  it("ranks a name match before a partner match", async () => {
    const result = await publicCaller(handle.db).search.query({ q: "noord" });
    expect(result.pacts.items.map((p) => [p.name, p.matchedOn])).toEqual([["Zorgpact Noord", "name"]]);
  });

  it("never shows an organisation only in drafts, archived pacts or none, nor those pacts", async () => {
    const caller = publicCaller(handle.db);
    const secret = await caller.search.query({ q: "geheime" });
    expect(secret.pacts.total).toBe(0);
    expect(secret.organisations).toEqual([]);
    const lonely = await caller.search.query({ q: "zonder pact" });
    expect(lonely.organisations).toEqual([]);
  });
});
