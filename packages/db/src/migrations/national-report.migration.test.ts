import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../database.ts";
import { insertIndicator, insertNode, insertPact, insertTerm } from "../test/fixtures.ts";
import { createTestDatabase } from "../test/test-database.ts";
import { down, up } from "./2026_12_01_0012_national_report.ts";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle.close());

describe("migration 0012 on a database seeded before it", () => {
  it("marks an existing demo database and its follow-up answers, and relabels the terms as seed 002 names them", async () => {
    const db = handle.db;
    await down(db);
    const group = await insertTerm(db, "target_group", "Zorggebruikers");
    const term = await insertTerm(db, "effect_category", "Meer zelfstandigheid door toepassing technologie", group);
    const frontRunner = await insertPact(db, { kind: "front_runner", admissionStatus: "admitted", adoption: "parts", challenges: ["funding"] });
    await insertPact(db, { kind: "front_runner", admissionStatus: "admitted" });
    const indicator = await insertIndicator(db, await insertNode(db, frontRunner, { kind: "result" }));
    await db.insertInto("measurements").values({ indicatorId: indicator, measuredOn: "2017-12-31", value: 3, source: "Demodata – jaarverslag" }).execute();

    await up(db);

    expect(await db.selectFrom("demoEnvironment").select("id").execute()).toHaveLength(1);
    expect(await db.selectFrom("demoFollowUp").selectAll().execute()).toEqual([
      { pactId: frontRunner, adoption: "parts", challenges: ["funding"], consolidationAgreements: [] },
    ]);
    const relabelled = await db.selectFrom("taxonomyTerms").select(["label", "version"]).where("id", "=", term).executeTakeFirstOrThrow();
    expect(relabelled).toEqual({ label: "Meer zelfstandigheid door toepassing technologie in zorgverlening", version: 2 });
  });

  it("marks nothing in a database without demo data", async () => {
    const db = handle.db;
    await db.deleteFrom("measurements").execute();
    await down(db);
    await up(db);
    expect(await db.selectFrom("demoEnvironment").select("id").execute()).toEqual([]);
    expect(await db.selectFrom("demoFollowUp").select("pactId").execute()).toEqual([]);
  });
});
