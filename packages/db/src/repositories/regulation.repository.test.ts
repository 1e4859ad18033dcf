import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../database.ts";
import { insertNode, insertPact } from "../test/fixtures.ts";
import { createTestDatabase } from "../test/test-database.ts";
import {
  allRegulations,
  deleteApplicationRow,
  findApplication,
  findRegulationDetail,
  findRegulationRecord,
  insertApplication,
  insertRegulation,
  listRegulations,
  uniqueRegulationSlug,
  updateApplicationRow,
} from "./regulation.repository.ts";

let handle: DatabaseHandle;
const ids: Record<string, string> = {};
const page = { page: 1, pageSize: 20 };
const fields = {
  ministry: "OCW" as const,
  purpose: "Publiek-private samenwerking in het mbo.",
  startYear: 2014,
  endYear: 2018,
  budgetCents: 12_500_000_000,
  conditions: null,
  link: null,
  results: null,
  source: null,
};

beforeAll(async () => {
  handle = await createTestDatabase();
  const db = handle.db;
  ids.rif = await insertRegulation(db, { ...fields, name: "Regionaal investeringsfonds mbo", slug: "regionaal-investeringsfonds-mbo" });
  ids.stagefonds = await insertRegulation(db, {
    ...fields,
    ministry: "VWS",
    name: "Stagefonds",
    slug: "stagefonds",
    budgetCents: null,
    purpose: "Vergoeding voor stageplaatsen in de zorg.",
  });
  ids.noord = await insertPact(db, { name: "Zorgpact Noord", slug: "zorgpact-noord" });
  ids.limburg = await insertPact(db, { name: "Zorgtechniek Limburg", slug: "zorgtechniek-limburg", kind: "front_runner" });
  ids.draft = await insertPact(db, { name: "Zorgpact Concept", slug: "zorgpact-concept", publicationStatus: "draft" });
  const application = (pactId: string, status: "applied" | "honoured" | "rejected", appliedOn = "2016-03-01") =>
    insertApplication(db, { regulationId: ids.rif!, pactId, status, appliedOn, amountCents: 400_000_00 });
  ids.noordApplication = await application(ids.noord, "honoured", "2015-09-01");
  await application(ids.noord, "honoured", "2017-03-01");
  await application(ids.limburg, "applied");
  await application(ids.draft, "honoured");
  await insertNode(db, ids.limburg, { kind: "input", regulationId: ids.rif, amountCents: 100_00 });
  await insertNode(db, ids.draft, { kind: "input", regulationId: ids.rif, amountCents: 100_00 });
});
afterAll(() => handle.close());

describe("regelingen", () => {
  it("keep a budget beyond 2^31 cents as a number", async () => {
    expect((await findRegulationRecord(handle.db, ids.rif!))?.budgetCents).toBe(12_500_000_000);
  });

  it("count the published pacts each funded, once per pact, honoured applications only", async () => {
    const list = await listRegulations(handle.db, page);
    expect(list.items.map((r) => [r.name, r.fundedPactCount])).toEqual([
      ["Regionaal investeringsfonds mbo", 1],
      ["Stagefonds", 0],
    ]);
    expect((await listRegulations(handle.db, { ...page, ministry: "VWS" })).items.map((r) => r.name)).toEqual(["Stagefonds"]);
    expect((await listRegulations(handle.db, { ...page, search: "stageplaatsen" })).items.map((r) => r.name)).toEqual(["Stagefonds"]);
  });

  it("show on their public page the published pacts funded and the published chains naming them", async () => {
    const detail = await findRegulationDetail(handle.db, "regionaal-investeringsfonds-mbo");
    expect(detail?.fundedPacts.map((f) => [f.pact.name, f.appliedOn])).toEqual([
      ["Zorgpact Noord", "2015-09-01"],
      ["Zorgpact Noord", "2017-03-01"],
    ]);
    expect(detail?.chainUses.map((p) => p.name)).toEqual(["Zorgtechniek Limburg"]);
    expect(await findRegulationDetail(handle.db, "bestaat-niet")).toBeUndefined();
  });

  it("give the national team every application, draft pacts included", async () => {
    const record = await findRegulationRecord(handle.db, ids.rif!);
    expect(record?.applications.map((a) => a.pactName).sort()).toEqual(["Zorgpact Concept", "Zorgpact Noord", "Zorgpact Noord", "Zorgtechniek Limburg"]);
  });

  it("get a free slug", async () => {
    expect(await uniqueRegulationSlug(handle.db, "stagefonds")).toBe("stagefonds-2");
    expect(await uniqueRegulationSlug(handle.db, "sectorplanplus")).toBe("sectorplanplus");
  });

  it("are all in the open data, in name order", async () => {
    expect((await allRegulations(handle.db)).map((r) => r.slug)).toEqual(["regionaal-investeringsfonds-mbo", "stagefonds"]);
  });
});

describe("applications", () => {
  it("change and disappear against the version read", async () => {
    const before = (await findApplication(handle.db, ids.noordApplication!))!;
    expect(await updateApplicationRow(handle.db, before.id, before.version, { status: "rejected" }, new Date())).toBe(true);
    expect(await updateApplicationRow(handle.db, before.id, before.version, { status: "honoured" }, new Date())).toBe(false);
    expect(await deleteApplicationRow(handle.db, before.id, before.version)).toBe(false);
    expect(await deleteApplicationRow(handle.db, before.id, before.version + 1)).toBe(true);
    expect(await findApplication(handle.db, before.id)).toBeUndefined();
  });
});
