import type { DatabaseHandle } from "@zorgpact/db/database";
import { createTestDatabase } from "@zorgpact/db/test/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agendaFixture, buildChain, caught, fieldOf, UNKNOWN_ID, type AgendaFixture } from "../test/agenda.ts";
import { expectOneWinner, race } from "../test/race.ts";

let handle: DatabaseHandle;
let f: AgendaFixture;
let chain: Awaited<ReturnType<typeof buildChain>>;

beforeAll(async () => {
  handle = await createTestDatabase();
  f = await agendaFixture(handle.db);
  chain = await buildChain(f.editorA, f);
});
afterAll(() => handle.close());

const lastAudit = (action: string) => handle.db.selectFrom("auditLog").selectAll().where("action", "=", action).orderBy("id", "desc").executeTakeFirstOrThrow();

let sequence = 0;
const fields = () => ({
  name: `Studenten in een leerwerkplaats ${++sequence}`,
  unit: "studenten",
  direction: "up" as const,
  baselineValue: 40,
  baselineDate: "2016-01-01",
  targetValue: 160,
  targetDate: "2018-12-31",
});

describe("indicators", () => {
  it("creates indicators on results and effects with progress from the baseline", async () => {
    const onResult = await f.editorA.indicator.create({ nodeId: chain.result.id, ...fields() });
    expect(onResult).toMatchObject({ nodeId: chain.result.id, version: 1, measurements: [], progress: { current: 40, fraction: 0, reached: false } });
    const onEffect = await f.editorA.indicator.create({
      nodeId: chain.effect.id,
      ...fields(),
      unit: "%",
      direction: "down",
      baselineValue: 18,
      targetValue: 12,
    });
    expect(onEffect.direction).toBe("down");
    expect(await lastAudit("indicator.create")).toMatchObject({ objectType: "indicator", objectId: onEffect.id, pactId: f.pacts.A, result: "ok" });
  });

  it("refuses an indicator on an input or activity, naming the node", async () => {
    for (const nodeId of [chain.input.id, chain.activity.id]) {
      const error = await caught(f.editorA.indicator.create({ nodeId, ...fields() }));
      expect([error.code, fieldOf(error)]).toEqual(["BAD_REQUEST", "nodeId"]);
      expect(error.message).toMatch(/resultaten en effecten/);
    }
  });

  it("refuses a target the wrong way round and a name the pact already uses", async () => {
    expect(fieldOf(await caught(f.editorA.indicator.create({ nodeId: chain.result.id, ...fields(), targetValue: 10 })))).toBe("targetValue");
    const first = await f.editorA.indicator.create({ nodeId: chain.result.id, ...fields() });
    const twin = await caught(f.editorA.indicator.create({ nodeId: chain.effect.id, ...fields(), name: first.name.toUpperCase() }));
    expect([twin.code, fieldOf(twin)]).toEqual(["BAD_REQUEST", "name"]);
  });

  it("lets one of six parallel creates of one name in a pact win; the others get the field error on name, never a server error", async () => {
    const name = fields().name;
    const create = (i: number) => () => f.editorA.indicator.create({ nodeId: i % 2 ? chain.result.id : chain.effect.id, ...fields(), name });
    const outcome = await race([0, 1, 2, 3, 4, 5].map(create));
    expectOneWinner(outcome, "name");
    expect(outcome.errors.map((e) => e.code)).toEqual(Array(5).fill("BAD_REQUEST"));
    const stored = await handle.db.selectFrom("indicators").select("id").where("name", "=", name).execute();
    expect(stored).toHaveLength(1);
  });

  it("lets only one of a create and a rename to the same name at once win", async () => {
    const name = fields().name;
    const renamed = await Promise.all([0, 1].map(() => f.editorA.indicator.create({ nodeId: chain.result.id, ...fields() })));
    const outcome = await race<unknown>([
      () => f.editorA.indicator.create({ nodeId: chain.effect.id, ...fields(), name }),
      ...renamed.map((r) => () => f.editorA.indicator.update({ id: r.id, version: r.version, ...fields(), name })),
    ]);
    expectOneWinner(outcome, "name");
    expect(outcome.errors.map((e) => e.code)).toEqual(["BAD_REQUEST", "BAD_REQUEST"]);
    expect(await handle.db.selectFrom("indicators").select("id").where("name", "=", name).execute()).toHaveLength(1);
  });

  it("updates with a version, answers a stale one with CONFLICT, and deletes", async () => {
    const indicator = await f.editorA.indicator.create({ nodeId: chain.result.id, ...fields() });
    const updated = await f.editorA.indicator.update({ id: indicator.id, version: 1, ...fields(), targetValue: 200 });
    expect(updated).toMatchObject({ version: 2, targetValue: 200 });
    expect((await lastAudit("indicator.update")).changes).toMatchObject({ before: { targetValue: 160 }, after: { targetValue: 200 } });
    expect((await caught(f.editorA.indicator.update({ id: indicator.id, version: 1, ...fields() }))).code).toBe("CONFLICT");
    expect((await caught(f.editorB.indicator.update({ id: indicator.id, version: 2, ...fields() }))).code).toBe("FORBIDDEN");
    expect((await caught(f.editorA.indicator.delete({ id: indicator.id, version: 1 }))).code).toBe("CONFLICT");
    expect(await f.editorA.indicator.delete({ id: indicator.id, version: 2 })).toEqual({ ok: true });
    expect((await caught(f.editorA.indicator.delete({ id: indicator.id, version: 2 }))).code).toBe("NOT_FOUND");
    expect((await caught(f.anonymous.indicator.create({ nodeId: chain.result.id, ...fields() }))).code).toBe("UNAUTHORIZED");
    expect((await caught(f.editorA.indicator.create({ nodeId: UNKNOWN_ID, ...fields() }))).code).toBe("NOT_FOUND");
  });
});

