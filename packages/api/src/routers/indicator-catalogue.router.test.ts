import { TRPCError } from "@trpc/server";
import type { DatabaseHandle } from "@zorgpact/db/database";
import { refreshCatalogueTotals } from "@zorgpact/db/repositories/indicator-catalogue.repository";
import { insertIssue, insertNode, insertPact, insertTerm } from "@zorgpact/db/test/fixtures";
import { createTestDatabase } from "@zorgpact/db/test/test-database";
import type { CatalogueEntryFields } from "@zorgpact/domain/indicator-catalogue";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { publicCaller, signedInCaller } from "../test/caller.ts";
import { race } from "../test/race.ts";

let handle: DatabaseHandle;
type Signed = Awaited<ReturnType<typeof signedInCaller>>;
let admin: Signed;
let editorNoord: Signed;
let editorRijnmond: Signed;
const pacts = { noord: "", rijnmond: "", concept: "", archived: "" };
const regions = { noord: "", rijnmond: "" };
let themeId = "";

beforeAll(async () => {
  handle = await createTestDatabase();
  const db = handle.db;
  const region = (name: string, latitude: number, longitude: number) =>
    db
      .insertInto("regions")
      .values({ name, provinces: ["Utrecht"], latitude, longitude })
      .returning("id")
      .executeTakeFirstOrThrow();
  regions.noord = (await region("Noord", 53.2, 6.6)).id;
  regions.rijnmond = (await region("Rijnmond", 51.9, 4.5)).id;
  pacts.noord = await insertPact(db, { name: "Zorgpact Noord", regionId: regions.noord });
  pacts.rijnmond = await insertPact(db, { name: "Zorgpact Rijnmond", regionId: regions.rijnmond });
  pacts.concept = await insertPact(db, { name: "Concept Noord", publicationStatus: "draft", regionId: regions.noord });
  pacts.archived = await insertPact(db, { name: "Gearchiveerd Noord", regionId: regions.noord });
  themeId = await insertTerm(db, "theme", "Leren in de praktijk");
  admin = await signedInCaller(db, "national_admin");
  editorNoord = await signedInCaller(db, "regional_editor", [pacts.noord]);
  editorRijnmond = await signedInCaller(db, "regional_editor", [pacts.rijnmond]);
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
const fieldsOf = (error: TRPCError) => (error.cause instanceof ZodError ? error.cause.issues.map((i) => i.path[0]) : []);

const entry = (fields: Partial<CatalogueEntryFields> = {}): CatalogueEntryFields => ({
  name: `Studenten in de praktijk ${crypto.randomUUID().slice(0, 6)}`,
  definition: "Het aantal studenten dat in het jaar in de praktijk leert.",
  unit: "aantal",
  unitLabel: "studenten",
  direction: "up",
  themeIds: [],
  status: "active",
  ...fields,
});

const resultIn = async (pactId: string) => insertNode(handle.db, pactId, { kind: "result", issueId: await insertIssue(handle.db, pactId) });
const adoption = (nodeId: string, catalogueId: string) => ({
  nodeId,
  catalogueId,
  baselineValue: 10,
  baselineDate: "2016-01-01",
  targetValue: 90,
  targetDate: "2018-12-31",
});

/** A measurement as the review leaves it: approved (public value set) or waiting (public value null). */
async function measure(indicatorId: string, measuredOn: string, value: number, approved = true) {
  await handle.db
    .insertInto("measurements")
    .values({
      indicatorId,
      measuredOn,
      value,
      reviewStatus: approved ? "approved" : "submitted",
      publicValue: approved ? value : null,
      publicMeasuredOn: approved ? measuredOn : null,
    })
    .execute();
  await refreshCatalogueTotals(handle.db, indicatorId);
}

describe("the catalogue", () => {
  it("is managed by the national team only", async () => {
    const created = await admin.caller.indicatorCatalogue.create(entry({ name: "Bijgeschoolde medewerkers", themeIds: [themeId] }));
    expect(created).toMatchObject({ name: "Bijgeschoolde medewerkers", status: "active", adoptionCount: 0, version: 1 });
    expect(created.themes).toEqual([{ id: themeId, label: "Leren in de praktijk" }]);
    expect((await caught(editorNoord.caller.indicatorCatalogue.create(entry()))).code).toBe("FORBIDDEN");
    expect((await caught(publicCaller(handle.db).indicatorCatalogue.list({}))).code).toBe("UNAUTHORIZED");

    const archived = await admin.caller.indicatorCatalogue.update({
      ...entry({ name: "Bijgeschoolde medewerkers" }),
      id: created.id,
      version: 1,
      status: "archived",
    });
    expect(archived).toMatchObject({ status: "archived", version: 2, themes: [] });
    const stale = await caught(admin.caller.indicatorCatalogue.update({ ...entry(), id: created.id, version: 1 }));
    expect(stale.code).toBe("CONFLICT");
  });

  it("refuses a second entry with the same name in another letter case, naming the field", async () => {
    await admin.caller.indicatorCatalogue.create(entry({ name: "Uitval eerste jaar" }));
    const error = await caught(admin.caller.indicatorCatalogue.create(entry({ name: "uitval EERSTE jaar" })));
    expect(error.code).toBe("BAD_REQUEST");
    expect(fieldsOf(error)).toEqual(["name"]);
  });

  it("offers editors the active entries only", async () => {
    const options = await editorNoord.caller.indicatorCatalogue.options();
    expect(options.map((o) => o.name)).toContain("Uitval eerste jaar");
    expect(options.map((o) => o.name)).not.toContain("Bijgeschoolde medewerkers");
  });
});

describe("adopting a catalogue entry", () => {
  it("creates the pact's indicator with the entry's name, unit and direction, linked to the entry", async () => {
    const { id: catalogueId } = await admin.caller.indicatorCatalogue.create(entry({ name: "Geslaagden", unit: "percentage", unitLabel: "studenten" }));
    const nodeId = await resultIn(pacts.noord);
    const adopted = await editorNoord.caller.indicatorCatalogue.adopt(adoption(nodeId, catalogueId));
    const row = await handle.db.selectFrom("indicators").selectAll().where("id", "=", adopted.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ name: "Geslaagden", unit: "%", direction: "up", catalogueId, nodeId });
    expect((await admin.caller.indicatorCatalogue.get({ id: catalogueId })).adoptionCount).toBe(1);

    const again = await caught(editorNoord.caller.indicatorCatalogue.adopt(adoption(await resultIn(pacts.noord), catalogueId)));
    expect(again.code).toBe("BAD_REQUEST");
    expect(fieldsOf(again)).toEqual(["catalogueId"]);
  });

  it("lets one of parallel adoptions and an own indicator of the same name in one pact win; the rest are told why on their field", async () => {
    const { id: catalogueId, name } = await admin.caller.indicatorCatalogue.create(entry());
    const adopt = () => async () => editorNoord.caller.indicatorCatalogue.adopt(adoption(await resultIn(pacts.noord), catalogueId));
    const { catalogueId: _unused, ...values } = adoption("", catalogueId);
    const own = async () => editorNoord.caller.indicator.create({ ...values, nodeId: await resultIn(pacts.noord), name, unit: "studenten", direction: "up" });
    const outcome = await race<unknown>([adopt(), adopt(), adopt(), own]);
    expect(outcome.ok).toHaveLength(1);
    expect(outcome.errors.map((e) => e.code)).toEqual(["BAD_REQUEST", "BAD_REQUEST", "BAD_REQUEST"]);
    for (const error of outcome.errors) expect(["catalogueId", "name"]).toContain(fieldsOf(error)[0]);
    const named = await handle.db.selectFrom("indicators").select("id").where("name", "=", name).execute();
    expect(named).toHaveLength(1);
  });

  it("is an edit of the pact: an editor of another pact is refused", async () => {
    const { id: catalogueId } = await admin.caller.indicatorCatalogue.create(entry());
    const error = await caught(editorRijnmond.caller.indicatorCatalogue.adopt(adoption(await resultIn(pacts.noord), catalogueId)));
    expect(error.code).toBe("FORBIDDEN");
  });

  it("refuses an archived entry", async () => {
    const { id } = await admin.caller.indicatorCatalogue.create(entry({ status: "archived" }));
    const error = await caught(editorNoord.caller.indicatorCatalogue.adopt(adoption(await resultIn(pacts.noord), id)));
    expect(fieldsOf(error)).toEqual(["catalogueId"]);
  });
});

describe("national totals", () => {
  let countId = "";
  let percentId = "";
  const adopt = async (pactId: string, catalogueId: string) => (await admin.caller.indicatorCatalogue.adopt(adoption(await resultIn(pactId), catalogueId))).id;

  beforeAll(async () => {
    countId = (await admin.caller.indicatorCatalogue.create(entry({ name: "Studenten in een leerwerkplaats", themeIds: [themeId] }))).id;
    percentId = (await admin.caller.indicatorCatalogue.create(entry({ name: "Tevreden werkgevers", unit: "percentage", unitLabel: "werkgevers" }))).id;
    const noord = await adopt(pacts.noord, countId);
    await measure(noord, "2017-03-31", 80);
    await measure(noord, "2017-12-31", 118); // the year's last approved value counts
    await measure(noord, "2018-06-30", 131);
    const waiting = await adopt(pacts.rijnmond, countId);
    await measure(waiting, "2017-06-30", 60);
    await measure(waiting, "2017-11-30", 999, false); // submitted, not approved: not public
    await measure(await adopt(pacts.concept, countId), "2017-12-31", 1000); // draft pact
    const archived = await adopt(pacts.archived, countId);
    await measure(archived, "2017-12-31", 5000);
    await handle.db.updateTable("pacts").set({ archivedAt: new Date().toISOString() }).where("id", "=", pacts.archived).execute();

    await measure(await adopt(pacts.noord, percentId), "2017-12-31", 70);
    await measure(await adopt(pacts.rijnmond, percentId), "2017-12-31", 90);
  });

  const totalOf = (overview: { entries: { id: string; total: unknown }[] }, id: string) => overview.entries.find((e) => e.id === id)?.total;

  it("adds up only approved values of published pacts, the last of each pact in the year", async () => {
    const overview = await publicCaller(handle.db).programme.overview({ year: 2017 });
    expect(overview.year).toBe(2017);
    expect(overview.years).toEqual([2018, 2017]);
    expect(totalOf(overview, countId)).toEqual({ method: "sum", value: 178, pactCount: 2 });
    expect(totalOf(overview, percentId)).toEqual({ method: "median", value: 80, pactCount: 2 });
    expect(totalOf(await publicCaller(handle.db).programme.overview({ year: 2018 }), countId)).toEqual({ method: "sum", value: 131, pactCount: 1 });
  });

  it("totals by region and by theme", async () => {
    const noord = await publicCaller(handle.db).programme.overview({ year: 2017, regionId: regions.noord });
    expect(totalOf(noord, countId)).toEqual({ method: "sum", value: 118, pactCount: 1 });
    const byTheme = await publicCaller(handle.db).programme.overview({ year: 2017, themeId });
    expect(byTheme.entries.map((e) => e.id)).toContain(countId);
    expect(byTheme.entries.map((e) => e.id)).not.toContain(percentId);
    const map = (await publicCaller(handle.db).programme.overview({ year: 2017, mapEntryId: countId })).map!;
    expect(map.entryId).toBe(countId);
    expect(map.regions.map((r) => [r.name, r.total?.value ?? null])).toEqual([
      ["Noord", 118],
      ["Rijnmond", 60],
    ]);
  });

  it("drills down to exactly the pacts behind a total, with the values they contribute", async () => {
    const drill = await publicCaller(handle.db).programme.pacts({ catalogueId: countId, year: 2017 });
    expect(drill.pacts.map((p) => [p.name, p.value, p.measuredOn])).toEqual([
      ["Zorgpact Noord", 118, "2017-12-31"],
      ["Zorgpact Rijnmond", 60, "2017-06-30"],
    ]);
    expect(drill.entry.total).toEqual({ method: "sum", value: 178, pactCount: 2 });
    const inRegion = await publicCaller(handle.db).programme.pacts({ catalogueId: countId, year: 2017, regionId: regions.rijnmond });
    expect(inRegion.pacts.map((p) => p.name)).toEqual(["Zorgpact Rijnmond"]);
    expect(inRegion.regionName).toBe("Rijnmond");
  });

  it("gives each drill-down row its indicator's plan and latest approved value, never an edit waiting for review", async () => {
    // Noord's latest approved value is edited in the working copy and waits for review: the public copy stays.
    const noordIndicator = await handle.db
      .selectFrom("measurements")
      .select(["id", "indicatorId"])
      .where("publicMeasuredOn", "=", "2018-06-30")
      .executeTakeFirstOrThrow();
    await handle.db
      .updateTable("measurements")
      .set({ value: 55, measuredOn: "2018-09-30", reviewStatus: "submitted" })
      .where("id", "=", noordIndicator.id)
      .execute();
    await handle.db
      .insertInto("indicatorTargets")
      .values({ indicatorId: noordIndicator.indicatorId, periodStart: "2017-01-01", targetValue: 50, source: null })
      .execute();
    const drill = await publicCaller(handle.db).programme.pacts({ catalogueId: countId, year: 2017 });
    const plan = (name: string) => drill.pacts.find((p) => p.name === name)!;
    expect(plan("Zorgpact Noord").indicatorId).toBe(noordIndicator.indicatorId);
    expect(plan("Zorgpact Noord").indicator).toEqual({
      unit: "studenten",
      unitKind: "aantal",
      direction: "up",
      frequency: "jaar",
      baselineValue: 10,
      baselineDate: "2016-01-01",
      targetValue: 90,
      targetDate: "2018-12-31",
      targets: [{ periodStart: "2017-01-01", value: 50 }],
      latest: { measuredOn: "2018-06-30", value: 131 },
    });
    // Rijnmond's later value (999, 30 November) is submitted, not approved: the latest is the approved one.
    expect(plan("Zorgpact Rijnmond").indicator.latest).toEqual({ measuredOn: "2017-06-30", value: 60 });
    expect(plan("Zorgpact Rijnmond").indicator.targets).toEqual([]);
  });

  it("follows an approval once the summary is refreshed in the approving transaction", async () => {
    const waiting = await handle.db.selectFrom("measurements").select(["id", "indicatorId"]).where("value", "=", 999).executeTakeFirstOrThrow();
    await handle.db.transaction().execute(async (trx) => {
      await trx
        .updateTable("measurements")
        .set({ reviewStatus: "approved", publicValue: 999, publicMeasuredOn: "2017-11-30" })
        .where("id", "=", waiting.id)
        .execute();
      await refreshCatalogueTotals(trx, waiting.indicatorId);
    });
    const overview = await publicCaller(handle.db).programme.overview({ year: 2017 });
    expect(totalOf(overview, countId)).toEqual({ method: "sum", value: 118 + 999, pactCount: 2 });
  });
});
