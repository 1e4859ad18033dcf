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
  // A report still in triage, with a submitter who must never appear in the open data.
  await handle.db
    .insertInto("barriers")
    .values({
      question: "Vraag nog in behandeling",
      submitterName: "Open Geheim",
      submitterEmail: "open.geheim@voorbeeld.nl",
      organisation: "Geheime Organisatie",
      receivedOn: "2017-12-01",
      channel: "form",
    })
    .execute();
  app = await buildApp({ db: handle.db });
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

const get = (url: string) => app.inject({ method: "GET", url });

describe("open data: barriers", () => {
  it("holds answered and closed barriers only, without any submitter detail", async () => {
    const rows = (await get("/v1/downloads/barriers.json")).json<{ status: string; question: string }[]>();
    const treated = await handle.db.selectFrom("barriers").select("id").where("status", "in", ["answered", "closed"]).execute();
    expect(rows).toHaveLength(treated.length);
    expect(rows.every((r) => r.status === "answered" || r.status === "closed")).toBe(true);
    const csv = (await get("/v1/downloads/barriers.csv")).body;
    for (const text of [JSON.stringify(rows), csv]) {
      for (const secret of [
        "Vraag nog in behandeling",
        "Open Geheim",
        "open.geheim@voorbeeld.nl",
        "Geheime Organisatie",
        "demo-indiener@voorbeeld.nl",
        "Demo-indiener",
      ]) {
        expect(text).not.toContain(secret);
      }
    }
  });
});

describe("open data: regelingen", () => {
  it("lists every regeling with the RIF's budget in cents and the number of published pacts funded", async () => {
    const page = (await get("/v1/regulations?page=1&pageSize=100")).json<{
      items: { slug: string; budgetCents: number | null; fundedPactCount: number }[];
      total: number;
    }>();
    expect(page.total).toBe(page.items.length);
    expect(page.items.find((r) => r.slug === "regionaal-investeringsfonds-mbo")).toMatchObject({ budgetCents: 12_500_000_000, fundedPactCount: 3 });
  });
});
