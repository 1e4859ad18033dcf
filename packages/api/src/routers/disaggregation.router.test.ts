import type { DatabaseHandle } from "@zorgpact/db/database";
import { insertIndicator, insertIssue, insertMeasurement, insertNode } from "@zorgpact/db/test/fixtures";
import { createTestDatabase } from "@zorgpact/db/test/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agendaFixture, caught, fieldOf, type AgendaFixture } from "../test/agenda.ts";

let handle: DatabaseHandle;
let f: AgendaFixture;
type Dimension = { id: string; categories: { id: string; label: string }[] };
let niveau: Dimension;
let geslacht: Dimension;

beforeAll(async () => {
  handle = await createTestDatabase();
  f = await agendaFixture(handle.db);
  const level = await f.admin.disaggregation.createDimension({ label: "Mbo-niveau", description: "Niveau van de opleiding" });
  for (const label of ["Niveau 1", "Niveau 2", "Niveau 3", "Niveau 4"]) await f.admin.disaggregation.addCategory({ dimensionId: level.id, label });
  const gender = await f.admin.disaggregation.createDimension({ label: "Geslacht", description: null });
  await f.admin.disaggregation.addCategory({ dimensionId: gender.id, label: "Vrouw" });
  await f.admin.disaggregation.addCategory({ dimensionId: gender.id, label: "Man" });
  const all = await f.editorA.disaggregation.listDimensions({});
  niveau = all.find((d) => d.id === level.id)!;
  geslacht = all.find((d) => d.id === gender.id)!;
});
afterAll(() => handle.close());

/**
 * An indicator of pact A with measurements (value per date), straight in the database; split by
 * `splitBy` when given (added through the API by `by`, pact A's editor unless said otherwise).
 */
async function indicatorWith(
  values: [string, number][],
  { unit = "studenten", splitBy, by = f.editorA }: { unit?: string; splitBy?: Dimension; by?: AgendaFixture["admin"] } = {},
) {
  const unitKind = unit === "%" ? ("percentage" as const) : ("aantal" as const);
  const nodeId = await insertNode(handle.db, f.pacts.A, { kind: "result", issueId: await insertIssue(handle.db, f.pacts.A) });
  const indicatorId = await insertIndicator(handle.db, nodeId, { unit, unitKind });
  const measurementIds = [];
  for (const [on, value] of values) measurementIds.push(await insertMeasurement(handle.db, indicatorId, on, value));
  if (splitBy) await by.disaggregation.addIndicatorDimension({ indicatorId, dimensionId: splitBy.id });
  return { indicatorId, measurementIds };
}

const measurementRows = (indicatorId: string) =>
  handle.db.selectFrom("measurements").select(["id", "measuredOn", "value"]).where("indicatorId", "=", indicatorId).orderBy("measuredOn").execute();

const cat = (dimension: Dimension, label: string) => dimension.categories.find((c) => c.label === label)!.id;

/** setBreakdown's input: the parts by the dimension's category labels (in this order), plus `more` (source, total). */
const breakdown = (
  measurementId: string,
  version: number,
  dimension: Dimension,
  parts: Record<string, number>,
  more: { source?: string; total?: number } = {},
) => ({
  measurementId,
  version,
  dimensionId: dimension.id,
  parts: Object.entries(parts).map(([label, value]) => ({ categoryId: cat(dimension, label), value })),
  ...more,
});

describe("dimensions and categories", () => {
  it("are managed by the national team, sorted in the order added, and refused to editors", async () => {
    expect(niveau.categories.map((c) => c.label)).toEqual(["Niveau 1", "Niveau 2", "Niveau 3", "Niveau 4"]);
    expect((await caught(f.editorA.disaggregation.createDimension({ label: "Subregio", description: null }))).code).toBe("FORBIDDEN");
    const twin = await caught(f.admin.disaggregation.createDimension({ label: "mbo-niveau", description: null }));
    expect([twin.code, fieldOf(twin)]).toEqual(["BAD_REQUEST", "label"]);
  });

  it("retires a category: it leaves the picker's new breakdowns but the dimension keeps it", async () => {
    const dimension = await f.admin.disaggregation.createDimension({ label: "Subregio", description: null });
    const withCategory = await f.admin.disaggregation.addCategory({ dimensionId: dimension.id, label: "West" });
    const west = withCategory.categories[0]!;
    const retired = await f.admin.disaggregation.setCategoryRetired({ id: west.id, version: west.version, retired: true });
    expect(retired.categories[0]).toMatchObject({ label: "West", retired: true });
  });
});

