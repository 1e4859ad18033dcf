import { eventFieldsSchema, eventListInputSchema, type EventFieldsInput } from "@zorgpact/domain/event";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../database.ts";
import { insertPact, insertTerm } from "../test/fixtures.ts";
import { createTestDatabase } from "../test/test-database.ts";
import { deleteEvent, findEventRecord, findPublicEvent, insertEvent, listFeedEvents, listPublicEvents, updateEvent } from "./event.repository.ts";
import { EVERYTHING, PUBLIC } from "./visibility.ts";

let handle: DatabaseHandle;
const ids: Record<string, string> = {};
const NOW = new Date("2017-06-01T10:00:00Z");
const fields = (input: Partial<EventFieldsInput>) =>
  eventFieldsSchema.parse({
    kind: "thematic_meeting",
    title: "Bijeenkomst",
    startsAt: "2017-03-01T13:00",
    endsAt: "2017-03-01T17:00",
    published: true,
    ...input,
  });
const titles = async (input: object) => (await listPublicEvents(handle.db, eventListInputSchema.parse(input), NOW, PUBLIC)).items.map((e) => e.title);

beforeAll(async () => {
  handle = await createTestDatabase();
  const db = handle.db;
  const region = async (name: string) =>
    (
      await db
        .insertInto("regions")
        .values({ name, provinces: ["Utrecht"], latitude: 52, longitude: 5 })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
  ids.noord = await region("Noord");
  ids.twente = await region("Twente");
  ids.theme = await insertTerm(db, "theme", "Zorg en technologie");
  ids.pactNoord = await insertPact(db, { name: "Zorgpact Noord", regionId: ids.noord });
  ids.draftTwente = await insertPact(db, { name: "Concept Twente", regionId: ids.twente, publicationStatus: "draft" });
  ids.werkdag = await insertEvent(
    db,
    fields({ kind: "national_working_day", title: "Landelijke Werkdag", startsAt: "2016-12-08T09:30", endsAt: "2016-12-08T16:30", expectedParticipants: 500 }),
  );
  ids.noordMeeting = await insertEvent(
    db,
    fields({ kind: "regional_meeting", title: "Regiobijeenkomst Noord", pactIds: [ids.pactNoord], themeIds: [ids.theme] }),
  );
  ids.twenteMeeting = await insertEvent(db, fields({ kind: "regional_meeting", title: "Regiobijeenkomst Twente", pactIds: [ids.draftTwente] }));
  ids.future = await insertEvent(db, fields({ title: "Themabijeenkomst zomer", startsAt: "2017-07-04T13:00", endsAt: "2017-07-04T17:00" }));
  ids.running = await insertEvent(db, fields({ title: "Loopt nu", startsAt: "2017-06-01T09:00", endsAt: "2017-06-01T17:00" }));
  ids.draft = await insertEvent(db, fields({ title: "Concept", published: false }));
});
afterAll(() => handle.close());

describe("event repository", () => {
  it("stores the instant and gives the Amsterdam wall-clock time back", async () => {
    const stored = await handle.db.selectFrom("events").select(["startsAt", "endsAt"]).where("id", "=", ids.werkdag!).executeTakeFirstOrThrow();
    expect(stored.startsAt).toBe("2016-12-08T08:30:00.000Z");
    const event = await findPublicEvent(handle.db, ids.werkdag!, PUBLIC);
    expect(event).toMatchObject({ startsAt: "2016-12-08T09:30", endsAt: "2016-12-08T16:30", timeZone: "Europe/Amsterdam", expectedParticipants: 500 });
  });

  it("keeps a summer meeting's local time (two hours ahead of UTC)", async () => {
    const event = await findPublicEvent(handle.db, ids.future!, PUBLIC);
    expect(event).toMatchObject({ startsAt: "2017-07-04T13:00", startsAtUtc: "2017-07-04T11:00:00.000Z" });
  });

  it("lists upcoming events soonest first, counting a running one as upcoming", async () => {
    expect(await titles({ period: "upcoming" })).toEqual(["Loopt nu", "Themabijeenkomst zomer"]);
  });

  it("lists past events latest first, without drafts", async () => {
    expect(await titles({ period: "past" })).toEqual(["Regiobijeenkomst Noord", "Regiobijeenkomst Twente", "Landelijke Werkdag"]);
  });

  it("filters by kind, theme and the region of linked published pacts", async () => {
    expect(await titles({ period: "past", kind: "national_working_day" })).toEqual(["Landelijke Werkdag"]);
    expect(await titles({ period: "past", themeId: ids.theme })).toEqual(["Regiobijeenkomst Noord"]);
    expect(await titles({ period: "past", regionId: ids.noord })).toEqual(["Regiobijeenkomst Noord"]);
    // Twente's only pact is a draft: the public does not find the meeting through it.
    expect(await titles({ period: "past", regionId: ids.twente })).toEqual([]);
  });

  it("shows the public only published pacts, and the national team all of them", async () => {
    expect((await findPublicEvent(handle.db, ids.twenteMeeting!, PUBLIC))?.pacts).toEqual([]);
    expect((await findEventRecord(handle.db, ids.twenteMeeting!, EVERYTHING))?.pacts.map((p) => p.name)).toEqual(["Concept Twente"]);
    const noord = await findPublicEvent(handle.db, ids.noordMeeting!, PUBLIC);
    expect(noord?.regions).toEqual([{ id: ids.noord, name: "Noord" }]);
    expect(noord?.themes.map((t) => t.name)).toEqual(["Zorg en technologie"]);
  });

  it("hides a draft from the public", async () => {
    expect(await findPublicEvent(handle.db, ids.draft!, PUBLIC)).toBeUndefined();
    expect(await findEventRecord(handle.db, ids.draft!, EVERYTHING)).toBeDefined();
  });

  it("gives the feed every published event of a filter", async () => {
    const feed = await listFeedEvents(handle.db, { kind: "regional_meeting" }, 100, PUBLIC);
    expect(feed.map((e) => e.title).sort()).toEqual(["Regiobijeenkomst Noord", "Regiobijeenkomst Twente"]);
  });

  it("updates with the version read and replaces the links; a stale version changes nothing", async () => {
    const id = await insertEvent(handle.db, fields({ title: "Te wijzigen", pactIds: [ids.pactNoord!] }));
    expect(await updateEvent(handle.db, id, 1, fields({ title: "Gewijzigd", themeIds: [ids.theme!] }), NOW)).toBe(true);
    expect(await updateEvent(handle.db, id, 1, fields({ title: "Te laat" }), NOW)).toBe(false);
    const record = await findEventRecord(handle.db, id, EVERYTHING);
    expect(record).toMatchObject({ title: "Gewijzigd", version: 2, pacts: [] });
    expect(record?.themes).toHaveLength(1);
    expect(await deleteEvent(handle.db, id, 1)).toBe(false);
    expect(await deleteEvent(handle.db, id, 2)).toBe(true);
  });
});
