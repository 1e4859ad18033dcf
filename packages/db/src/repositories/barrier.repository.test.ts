import type { Insertable } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../database.ts";
import type { BarriersTable } from "../schema-barrier.ts";
import { insertPact } from "../test/fixtures.ts";
import { createTestDatabase } from "../test/test-database.ts";
import {
  allPublicBarriers,
  barrierStatRows,
  countPublicBarriers,
  findBarrierRecord,
  findPublicBarrier,
  insertBarrier,
  listBarriers,
  listPublicBarriers,
  probableNextBarrierNumber,
  updateBarrierRow,
} from "./barrier.repository.ts";

let handle: DatabaseHandle;
const ids: Record<string, string> = {};
const page = { page: 1, pageSize: 20 };

const submitted = (fields: Partial<Insertable<BarriersTable>> = {}): Insertable<BarriersTable> => ({
  question: "Mogen we experts uit de praktijk inzetten als docent?",
  organisation: "ROC Geheim",
  submitterName: "Geheime Indiener",
  submitterEmail: "geheim@voorbeeld.nl",
  context: "Persoonlijke toelichting",
  receivedOn: "2017-02-01",
  channel: "form",
  ...fields,
});
const answered = (fields: Partial<Insertable<BarriersTable>> = {}) =>
  submitted({ status: "answered", ministry: "OCW", outcome: "more_room_than_thought", answer: "Ja, als gastdocent.", answeredOn: "2017-03-01", ...fields });

beforeAll(async () => {
  handle = await createTestDatabase();
  const db = handle.db;
  ids.published = await insertPact(db, { name: "Zorgpact Noord", slug: "zorgpact-noord" });
  ids.draft = await insertPact(db, { name: "Zorgpact Concept", slug: "zorgpact-concept", publicationStatus: "draft" });
  ids.fresh = (await insertBarrier(db, submitted({ question: "Nieuwe vraag over onderwijstijd in de praktijk" }))).id;
  ids.ocw = (await insertBarrier(db, answered({ pactId: ids.published, topic: "Bevoegdheid" }))).id;
  ids.vws = (
    await insertBarrier(
      db,
      answered({
        ministry: "VWS",
        outcome: "rule_changed",
        status: "closed",
        question: "Stagefonds voor wijkleerbedrijven?",
        answeredOn: "2016-10-01",
        pactId: ids.draft,
      }),
    )
  ).id;
  ids.szw = (
    await insertBarrier(db, answered({ ministry: "SZW", outcome: "not_regulation", question: "Hoe zit het met de cao?", answer: "Dit is een cao-afspraak." }))
  ).id;
});
afterAll(() => handle.close());

describe("the barrier register", () => {
  it("numbers barriers in order and foresees the next number without taking it", async () => {
    const numbers = await Promise.all([ids.fresh, ids.ocw, ids.vws, ids.szw].map(async (id) => (await findBarrierRecord(handle.db, id!))!.number));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    const next = await probableNextBarrierNumber(handle.db);
    expect(next).toBe(Math.max(...numbers) + 1);
    expect(await probableNextBarrierNumber(handle.db)).toBe(next);
  });

  it("refuses a treated barrier without answer or outcome (database check)", async () => {
    await expect(insertBarrier(handle.db, submitted({ status: "answered", ministry: "OCW", answeredOn: "2017-01-01" }))).rejects.toThrow();
  });

  it("lists every barrier for the national team, filtered by status and searched in submitter and reference", async () => {
    const fresh = await findBarrierRecord(handle.db, ids.fresh!);
    expect((await listBarriers(handle.db, { ...page, status: "new" })).items.map((b) => b.id)).toEqual([ids.fresh]);
    expect((await listBarriers(handle.db, { ...page, search: "geheime indiener" })).total).toBe(4);
    expect((await listBarriers(handle.db, { ...page, search: fresh!.reference })).items.map((b) => b.id)).toEqual([ids.fresh]);
    expect((await listBarriers(handle.db, { ...page, ministry: "VWS" })).items[0]).toMatchObject({ pactName: "Zorgpact Concept", status: "closed" });
  });

  it("saves against the version read, and refuses a stale one", async () => {
    const before = (await findBarrierRecord(handle.db, ids.fresh!))!;
    expect(await updateBarrierRow(handle.db, ids.fresh!, before.version, { status: "in_progress", topic: "Onderwijstijd" }, new Date())).toBe(true);
    expect(await updateBarrierRow(handle.db, ids.fresh!, before.version, { status: "new" }, new Date())).toBe(false);
    expect(await findBarrierRecord(handle.db, ids.fresh!)).toMatchObject({ status: "in_progress", topic: "Onderwijstijd", version: before.version + 1 });
  });
});

describe("what the public sees of the register", () => {
  it("shows treated barriers only, without any submitter detail", async () => {
    const list = await listPublicBarriers(handle.db, page);
    expect(list.items.map((b) => b.id).sort()).toEqual([ids.ocw, ids.vws, ids.szw].sort());
    const text = JSON.stringify(list);
    for (const secret of ["Geheime Indiener", "geheim@voorbeeld.nl", "ROC Geheim", "Persoonlijke toelichting"]) expect(text).not.toContain(secret);
  });

  it("names the pact only when it is published", async () => {
    const list = await listPublicBarriers(handle.db, page);
    expect(list.items.find((b) => b.id === ids.ocw)?.pact).toMatchObject({ slug: "zorgpact-noord", name: "Zorgpact Noord" });
    expect(list.items.find((b) => b.id === ids.vws)?.pact).toBeNull();
  });

  it("filters on ministry, outcome, year of answering and text", async () => {
    expect((await listPublicBarriers(handle.db, { ...page, ministry: "SZW" })).items.map((b) => b.id)).toEqual([ids.szw]);
    expect((await listPublicBarriers(handle.db, { ...page, outcome: "rule_changed" })).items.map((b) => b.id)).toEqual([ids.vws]);
    expect((await listPublicBarriers(handle.db, { ...page, year: 2016 })).items.map((b) => b.id)).toEqual([ids.vws]);
    expect((await listPublicBarriers(handle.db, { ...page, search: "cao-afspraak" })).items.map((b) => b.id)).toEqual([ids.szw]);
    expect((await listPublicBarriers(handle.db, { ...page, search: "onderwijstijd" })).total).toBe(0);
  });

  it("opens a treated barrier by number and no other", async () => {
    const treated = (await findBarrierRecord(handle.db, ids.ocw!))!;
    const fresh = (await findBarrierRecord(handle.db, ids.fresh!))!;
    expect(await findPublicBarrier(handle.db, treated.number)).toMatchObject({ id: ids.ocw, reference: treated.reference });
    expect(await findPublicBarrier(handle.db, fresh.number)).toBeUndefined();
  });

  it("pages the public rows and counts them for the open data", async () => {
    expect(await countPublicBarriers(handle.db)).toBe(3);
    const all = await allPublicBarriers(handle.db);
    expect(await allPublicBarriers(handle.db, { limit: 2, offset: 1 })).toEqual(all.slice(1, 3));
  });

  it("reads the figures from treated barriers only", async () => {
    const rows = await barrierStatRows(handle.db);
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.status === "answered" || r.status === "closed")).toBe(true);
  });
});
