import { supportHandlingIssues } from "@zorgpact/domain/support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../database.ts";
import { findPublicEvent } from "../repositories/event.repository.ts";
import { PUBLIC } from "../repositories/visibility.ts";
import { createTestDatabase } from "../test/test-database.ts";
import { seedDemo } from "./demo.ts";
import { demoEvents } from "./events.seed.ts";
import { demoSupportTrajectories } from "./support.seed.ts";

let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemo(handle.db);
});
afterAll(() => handle.close());

describe("demo seed: events", () => {
  it("has the Landelijke Werkdag of 8 December 2016 with 500 participants, with its source", async () => {
    const row = await handle.db.selectFrom("events").select("id").where("kind", "=", "national_working_day").executeTakeFirstOrThrow();
    const event = await findPublicEvent(handle.db, row.id, PUBLIC);
    expect(event).toMatchObject({ startsAt: "2016-12-08T09:30", startsAtUtc: "2016-12-08T08:30:00.000Z", expectedParticipants: 500 });
    expect(event?.sourceNote).toMatch(/Kamer.*8 december.*500 deelnemers/);
    expect(event?.pacts.map((p) => p.slug)).toEqual(["landelijk-zorgpact"]);
  });

  it("names a source or says demodata for every event", () => {
    for (const event of demoEvents) expect(event.sourceNote, event.title).toMatch(/Bron:|Demodata/);
  });

  it("has upcoming and past events, and one draft", async () => {
    const now = new Date("2026-12-01T00:00:00Z").toISOString();
    const rows = await handle.db.selectFrom("events").select(["endsAt", "published"]).execute();
    expect(rows.filter((r) => r.published && r.endsAt >= now).length).toBeGreaterThanOrEqual(2);
    expect(rows.filter((r) => r.published && r.endsAt < now).length).toBeGreaterThanOrEqual(5);
    expect(rows.filter((r) => !r.published)).toHaveLength(1);
  });
});

describe("demo seed: support trajectories", () => {
  it("holds to the handling rules and labels itself demodata", async () => {
    for (const t of demoSupportTrajectories) {
      const handling = {
        status: t.status,
        advisorName: t.advisorName ?? null,
        startedOn: t.startedOn ?? null,
        endedOn: t.endedOn ?? null,
        outcome: t.outcome ?? null,
      };
      // From the status before it, as the national team would have entered it.
      const from = t.status === "completed" ? "in_progress" : "requested";
      expect(supportHandlingIssues({ status: from, requestedOn: t.requestedOn }, handling, "2017-12-31"), t.question).toEqual([]);
      expect(t.question).toMatch(/\(demodata\)$/);
    }
    const stored = await handle.db.selectFrom("supportTrajectories").select("status").execute();
    expect(stored).toHaveLength(demoSupportTrajectories.length);
    expect(new Set(stored.map((s) => s.status))).toEqual(new Set(["requested", "in_progress", "completed", "declined"]));
  });
});
