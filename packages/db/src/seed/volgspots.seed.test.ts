import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../database.ts";
import { countHeld, regionalPacts } from "../repositories/volgspot.repository.ts";
import { createTestDatabase } from "../test/test-database.ts";
import { seedDemo } from "./demo.ts";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemo(handle.db);
});
afterAll(() => handle.close());

describe("demo Volgspots", () => {
  it("reproduce seed 002: by the end of 2017, 15 of the 16 published regional pacts held a Volgspot", async () => {
    const published = await regionalPacts(handle.db, true);
    expect(published).toHaveLength(16);
    const held = await countHeld(
      handle.db,
      published.map((p) => p.id),
      2017,
    );
    expect(held).toBe(15);
  });

  it("have agreements with partners as owners, in every status, and label invented text as demodata", async () => {
    const db = handle.db;
    const agreements = await db
      .selectFrom("volgspotAgreements")
      .leftJoin("pactParticipants", (join) =>
        join
          .onRef("pactParticipants.pactId", "=", "volgspotAgreements.pactId")
          .onRef("pactParticipants.organisationId", "=", "volgspotAgreements.ownerOrganisationId"),
      )
      .select(["volgspotAgreements.text", "volgspotAgreements.status", "pactParticipants.role"])
      .execute();
    expect(agreements.length).toBeGreaterThan(30);
    expect(agreements.every((a) => a.role !== null)).toBe(true);
    expect(new Set(agreements.map((a) => a.status))).toEqual(new Set(["open", "done", "dropped"]));
    expect(agreements.every((a) => a.text.includes("demodata"))).toBe(true);

    const volgspots = await db.selectFrom("volgspots").select(["report", "status"]).execute();
    expect(volgspots.every((v) => v.report.startsWith("Demodata"))).toBe(true);
    expect(new Set(volgspots.map((v) => v.status))).toEqual(new Set(["draft", "submitted", "returned", "accepted", "superseded"]));
  });
});
