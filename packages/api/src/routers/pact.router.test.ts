import { TRPCError } from "@trpc/server";
import type { DatabaseHandle } from "@zorgpact/db/database";
import { insertIndicator, insertMeasurement, insertNode, insertPact, insertTerm } from "@zorgpact/db/test/fixtures";
import { createTestDatabase } from "@zorgpact/db/test/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publicCaller } from "../test/caller.ts";

let handle: DatabaseHandle;
let draftId: string;
let themeId: string;

beforeAll(async () => {
  handle = await createTestDatabase();
  themeId = await insertTerm(handle.db, "theme", "Permanent leren");
  const noord = await insertPact(handle.db, { name: "Zorgpact Noord", slug: "zorgpact-noord", currentPhase: 3 });
  await handle.db.insertInto("pactThemes").values({ pactId: noord, termId: themeId }).execute();
  await insertPact(handle.db, { name: "Zorgtechniek Limburg", kind: "front_runner" });
  draftId = await insertPact(handle.db, { name: "Concept", publicationStatus: "draft" });
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

describe("pact.list", () => {
  it("lists published pacts for the public with a total", async () => {
    const list = await publicCaller(handle.db).pact.list({});
    expect(list.items.map((p) => p.name)).toEqual(["Zorgpact Noord", "Zorgtechniek Limburg"]);
    expect(list).toMatchObject({ total: 2, page: 1, pageSize: 20 });
  });

  it("filters by theme and kind", async () => {
    const caller = publicCaller(handle.db);
    expect((await caller.pact.list({ themeId })).items.map((p) => p.name)).toEqual(["Zorgpact Noord"]);
    expect((await caller.pact.list({ kind: "front_runner" })).items.map((p) => p.name)).toEqual(["Zorgtechniek Limburg"]);
  });

  it("refuses a page size above 100 and an unknown kind as BAD_REQUEST", async () => {
    const caller = publicCaller(handle.db);
    expect((await caught(caller.pact.list({ pageSize: 1000 }))).code).toBe("BAD_REQUEST");
    // @ts-expect-error: an unknown kind is what a bad request looks like
    expect((await caught(caller.pact.list({ kind: "hospital" }))).code).toBe("BAD_REQUEST");
  });
});

describe("pact.get", () => {
  it("returns a published pact by slug with its phase and themes", async () => {
    const pact = await publicCaller(handle.db).pact.get({ slug: "zorgpact-noord" });
    expect(pact.currentPhase).toBe(3);
    expect(pact.themes.map((t) => t.label)).toEqual(["Permanent leren"]);
  });

  it("answers NOT_FOUND for an unknown id and for a draft, without telling them apart", async () => {
    const caller = publicCaller(handle.db);
    const unknown = await caught(caller.pact.get({ id: "00000000-0000-4000-8000-000000000000" }));
    const draft = await caught(caller.pact.get({ id: draftId }));
    expect(unknown.code).toBe("NOT_FOUND");
    expect(draft.code).toBe("NOT_FOUND");
    expect(draft.message).toBe(unknown.message);
  });

  it("refuses an id that is not a uuid as BAD_REQUEST", async () => {
    expect((await caught(publicCaller(handle.db).pact.get({ id: "1 or 1=1" }))).code).toBe("BAD_REQUEST");
  });
});

describe("stats.national and theme.list", () => {
  it("counts published pacts per kind and phase, and themes per kind of pact", async () => {
    const stats = await publicCaller(handle.db).stats.national();
    expect(stats.countsByKind.find((c) => c.kind === "regional_pact")?.count).toBe(1);
    expect(stats.countsByKind.find((c) => c.kind === "front_runner")?.count).toBe(1);
    expect(stats.phaseDistribution).toEqual([
      { phase: 1, count: 0 },
      { phase: 2, count: 0 },
      { phase: 3, count: 1 },
      { phase: 4, count: 0 },
    ]);
    expect(stats.themeCoverage).toEqual([{ themeId, label: "Permanent leren", regionalPacts: 1, frontRunners: 0 }]);
  });

  it("lists the themes that are not retired", async () => {
    const retired = await insertTerm(handle.db, "theme", "Oud thema");
    await handle.db.updateTable("taxonomyTerms").set({ retiredAt: new Date().toISOString() }).where("id", "=", retired).execute();
    const themes = await publicCaller(handle.db).theme.list();
    expect(themes.map((t) => t.label)).toEqual(["Permanent leren"]);
  });
});

describe("a pact page stays small: pact.get and pact.indicatorSeries", () => {
  it("sends each indicator's latest 12 public measurements with the count, and the whole series page by page", async () => {
    const pactId = await insertPact(handle.db, { name: "Groot zorgpact", slug: "groot-zorgpact" });
    const indicatorId = await insertIndicator(handle.db, await insertNode(handle.db, pactId, { kind: "result" }));
    const months = Array.from({ length: 30 }, (_, i) => `20${String(10 + Math.floor(i / 12)).padStart(2, "0")}-${String((i % 12) + 1).padStart(2, "0")}-01`);
    for (const [i, on] of months.entries()) await insertMeasurement(handle.db, indicatorId, on, i);
    // One not yet approved: neither sent nor counted.
    await handle.db.insertInto("measurements").values({ indicatorId, measuredOn: "2016-01-01", value: 99, reviewStatus: "submitted" }).execute();

    const caller = publicCaller(handle.db);
    const [indicator] = (await caller.pact.get({ slug: "groot-zorgpact" })).chain.indicators;
    expect(indicator?.measurementCount).toBe(30);
    expect(indicator?.measurements.map((m) => m.measuredOn)).toEqual(months.slice(-12));

    const seen: string[] = [];
    let after: { measuredOn: string; id: string } | undefined;
    do {
      const page = await caller.pact.indicatorSeries({ indicatorId, pageSize: 8, ...(after ? { after } : {}) });
      seen.push(...page.items.map((m) => m.measuredOn));
      after = page.next ?? undefined;
    } while (after);
    expect(seen).toEqual([...months].reverse());
  });

  it("does not give the series of a draft pact's indicator", async () => {
    const indicatorId = await insertIndicator(handle.db, await insertNode(handle.db, draftId, { kind: "result" }));
    expect((await caught(publicCaller(handle.db).pact.indicatorSeries({ indicatorId }))).code).toBe("NOT_FOUND");
  });
});
