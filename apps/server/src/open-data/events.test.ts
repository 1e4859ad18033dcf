import type { DatabaseHandle } from "@zorgpact/db/database";
import { seedDemo } from "@zorgpact/db/seed/demo";
import { createTestDatabase } from "@zorgpact/db/test/test-database";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../app.ts";

let handle: DatabaseHandle;
let app: FastifyInstance;

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemo(handle.db);
  app = await buildApp({ db: handle.db });
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

const get = (url: string) => app.inject({ method: "GET", url });

describe("open data: events", () => {
  it("holds the published agenda only, with UTC and Amsterdam times", async () => {
    const rows = (await get("/v1/downloads/events.json")).json<
      { title: string; startsAt: string; startsAtLocal: string; expectedParticipants: number | null }[]
    >();
    const published = await handle.db.selectFrom("events").select("id").where("published", "=", true).execute();
    expect(rows).toHaveLength(published.length);
    expect(rows.map((r) => r.title)).not.toContain("Volgspotbijeenkomst Zorgpact Limburg (concept)");
    expect(rows.find((r) => r.title === "Tweede Landelijke Werkdag Zorgpact")).toMatchObject({
      startsAt: "2016-12-08T08:30:00.000Z",
      startsAtLocal: "2016-12-08T09:30",
      expectedParticipants: 500,
    });
  });

  it("pages through /v1/events", async () => {
    const page = (await get("/v1/events?pageSize=2")).json<{ _embedded?: unknown; total?: number }>();
    expect(JSON.stringify(page)).toContain("Sociaal werk in het Zorgpact");
  });
});
