import { TRPCError } from "@trpc/server";
import type { DatabaseHandle } from "@zorgpact/db/database";
import { insertPact, insertTerm } from "@zorgpact/db/test/fixtures";
import { createTestDatabase } from "@zorgpact/db/test/test-database";
import type { EventFieldsInput } from "@zorgpact/domain/event";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { callerFor, signedInCaller } from "../test/caller.ts";

let handle: DatabaseHandle;
let team: Awaited<ReturnType<typeof signedInCaller>>;
const ids: Record<string, string> = {};
/** The public on 1 June 2017. */
const visitor = () => callerFor(handle.db, { now: () => new Date("2017-06-01T10:00:00Z") });

const werkdag: EventFieldsInput = {
  kind: "national_working_day",
  title: "Landelijke Werkdag Zorgpact",
  startsAt: "2016-12-08T09:30",
  endsAt: "2016-12-08T16:30",
  expectedParticipants: 500,
  published: true,
};

beforeAll(async () => {
  handle = await createTestDatabase();
  team = await signedInCaller(handle.db, "national_admin");
  ids.region = (
    await handle.db
      .insertInto("regions")
      .values({ name: "Noord", provinces: ["Groningen"], latitude: 53, longitude: 6.5 })
      .returning("id")
      .executeTakeFirstOrThrow()
  ).id;
  ids.pact = await insertPact(handle.db, { name: "Zorgpact Noord", regionId: ids.region });
  ids.archivedPact = await insertPact(handle.db, { name: "Oud pact", archivedAt: new Date().toISOString() });
  ids.theme = await insertTerm(handle.db, "theme", "Sociaal werk en preventie");
  ids.retiredTheme = await insertTerm(handle.db, "theme", "Oud thema");
  await handle.db.updateTable("taxonomyTerms").set({ retiredAt: new Date().toISOString() }).where("id", "=", ids.retiredTheme).execute();
  ids.resultArea = await insertTerm(handle.db, "result_area", "Toename stageplaatsen");
});
afterAll(() => handle.close());

async function caught(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  return error;
}
const fieldOf = (error: TRPCError) => (error.cause instanceof ZodError ? error.cause.issues[0]?.path[0] : undefined);

describe("event.create", () => {
  it("stores a meeting in Amsterdam time and gives the same wall-clock time back, with the instant", async () => {
    const event = await team.caller.event.create({ ...werkdag, pactIds: [ids.pact!], themeIds: [ids.theme!] });
    expect(event).toMatchObject({
      startsAt: "2016-12-08T09:30",
      endsAt: "2016-12-08T16:30",
      startsAtUtc: "2016-12-08T08:30:00.000Z",
      timeZone: "Europe/Amsterdam",
      regions: [{ id: ids.region, name: "Noord" }],
      themes: [{ id: ids.theme, name: "Sociaal werk en preventie" }],
      version: 1,
    });
    const audit = await handle.db.selectFrom("auditLog").selectAll().where("action", "=", "event.create").orderBy("id", "desc").executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ result: "ok", objectId: event.id, objectType: "event" });
    ids.werkdag = event.id;
  });

  it("refuses an end before the start and a time that does not exist, naming the field", async () => {
    expect(fieldOf(await caught(team.caller.event.create({ ...werkdag, endsAt: "2016-12-08T08:00" })))).toBe("endsAt");
    const gap = await caught(team.caller.event.create({ ...werkdag, startsAt: "2017-03-26T02:30", endsAt: "2017-03-26T04:00" }));
    expect(gap.code).toBe("BAD_REQUEST");
    expect(fieldOf(gap)).toBe("startsAt");
  });

  it("refuses links to archived pacts, retired themes and terms that are not themes", async () => {
    expect(fieldOf(await caught(team.caller.event.create({ ...werkdag, pactIds: [ids.archivedPact!] })))).toBe("pactIds");
    expect(fieldOf(await caught(team.caller.event.create({ ...werkdag, themeIds: [ids.retiredTheme!] })))).toBe("themeIds");
    expect(fieldOf(await caught(team.caller.event.create({ ...werkdag, themeIds: [ids.resultArea!] })))).toBe("themeIds");
  });
});