describe("a measurement's breakdown", () => {
  it("is stored when the parts add up to the measurement, and sends the measurement back to review", async () => {
    const { measurementIds } = await indicatorWith([["2017-10-01", 86]], { splitBy: niveau });
    const view = await f.editorA.disaggregation.setBreakdown(
      breakdown(measurementIds[0]!, 1, niveau, { "Niveau 3": 30, "Niveau 4": 56 }, { source: "registratie" }),
    );
    expect(view.measurements[0]).toMatchObject({
      value: 86,
      version: 2,
      breakdowns: [{ dimensionId: niveau.id, archived: false, issue: null, source: "registratie" }],
    });
    const stored = await handle.db.selectFrom("measurements").select("reviewStatus").where("id", "=", measurementIds[0]!).executeTakeFirstOrThrow();
    expect(stored.reviewStatus).toBe("submitted");
  });

  it("is refused with a Dutch field error naming the difference when the parts do not add up", async () => {
    const { measurementIds } = await indicatorWith([["2017-10-01", 86]], { splitBy: niveau });
    const error = await caught(f.editorA.disaggregation.setBreakdown(breakdown(measurementIds[0]!, 1, niveau, { "Niveau 3": 80 })));
    expect([error.code, fieldOf(error), error.message]).toEqual(["BAD_REQUEST", "parts", "De delen tellen op tot 80, maar de meting is 86: er ontbreekt 6."]);
    const wrongDimension = await caught(f.editorA.disaggregation.setBreakdown(breakdown(measurementIds[0]!, 1, geslacht, { Vrouw: 86 })));
    expect([wrongDimension.code, fieldOf(wrongDimension)]).toEqual(["BAD_REQUEST", "dimensionId"]);
    const half = await caught(f.editorA.disaggregation.setBreakdown(breakdown(measurementIds[0]!, 1, niveau, { "Niveau 3": 40.5, "Niveau 4": 45.5 })));
    expect([half.code, fieldOf(half)]).toEqual(["BAD_REQUEST", "parts"]);
  });

  it("takes percentages per category without requiring them to add up", async () => {
    const { measurementIds } = await indicatorWith([["2017-12-31", 15.4]], { unit: "%", splitBy: geslacht });
    const view = await f.editorA.disaggregation.setBreakdown(breakdown(measurementIds[0]!, 1, geslacht, { Vrouw: 14, Man: 21.5 }));
    expect(view.rule).toBe("per_category");
    const over = await caught(f.editorA.disaggregation.setBreakdown(breakdown(measurementIds[0]!, 2, geslacht, { Man: 140 })));
    expect([over.code, fieldOf(over)]).toEqual(["BAD_REQUEST", "parts"]);
  });

  it("re-checks a changed total: refused while the parts no longer fit, accepted together with new parts", async () => {
    const { measurementIds } = await indicatorWith([["2017-10-01", 86]], { splitBy: niveau });
    const id = measurementIds[0]!;
    await f.editorA.disaggregation.setBreakdown(breakdown(id, 1, niveau, { "Niveau 4": 86 }));
    const error = await caught(f.editorA.indicator.updateMeasurement({ id, version: 2, measuredOn: "2017-10-01", value: 90, source: null, note: null }));
    expect([error.code, fieldOf(error)]).toEqual(["BAD_REQUEST", "value"]);
    expect(error.message).toContain("telt op tot 86");
    const view = await f.editorA.disaggregation.setBreakdown(breakdown(id, 2, niveau, { "Niveau 3": 4, "Niveau 4": 86 }, { total: 90 }));
    expect(view.measurements[0]).toMatchObject({ value: 90, version: 3 });
    const stale = await caught(f.editorA.disaggregation.setBreakdown(breakdown(id, 2, niveau, { "Niveau 4": 90 })));
    expect(stale.code).toBe("CONFLICT");
  });

  it("belongs to the editors of the indicator's pact only", async () => {
    const { indicatorId } = await indicatorWith([["2017-10-01", 1]]);
    expect((await caught(f.editorB.disaggregation.addIndicatorDimension({ indicatorId, dimensionId: niveau.id }))).code).toBe("FORBIDDEN");
    expect((await caught(f.editorB.disaggregation.forIndicator({ indicatorId }))).code).toBe("FORBIDDEN");
  });
});

