import { describe, expect, it } from "vitest";
import { z } from "zod";
import { eventFieldsSchema, eventListInputSchema, isPast } from "./event.ts";

const base = {
  kind: "national_working_day",
  title: "Landelijke Werkdag Zorgpact",
  startsAt: "2016-12-08T09:30",
  endsAt: "2016-12-08T16:30",
};
const errorsOf = (input: unknown) => {
  const result = eventFieldsSchema.safeParse(input);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
};

describe("event fields", () => {
  it("accepts a meeting and fills the optional fields", () => {
    const parsed = eventFieldsSchema.parse({ ...base, location: "  ", pactIds: [] });
    expect(parsed).toMatchObject({ location: null, onlineUrl: null, description: "", organiser: "", published: false, themeIds: [] });
  });

  it("refuses an end before the start, also across the autumn clock change", () => {
    expect(errorsOf({ ...base, endsAt: "2016-12-08T09:00" })).toHaveProperty("endsAt");
    // 29 October 2017 02:30 is taken in summer time (00:30Z); 02:10 the same night is too (00:10Z): before.
    expect(errorsOf({ ...base, startsAt: "2017-10-29T02:30", endsAt: "2017-10-29T02:10" })).toHaveProperty("endsAt");
    // 03:00 winter time (02:00Z) comes after 02:30 summer time (00:30Z).
    expect(errorsOf({ ...base, startsAt: "2017-10-29T02:30", endsAt: "2017-10-29T03:00" })).toEqual({});
  });

  it("allows an event that ends when it starts", () => {
    expect(errorsOf({ ...base, endsAt: base.startsAt })).toEqual({});
  });

  it("refuses a start in the skipped spring hour with a Dutch reason", () => {
    expect(errorsOf({ ...base, startsAt: "2017-03-26T02:15", endsAt: "2017-03-26T05:00" }).startsAt?.[0]).toMatch(/zomertijd/);
  });

  it("refuses links that are not web addresses", () => {
    expect(errorsOf({ ...base, registrationUrl: "javascript:alert(1)" })).toHaveProperty("registrationUrl");
    expect(errorsOf({ ...base, onlineUrl: "www.zorgpact.nl" })).toHaveProperty("onlineUrl");
    expect(errorsOf({ ...base, onlineUrl: "https://zorgpact.nl/werkdag" })).toEqual({});
  });

  it("refuses NUL and lone surrogates in text", () => {
    expect(errorsOf({ ...base, title: "Werk\u0000dag" })).toHaveProperty("title");
    expect(errorsOf({ ...base, description: "half \uD800 teken" })).toHaveProperty("description");
  });

  it("keeps participant numbers within range", () => {
    expect(errorsOf({ ...base, expectedParticipants: -1 })).toHaveProperty("expectedParticipants");
    expect(errorsOf({ ...base, actualParticipants: 2.5 })).toHaveProperty("actualParticipants");
    expect(errorsOf({ ...base, expectedParticipants: 500 })).toEqual({});
  });

  it("drops duplicate linked pacts", () => {
    const id = "00000000-0000-4000-8000-000000000001";
    expect(eventFieldsSchema.parse({ ...base, pactIds: [id, id] }).pactIds).toEqual([id]);
  });
});

describe("event periods", () => {
  it("lists upcoming events by default", () => {
    expect(eventListInputSchema.parse({}).period).toBe("upcoming");
  });

  it("counts an event as upcoming until it has ended", () => {
    const event = { endsAtUtc: "2016-12-08T15:30:00.000Z" };
    expect(isPast(event, new Date("2016-12-08T15:29:00Z"))).toBe(false);
    expect(isPast(event, new Date("2016-12-08T15:31:00Z"))).toBe(true);
  });
});