describe("event.list and event.get", () => {
  it("shows the public a past event under past, not under upcoming", async () => {
    const past = await visitor().event.list({ period: "past" });
    expect(past.items.map((e) => e.title)).toContain("Landelijke Werkdag Zorgpact");
    const upcoming = await visitor().event.list({ period: "upcoming" });
    expect(upcoming.items.map((e) => e.title)).not.toContain("Landelijke Werkdag Zorgpact");
  });

  it("filters by kind, region and theme", async () => {
    await team.caller.event.create({
      kind: "thematic_meeting",
      title: "Themabijeenkomst technologie",
      startsAt: "2017-02-01T13:00",
      endsAt: "2017-02-01T17:00",
      published: true,
    });
    const titles = async (input: object) => (await visitor().event.list({ period: "past", ...input })).items.map((e) => e.title);
    expect(await titles({ kind: "thematic_meeting" })).toEqual(["Themabijeenkomst technologie"]);
    expect(await titles({ regionId: ids.region })).toEqual(["Landelijke Werkdag Zorgpact"]);
    expect(await titles({ themeId: ids.theme })).toEqual(["Landelijke Werkdag Zorgpact"]);
  });

  it("never shows the public a draft, which the national team does see", async () => {
    const draft = await team.caller.event.create({ ...werkdag, title: "Conceptbijeenkomst", published: false });
    expect((await visitor().event.list({ period: "past" })).items.map((e) => e.title)).not.toContain("Conceptbijeenkomst");
    expect((await caught(visitor().event.get({ id: draft.id }))).code).toBe("NOT_FOUND");
    expect((await team.caller.event.listAll({})).items.map((e) => e.title)).toContain("Conceptbijeenkomst");
    expect(await team.caller.event.getForEdit({ id: draft.id })).toMatchObject({ published: false });
  });

  it("gives the public a published event by id", async () => {
    expect(await visitor().event.get({ id: ids.werkdag! })).toMatchObject({ title: "Landelijke Werkdag Zorgpact", expectedParticipants: 500 });
  });
});

describe("event.update and event.delete", () => {
  it("updates with the version read and refuses a stale one", async () => {
    const created = await team.caller.event.create({ ...werkdag, title: "Te wijzigen" });
    const updated = await team.caller.event.update({ ...werkdag, id: created.id, version: 1, title: "Gewijzigd", actualParticipants: 480 });
    expect(updated).toMatchObject({ title: "Gewijzigd", actualParticipants: 480, version: 2 });
    expect((await caught(team.caller.event.update({ ...werkdag, id: created.id, version: 1, title: "Te laat" }))).code).toBe("CONFLICT");
    const audit = await handle.db
      .selectFrom("auditLog")
      .selectAll()
      .where("action", "=", "event.update")
      .where("objectId", "=", created.id)
      .executeTakeFirstOrThrow();
    expect(audit.changes).toEqual({ before: { title: "Te wijzigen", actualParticipants: null }, after: { title: "Gewijzigd", actualParticipants: 480 } });
  });

  it("deletes with the version read only; a deleted event is gone", async () => {
    const created = await team.caller.event.create({ ...werkdag, title: "Weg ermee" });
    expect((await caught(team.caller.event.delete({ id: created.id, version: 7 }))).code).toBe("CONFLICT");
    await team.caller.event.delete({ id: created.id, version: 1 });
    expect((await caught(team.caller.event.getForEdit({ id: created.id }))).code).toBe("NOT_FOUND");
    expect((await caught(team.caller.event.delete({ id: created.id, version: 1 }))).code).toBe("NOT_FOUND");
  });
});