describe("periods, targets and units", () => {
  const counted = () => ({ ...fields(), unit: "gemeenten", unitKind: "aantal" as const, frequency: "halfjaar" as const });
  const periodOf = async (id: string) =>
    (await handle.db.selectFrom("measurements").select(["measuredOn", "periodStart"]).where("indicatorId", "=", id).orderBy("measuredOn").execute()).map(
      (m) => m.periodStart,
    );

  it("stores the frequency and the targets per period with the indicator, and replaces them on update", async () => {
    const targets = [
      { periodStart: "2017-01-01", value: 80 },
      { periodStart: "2017-07-01", value: 100 },
    ];
    const created = await f.editorA.indicator.create({ nodeId: chain.result.id, ...counted(), targets });
    expect(created).toMatchObject({ unitKind: "aantal", frequency: "halfjaar", targets });
    const updated = await f.editorA.indicator.update({
      id: created.id,
      version: 1,
      ...counted(),
      name: created.name,
      targets: [{ periodStart: "2018-01-01", value: 130 }],
    });
    expect(updated.targets).toEqual([{ periodStart: "2018-01-01", value: 130, source: null }]);
    expect((await lastAudit("indicator.update")).changes).toMatchObject({
      before: { targets },
      after: { targets: [{ periodStart: "2018-01-01", value: 130 }] },
    });
  });

  it("keeps a demo target's source while it is saved unchanged, and drops it once an editor changes the value", async () => {
    const targets = [
      { periodStart: "2017-01-01", value: 80 },
      { periodStart: "2017-07-01", value: 100 },
    ];
    const created = await f.editorA.indicator.create({ nodeId: chain.result.id, ...counted(), name: "Doelen met bron", targets });
    await handle.db.updateTable("indicatorTargets").set({ source: "Demodata" }).where("indicatorId", "=", created.id).execute();
    const kept = await f.editorA.indicator.update({ id: created.id, version: 1, ...counted(), name: created.name, targets });
    expect(kept.targets.map((t) => t.source)).toEqual(["Demodata", "Demodata"]);
    const changed = await f.editorA.indicator.update({
      id: created.id,
      version: 2,
      ...counted(),
      name: created.name,
      targets: [targets[0]!, { periodStart: "2017-07-01", value: 110 }],
    });
    expect(changed.targets.map((t) => t.source)).toEqual(["Demodata", null]);
  });

  it("refuses a target that does not start a period of the frequency, on its own field", async () => {
    const error = await caught(f.editorA.indicator.create({ nodeId: chain.result.id, ...counted(), targets: [{ periodStart: "2017-04-01", value: 80 }] }));
    expect([error.code, fieldOf(error)]).toEqual(["BAD_REQUEST", "targets.0.value"]);
    expect(error.message).toMatch(/niet het begin van een periode/);
  });

  it("refuses '4,5 gemeenten' for a count with a Dutch field error, and a percentage over 100", async () => {
    const indicator = await f.editorA.indicator.create({ nodeId: chain.result.id, ...counted() });
    const half = await caught(f.editorA.indicator.addMeasurement({ indicatorId: indicator.id, measuredOn: "2017-06-30", value: 4.5 }));
    expect([half.code, fieldOf(half), half.message]).toEqual(["BAD_REQUEST", "value", "Geef een heel getal: gemeenten tel je in hele aantallen."]);
    const whole = await f.editorA.indicator.addMeasurement({ indicatorId: indicator.id, measuredOn: "2017-06-30", value: 45 });
    const edited = await caught(f.editorA.indicator.updateMeasurement({ id: whole.id, version: whole.version, measuredOn: "2017-06-30", value: 45.5 }));
    expect(fieldOf(edited)).toBe("value");
    const share = await caught(f.editorA.indicator.create({ nodeId: chain.result.id, ...fields(), unit: "%", unitKind: "percentage", targetValue: 120 }));
    expect(fieldOf(share)).toBe("targetValue");
    expect(share.message).toMatch(/Een percentage ligt tussen 0 en 100\./);
  });

  it("files each measurement under its period and re-files them when the frequency changes", async () => {
    const indicator = await f.editorA.indicator.create({ nodeId: chain.result.id, ...counted(), frequency: "kwartaal" });
    await f.editorA.indicator.addMeasurement({ indicatorId: indicator.id, measuredOn: "2017-05-14", value: 50 });
    await f.editorA.indicator.addMeasurement({ indicatorId: indicator.id, measuredOn: "2017-11-30", value: 60 });
    expect(await periodOf(indicator.id)).toEqual(["2017-04-01", "2017-10-01"]);
    await f.editorA.indicator.update({ id: indicator.id, version: 1, ...counted(), name: indicator.name, frequency: "jaar" });
    expect(await periodOf(indicator.id)).toEqual(["2017-01-01", "2017-01-01"]);
  });

  it("refuses a unit kind the stored measurements do not fit", async () => {
    const indicator = await f.editorA.indicator.create({ nodeId: chain.result.id, ...fields(), unit: "uur", unitKind: "anders" });
    await f.editorA.indicator.addMeasurement({ indicatorId: indicator.id, measuredOn: "2017-06-30", value: 42.5 });
    const error = await caught(
      f.editorA.indicator.update({ id: indicator.id, version: 1, ...fields(), name: indicator.name, unit: "uur", unitKind: "aantal" }),
    );
    expect([error.code, fieldOf(error)]).toEqual(["BAD_REQUEST", "unitKind"]);
    expect(error.message).toMatch(/2017-06-30 \(42,5 uur\)/);
  });
});

