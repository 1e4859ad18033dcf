import type { DatabaseHandle } from "@zorgpact/db/database";
import { insertEvent } from "@zorgpact/db/repositories/event.repository";
import { calendarSummaries as summaries } from "@zorgpact/api/test/parse-calendar";
import { createTestDatabase } from "@zorgpact/db/test/test-database";
import { eventFieldsSchema } from "@zorgpact/domain/event";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "./app.ts";

let handle: DatabaseHandle;
let app: FastifyInstance;

beforeAll(async () => {
  handle = await createTestDatabase();
  const add = (kind: string, title: string, published = true) =>
    insertEvent(handle.db, eventFieldsSchema.parse({ kind, title, startsAt: "2016-12-08T09:30", endsAt: "2016-12-08T16:30", published }));
  await add("national_working_day", "Landelijke Werkdag Zorgpact");
  await add("thematic_meeting", "Themabijeenkomst");
  await add("thematic_meeting", "Concept", false);
  app = await buildApp({ db: handle.db });
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

describe("GET /agenda.ics", () => {
  it("serves the published agenda as a cacheable iCalendar file", async () => {
    const response = await app.inject({ method: "GET", url: "/agenda.ics", headers: { host: "zorgpact.example" } });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(response.headers["cache-control"]).toBe("public, max-age=300");
    expect(response.headers.etag).toBeTruthy();
    expect(summaries(response.body)).toEqual(["Landelijke Werkdag Zorgpact", "Themabijeenkomst"]);
    // Long lines are folded (RFC 5545 §3.1): unfold before looking.
    expect(response.body.replaceAll("\r\n ", "")).toContain("URL;VALUE=URI:http://zorgpact.example/agenda/");
  });

  it("filters with the agenda page's own parameters", async () => {
    const response = await app.inject({ method: "GET", url: "/agenda.ics?soort=national_working_day" });
    expect(summaries(response.body)).toEqual(["Landelijke Werkdag Zorgpact"]);
  });

  it("answers a filter that makes no sense with 400 and a Dutch reason", async () => {
    const response = await app.inject({ method: "GET", url: "/agenda.ics?soort=feest&regio=noord" });
    expect(response.statusCode).toBe(400);
    expect(response.body).toMatch(/soort, regio/);
    const twice = await app.inject({ method: "GET", url: "/agenda.ics?thema=a&thema=b" });
    expect(twice.statusCode).toBe(400);
  });

  it("answers an unchanged feed with 304", async () => {
    const first = await app.inject({ method: "GET", url: "/agenda.ics" });
    const again = await app.inject({ method: "GET", url: "/agenda.ics", headers: { "if-none-match": String(first.headers.etag) } });
    expect(again.statusCode).toBe(304);
  });

  it("keeps a forged Host header out of the feed's links", async () => {
    const response = await app.inject({ method: "GET", url: "/agenda.ics", headers: { host: "evil.example/<script>" } });
    expect(response.body).not.toContain("evil.example");
  });
});
