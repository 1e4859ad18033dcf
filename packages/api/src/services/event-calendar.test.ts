import type { DatabaseHandle } from "@zorgpact/db/database";
import { insertEvent } from "@zorgpact/db/repositories/event.repository";
import { insertPact, insertTerm } from "@zorgpact/db/test/fixtures";
import { createTestDatabase } from "@zorgpact/db/test/test-database";
import { eventFieldsSchema, type EventFieldsInput } from "@zorgpact/domain/event";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventCalendarFeed, eventUid } from "./event-calendar.ts";

let handle: DatabaseHandle;
const ids: Record<string, string> = {};
const SITE = "https://zorgpact.example";

const add = (fields: Partial<EventFieldsInput>) =>
  insertEvent(
    handle.db,
    eventFieldsSchema.parse({
      kind: "thematic_meeting",
      title: "Bijeenkomst",
      startsAt: "2017-03-01T13:00",
      endsAt: "2017-03-01T17:00",
      published: true,
      ...fields,
    }),
  );

/** The feed parsed back by ical.js: a validating parser independent of the generator. */
async function parsedFeed(filter: object = {}) {
  const text = await eventCalendarFeed(handle.db, filter, { siteUrl: SITE });
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
  return { text, calendar, events, byTitle: new Map(events.map((e) => [e.summary, e])) };
}

beforeAll(async () => {
  handle = await createTestDatabase();
  ids.region = (
    await handle.db
      .insertInto("regions")
      .values({ name: "Twente", provinces: ["Overijssel"], latitude: 52.3, longitude: 6.8 })
      .returning("id")
      .executeTakeFirstOrThrow()
  ).id;
  ids.pact = await insertPact(handle.db, { name: "Zorgpact Twente", regionId: ids.region });
  ids.theme = await insertTerm(handle.db, "theme", "Zorg en technologie");
  ids.werkdag = await add({
    kind: "national_working_day",
    title: "Landelijke Werkdag Zorgpact",
    description: "Resultaten delen; vooruitblikken, met 500 deelnemers.\nTweede regel.",
    startsAt: "2016-12-08T09:30",
    endsAt: "2016-12-08T16:30",
    location: "Utrecht, Jaarbeurs",
    sourceNote: "Bron: Kamerbrief (2016).",
  });
  ids.twente = await add({
    kind: "regional_meeting",
    title: "Regiobijeenkomst Twente",
    pactIds: [ids.pact],
    themeIds: [ids.theme],
    startsAt: "2017-03-26T03:00",
    endsAt: "2017-03-26T05:00",
  });
  ids.summer = await add({ title: "Zomerbijeenkomst", startsAt: "2017-07-04T13:00", endsAt: "2017-07-04T17:00", onlineUrl: "https://meet.example/zorgpact" });
  ids.draft = await add({ title: "Concept", published: false });
});
afterAll(() => handle.close());

describe("the agenda's iCalendar feed", () => {
  it("parses back as a calendar with every published event and no drafts", async () => {
    const { calendar, events } = await parsedFeed();
    expect(calendar.name).toBe("vcalendar");
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("prodid")).toMatch(/Zorgpact/);
    expect(events.map((e) => e.summary).sort()).toEqual(["Landelijke Werkdag Zorgpact", "Regiobijeenkomst Twente", "Zomerbijeenkomst"]);
  });

  it("gives the right instants in winter, in summer and just after the spring clock change", async () => {
    const { byTitle } = await parsedFeed();
    expect(byTitle.get("Landelijke Werkdag Zorgpact")!.startDate.toJSDate().toISOString()).toBe("2016-12-08T08:30:00.000Z");
    expect(byTitle.get("Landelijke Werkdag Zorgpact")!.endDate.toJSDate().toISOString()).toBe("2016-12-08T15:30:00.000Z");
    expect(byTitle.get("Zomerbijeenkomst")!.startDate.toJSDate().toISOString()).toBe("2017-07-04T11:00:00.000Z");
    // 26 March 2017, 03:00 summer time = 01:00 UTC; the meeting lasts two hours.
    const twente = byTitle.get("Regiobijeenkomst Twente")!;
    expect(twente.startDate.toJSDate().toISOString()).toBe("2017-03-26T01:00:00.000Z");
    expect(twente.duration.toSeconds()).toBe(2 * 3600);
  });

  it("writes times in UTC, so no time zone definition is needed", async () => {
    const { text } = await parsedFeed();
    expect(text).toContain("DTSTART:20161208T083000Z");
    expect(text).not.toContain("TZID");
  });

  it("keeps each event's UID stable, and gives text, place and link back intact", async () => {
    const first = await parsedFeed();
    const second = await parsedFeed({ kind: "national_working_day" });
    const werkdag = first.byTitle.get("Landelijke Werkdag Zorgpact")!;
    expect(werkdag.uid).toBe(eventUid(ids.werkdag!));
    expect(second.events[0]!.uid).toBe(werkdag.uid);
    expect(werkdag.description).toContain("Resultaten delen; vooruitblikken, met 500 deelnemers.\nTweede regel.");
    expect(werkdag.location).toBe("Utrecht, Jaarbeurs");
    expect(werkdag.component.getFirstPropertyValue("url")).toBe(`${SITE}/agenda/${ids.werkdag}`);
    expect(first.byTitle.get("Zomerbijeenkomst")!.location).toBe("https://meet.example/zorgpact");
  });

  it("follows the agenda's filters and names the calendar after them", async () => {
    const byKind = await parsedFeed({ kind: "national_working_day" });
    expect(byKind.events.map((e) => e.summary)).toEqual(["Landelijke Werkdag Zorgpact"]);
    expect(byKind.calendar.getFirstPropertyValue("x-wr-calname")).toBe("Zorgpact-agenda: Landelijke Werkdag");
    const byRegion = await parsedFeed({ regionId: ids.region });
    expect(byRegion.events.map((e) => e.summary)).toEqual(["Regiobijeenkomst Twente"]);
    const byTheme = await parsedFeed({ themeId: ids.theme, kind: "regional_meeting" });
    expect(byTheme.events.map((e) => e.summary)).toEqual(["Regiobijeenkomst Twente"]);
    expect(byTheme.calendar.getFirstPropertyValue("x-wr-calname")).toBe("Zorgpact-agenda: Regionale bijeenkomst · Zorg en technologie");
  });

  it("is an empty but valid calendar when nothing matches", async () => {
    const { events, calendar } = await parsedFeed({ regionId: "00000000-0000-4000-8000-000000000000" });
    expect(events).toEqual([]);
    expect(calendar.name).toBe("vcalendar");
  });
});