describe("measurements", () => {
  it("adds, updates and deletes measurements; progress follows the latest", async () => {
    const indicator = await f.editorA.indicator.create({ nodeId: chain.result.id, ...fields() });
    const first = await f.editorA.indicator.addMeasurement({ indicatorId: indicator.id, measuredOn: "2016-12-31", value: 72, source: "jaarmonitor" });
    const second = await f.editorA.indicator.addMeasurement({ indicatorId: indicator.id, measuredOn: "2017-12-31", value: 118, note: "Tussenstand" });
    expect(first).toMatchObject({ measuredOn: "2016-12-31", value: 72, source: "jaarmonitor", note: null, version: 1 });
    const updated = await f.editorA.indicator.updateMeasurement({ id: second.id, version: 1, measuredOn: "2017-12-31", value: 100, source: "jaarmonitor" });
    expect(updated).toMatchObject({ value: 100, version: 2 });
    expect((await lastAudit("indicator.updateMeasurement")).changes).toEqual({
      before: { value: 118, source: null, note: "Tussenstand" },
      after: { value: 100, source: "jaarmonitor", note: null },
    });
    const agenda = await f.editorA.agenda.get({ pactId: f.pacts.A });
    expect(agenda.indicators.find((i) => i.id === indicator.id)?.progress).toEqual({ current: 100, currentOn: "2017-12-31", fraction: 0.5, reached: false });
    expect((await caught(f.editorA.indicator.updateMeasurement({ id: second.id, version: 1, measuredOn: "2017-12-31", value: 1 }))).code).toBe("CONFLICT");
    expect((await caught(f.editorB.indicator.deleteMeasurement({ id: first.id, version: 1 }))).code).toBe("FORBIDDEN");
    await f.editorA.indicator.deleteMeasurement({ id: first.id, version: 1 });
    expect((await caught(f.editorA.indicator.deleteMeasurement({ id: first.id, version: 1 }))).code).toBe("NOT_FOUND");
  });

  it("lets only the national team delete a public measurement; an editor deletes a never-approved one, each delete audited", async () => {
    const indicator = await f.editorA.indicator.create({ nodeId: chain.result.id, ...fields() });
    const added = await f.editorA.indicator.addMeasurement({ indicatorId: indicator.id, measuredOn: "2016-12-31", value: 72 });
    const approved = await f.admin.measurementReview.approve({ id: added.id, version: added.version });
    // A change waiting for review leaves the approved value public.
    const changed = await f.editorA.indicator.updateMeasurement({ id: added.id, version: approved.version, measuredOn: "2016-12-31", value: 75 });
    const refused = await caught(f.editorA.indicator.deleteMeasurement({ id: added.id, version: changed.version }));
    expect([refused.code, refused.message]).toEqual([
      "FORBIDDEN",
      "Deze meting staat openbaar. Alleen het landelijk team verwijdert een openbare meting; dien een correctie in of vraag het landelijk team.",
    ]);
    expect(await lastAudit("indicator.deleteMeasurement")).toMatchObject({ result: "refused", objectId: added.id, pactId: f.pacts.A });
    expect(await handle.db.selectFrom("measurements").select("publicValue").where("id", "=", added.id).executeTakeFirst()).toEqual({ publicValue: 72 });

    await f.admin.indicator.deleteMeasurement({ id: added.id, version: changed.version });
    expect(await handle.db.selectFrom("measurements").select("id").where("id", "=", added.id).executeTakeFirst()).toBeUndefined();
    expect(await lastAudit("indicator.deleteMeasurement")).toMatchObject({
      result: "ok",
      objectId: added.id,
      pactId: f.pacts.A,
      changes: { before: { indicatorId: indicator.id, measuredOn: "2016-12-31", value: 75 } },
    });

    const draft = await f.editorA.indicator.addMeasurement({ indicatorId: indicator.id, measuredOn: "2017-12-31", value: 90 });
    await f.editorA.indicator.deleteMeasurement({ id: draft.id, version: draft.version });
    expect(await lastAudit("indicator.deleteMeasurement")).toMatchObject({ result: "ok", objectId: draft.id });
  });

  it("lets only the national team delete an indicator with public or locked measurements; an editor deletes one never approved, each delete audited", async () => {
    const measurementsOf = (indicatorId: string) => handle.db.selectFrom("measurements").select("id").where("indicatorId", "=", indicatorId).execute();
    const indicatorExists = async (id: string) => (await handle.db.selectFrom("indicators").select("id").where("id", "=", id).executeTakeFirst()) !== undefined;

    const published = await f.editorA.indicator.create({ nodeId: chain.result.id, ...fields() });
    const added = await f.editorA.indicator.addMeasurement({ indicatorId: published.id, measuredOn: "2016-12-31", value: 72 });
    await f.admin.measurementReview.approve({ id: added.id, version: added.version });
    await f.editorA.indicator.addMeasurement({ indicatorId: published.id, measuredOn: "2017-12-31", value: 90 });
    const refused = await caught(f.editorA.indicator.delete({ id: published.id, version: published.version }));
    expect([refused.code, refused.message]).toEqual([
      "FORBIDDEN",
      "Deze indicator heeft openbare metingen. Alleen het landelijk team verwijdert een indicator met openbare metingen; vraag het landelijk team.",
    ]);
    expect(await lastAudit("indicator.delete")).toMatchObject({ result: "refused", objectId: published.id, pactId: f.pacts.A });
    expect(await indicatorExists(published.id)).toBe(true);
    expect(await measurementsOf(published.id)).toHaveLength(2);
    await f.admin.indicator.delete({ id: published.id, version: published.version });
    expect(await indicatorExists(published.id)).toBe(false);
    expect(await lastAudit("indicator.delete")).toMatchObject({ result: "ok", objectId: published.id, changes: { before: { measurements: 2 } } });

    const drafted = await f.editorA.indicator.create({ nodeId: chain.result.id, ...fields() });
    await f.editorA.indicator.addMeasurement({ indicatorId: drafted.id, measuredOn: "2016-12-31", value: 60 });
    await f.editorA.indicator.delete({ id: drafted.id, version: drafted.version });
    expect(await indicatorExists(drafted.id)).toBe(false);
    expect(await lastAudit("indicator.delete")).toMatchObject({ result: "ok", objectId: drafted.id, changes: { before: { measurements: 1 } } });

    // A lock over a value that is not public cannot come about through the API (a period locks once
    // all its values are approved); the guard covers it all the same, so the row is written here.
    const locked = await f.editorA.indicator.create({ nodeId: chain.result.id, ...fields() });
    await f.editorA.indicator.addMeasurement({ indicatorId: locked.id, measuredOn: "2017-06-30", value: 80 });
    await handle.db.insertInto("measurementPeriodLocks").values({ indicatorId: locked.id, periodStart: "2017-01-01", periodEnd: "2017-12-31" }).execute();
    const lockRefused = await caught(f.editorA.indicator.delete({ id: locked.id, version: locked.version }));
    expect([lockRefused.code, lockRefused.message]).toEqual([
      "FORBIDDEN",
      "Deze indicator heeft metingen in een vergrendelde periode. Alleen het landelijk team verwijdert een indicator met vergrendelde metingen; vraag het landelijk team.",
    ]);
    expect(await measurementsOf(locked.id)).toHaveLength(1);
    await f.admin.indicator.delete({ id: locked.id, version: locked.version });
    expect(await indicatorExists(locked.id)).toBe(false);
    expect(await lastAudit("indicator.delete")).toMatchObject({ result: "ok", objectId: locked.id });
  });

  it("refuses a second measurement on the same date, naming the field", async () => {
    const indicator = await f.editorA.indicator.create({ nodeId: chain.result.id, ...fields() });
    await f.editorA.indicator.addMeasurement({ indicatorId: indicator.id, measuredOn: "2017-06-30", value: 90 });
    const other = await f.editorA.indicator.addMeasurement({ indicatorId: indicator.id, measuredOn: "2017-12-31", value: 95 });
    const twice = await caught(f.editorA.indicator.addMeasurement({ indicatorId: indicator.id, measuredOn: "2017-06-30", value: 91 }));
    expect([twice.code, fieldOf(twice)]).toEqual(["BAD_REQUEST", "measuredOn"]);
    const moved = await caught(f.editorA.indicator.updateMeasurement({ id: other.id, version: 1, measuredOn: "2017-06-30", value: 95 }));
    expect(fieldOf(moved)).toBe("measuredOn");
    expect((await caught(f.editorA.indicator.addMeasurement({ indicatorId: indicator.id, measuredOn: "30-06-2017", value: 1 }))).code).toBe("BAD_REQUEST");
  });

  it("lets one of two editors adding a measurement on the same date at once win; the other is told so, never a server error", async () => {
    const indicator = await f.editorA.indicator.create({ nodeId: chain.result.id, ...fields() });
    const add = (value: number) => () => f.editorA.indicator.addMeasurement({ indicatorId: indicator.id, measuredOn: "2018-01-01", value });
    expectOneWinner(await race([add(1), add(2), add(3)]), "measuredOn");
    const stored = await handle.db.selectFrom("measurements").select("value").where("indicatorId", "=", indicator.id).execute();
    expect(stored).toHaveLength(1);
  });
});