describe("changing an indicator's dimensions", () => {
  it("adding a dimension to an indicator with measurements keeps every earlier value", async () => {
    const values: [string, number][] = [
      ["2016-12-31", 72],
      ["2017-12-31", 118],
      ["2018-06-30", 131],
    ];
    const { indicatorId } = await indicatorWith(values);
    const before = await measurementRows(indicatorId);
    const view = await f.editorA.disaggregation.addIndicatorDimension({ indicatorId, dimensionId: niveau.id });
    expect(view.dimensionIds).toEqual([niveau.id]);
    expect(await measurementRows(indicatorId)).toEqual(before);
    // Measurements without a breakdown stay valid: each can still be edited on its own.
    const [first] = view.measurements;
    expect(first).toMatchObject({ value: 72, breakdowns: [] });
    await f.editorA.indicator.updateMeasurement({ id: first!.id, version: first!.version, measuredOn: "2016-12-31", value: 73, source: null, note: null });
    expect((await measurementRows(indicatorId)).map((m) => m.value)).toEqual([73, 118, 131]);
  });

  it("removing a dimension keeps its stored parts (archived) and adding it back shows them again", async () => {
    const { indicatorId, measurementIds } = await indicatorWith(
      [
        ["2016-12-31", 72],
        ["2017-12-31", 118],
      ],
      { splitBy: niveau },
    );
    await f.editorA.disaggregation.addIndicatorDimension({ indicatorId, dimensionId: geslacht.id });
    const parts = [
      { categoryId: cat(niveau, "Niveau 2"), value: 18 },
      { categoryId: cat(niveau, "Niveau 3"), value: 100 },
    ];
    await f.editorA.disaggregation.setBreakdown({ measurementId: measurementIds[1]!, version: 1, dimensionId: niveau.id, parts });

    const removed = await f.editorA.disaggregation.removeIndicatorDimension({ indicatorId, dimensionId: niveau.id });
    expect(removed.dimensionIds).toEqual([geslacht.id]);
    expect(removed.measurements.map((m) => m.value)).toEqual([72, 118]);
    expect(removed.measurements[1]!.breakdowns).toMatchObject([{ dimensionId: niveau.id, archived: true, parts }]);
    expect(
      await handle.db
        .selectFrom("measurementParts")
        .select("value")
        .where("categoryId", "in", [cat(niveau, "Niveau 2"), cat(niveau, "Niveau 3")])
        .execute(),
    ).not.toHaveLength(0);
    // Retiring the dimension altogether deletes nothing either.
    const current = (await f.admin.disaggregation.listDimensions({})).find((d) => d.id === niveau.id)!;
    await f.admin.disaggregation.setDimensionRetired({ id: current.id, version: current.version, retired: true });
    const readded = await f.editorA.disaggregation.addIndicatorDimension({ indicatorId, dimensionId: niveau.id });
    expect(readded.measurements[1]!.breakdowns.find((b) => b.dimensionId === niveau.id)).toMatchObject({ archived: false, parts, issue: null });
    const again = (await f.admin.disaggregation.listDimensions({ includeRetired: true })).find((d) => d.id === niveau.id)!;
    await f.admin.disaggregation.setDimensionRetired({ id: again.id, version: again.version, retired: false });
  });
});

describe("the public breakdown", () => {
  const publicOf = async (indicatorId: string) =>
    (await f.anonymous.disaggregation.publicBreakdowns({ slug: "zorgpact-noord" })).filter((b) => b.indicatorId === indicatorId);
  const shown = async (indicatorId: string) =>
    (await publicOf(indicatorId)).map((b) => [b.measuredOn, b.total, b.dimension, b.parts.map((p) => `${p.category}: ${p.value}`).join(", ")]);

  it("shows the latest approved measurement's parts, and nothing while a change waits for review", async () => {
    const { indicatorId, measurementIds } = await indicatorWith([["2017-10-01", 86]], { splitBy: niveau });
    await f.editorA.disaggregation.setBreakdown(breakdown(measurementIds[0]!, 1, niveau, { "Niveau 3": 30, "Niveau 4": 56 }));
    expect(await publicOf(indicatorId)).toEqual([]);
    // The reviewer approves (review work, migration 0015): the approved version becomes public with its parts.
    await f.admin.measurementReview.approve({ id: measurementIds[0]!, version: 2 });
    expect(await publicOf(indicatorId)).toEqual([
      {
        indicatorId,
        indicatorName: expect.any(String),
        unit: "studenten",
        unitKind: "aantal",
        rule: "sum",
        measuredOn: "2017-10-01",
        total: 86,
        dimension: "Mbo-niveau",
        source: null,
        parts: [
          { category: "Niveau 3", value: 30 },
          { category: "Niveau 4", value: 56 },
        ],
      },
    ]);
    await f.editorA.disaggregation.removeIndicatorDimension({ indicatorId, dimensionId: niveau.id });
    expect(await publicOf(indicatorId)).toEqual([]);
  });

  it("is public at once when the national team saves it (its saves are approved at once)", async () => {
    const { indicatorId, measurementIds } = await indicatorWith([["2018-06-30", 10]], { splitBy: geslacht, by: f.admin });
    await f.admin.disaggregation.setBreakdown(breakdown(measurementIds[0]!, 1, geslacht, { Vrouw: 7, Man: 3 }));
    expect(await shown(indicatorId)).toEqual([["2018-06-30", 10, "Geslacht", "Vrouw: 7, Man: 3"]]);
  });

  it("keeps the approved parts, total and date public while an editor's change waits, shows the change once approved, never a returned one", async () => {
    const { indicatorId, measurementIds } = await indicatorWith(
      [
        ["2017-10-01", 80],
        ["2018-10-01", 90],
      ],
      { splitBy: niveau },
    );
    const [older, latest] = measurementIds as [string, string];
    await f.admin.disaggregation.setBreakdown(breakdown(older, 1, niveau, { "Niveau 3": 30, "Niveau 4": 50 }));
    await f.admin.disaggregation.setBreakdown(breakdown(latest, 1, niveau, { "Niveau 3": 40, "Niveau 4": 50 }));
    const approved = [["2018-10-01", 90, "Mbo-niveau", "Niveau 3: 40, Niveau 4: 50"]];
    expect(await shown(indicatorId)).toEqual(approved);

    // The editor changes parts and total: submitted, the public page keeps the approved version (not the older measurement's).
    await f.editorA.disaggregation.setBreakdown(breakdown(latest, 2, niveau, { "Niveau 2": 10, "Niveau 3": 45, "Niveau 4": 55 }, { total: 110 }));
    expect(await shown(indicatorId)).toEqual(approved);
    await f.admin.measurementReview.approve({ id: latest, version: 3 });
    const changed = [["2018-10-01", 110, "Mbo-niveau", "Niveau 2: 10, Niveau 3: 45, Niveau 4: 55"]];
    expect(await shown(indicatorId)).toEqual(changed);

    // A change the reviewer returns never shows.
    await f.editorA.disaggregation.setBreakdown(breakdown(latest, 4, niveau, { "Niveau 3": 60, "Niveau 4": 50 }));
    await f.admin.measurementReview.return({ id: latest, version: 5, comment: "Welke telling is dit?" });
    expect(await shown(indicatorId)).toEqual(changed);
  });

  it("drops a cleared breakdown from the public copy at once for the national team, after approval for an editor", async () => {
    const { indicatorId, measurementIds } = await indicatorWith([["2019-12-31", 10]], { splitBy: geslacht, by: f.admin });
    const id = measurementIds[0]!;
    await f.admin.disaggregation.setBreakdown(breakdown(id, 1, geslacht, { Vrouw: 7, Man: 3 }));
    const approved = [["2019-12-31", 10, "Geslacht", "Vrouw: 7, Man: 3"]];
    await f.editorA.disaggregation.clearBreakdown({ measurementId: id, version: 2, dimensionId: geslacht.id });
    expect(await shown(indicatorId)).toEqual(approved);
    await f.admin.measurementReview.approve({ id, version: 3 });
    expect(await shown(indicatorId)).toEqual([]);

    await f.admin.disaggregation.setBreakdown(breakdown(id, 4, geslacht, { Vrouw: 6, Man: 4 }));
    expect(await shown(indicatorId)).toEqual([["2019-12-31", 10, "Geslacht", "Vrouw: 6, Man: 4"]]);
    await f.admin.disaggregation.clearBreakdown({ measurementId: id, version: 5, dimensionId: geslacht.id });
    expect(await shown(indicatorId)).toEqual([]);
  });
});
