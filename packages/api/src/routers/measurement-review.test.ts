import type { DatabaseHandle } from "@zorgpact/db/database";
import { openDataRows } from "@zorgpact/db/repositories/open-data.repository";
import { PUBLIC } from "@zorgpact/db/repositories/visibility";
import { createTestDatabase } from "@zorgpact/db/test/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agendaFixture, buildChain, caught, fieldOf, type AgendaFixture } from "../test/agenda.ts";
import { signedInCaller } from "../test/caller.ts";

/**
 * Review before publication and locking: what an editor saves waits for a reviewer; only approved
 * values reach the public pact page and open data; a submitter never approves their own; locked
 * periods change only by a recorded correction. (The permission matrix has the fragment
 * test/matrix/measurement-review.ts.)
 */
let handle: DatabaseHandle;
let f: AgendaFixture;
let chain: Awaited<ReturnType<typeof buildChain>>;
let secondEditorOfA: Awaited<ReturnType<typeof signedInCaller>>;

beforeAll(async () => {
  handle = await createTestDatabase();
  f = await agendaFixture(handle.db);
  chain = await buildChain(f.editorA, f);
  secondEditorOfA = await signedInCaller(handle.db, "regional_editor", [f.pacts.A]);
});
afterAll(() => handle.close());

let sequence = 0;
async function newIndicator() {
  return f.editorA.indicator.create({
    nodeId: chain.result.id,
    name: `Leerwerkplekken ${++sequence}`,
    unit: "plekken",
    direction: "up",
    baselineValue: 10,
    baselineDate: "2016-01-01",
    targetValue: 100,
    targetDate: "2018-12-31",
  });
}

/** The values of the indicator on the public pact page and in the open-data measurements. */
async function publicValues(indicatorId: string) {
  const pact = await f.anonymous.pact.get({ slug: "zorgpact-noord" });
  const page = pact.chain.indicators.find((i) => i.id === indicatorId)?.measurements.map((m) => [m.measuredOn, m.value]) ?? [];
  const open = (await openDataRows(handle.db, "measurements", PUBLIC)).filter((r) => r.indicatorId === indicatorId).map((r) => [r.measuredOn, r.value]);
  return { page, open };
}

const stateOf = async (pactId: string, measurementId: string, caller = f.editorA) =>
  (await caller.measurementReview.pact({ pactId })).measurements.find((m) => m.id === measurementId)!;

const lastAudit = (action: string) => handle.db.selectFrom("auditLog").selectAll().where("action", "=", action).orderBy("id", "desc").executeTakeFirstOrThrow();

describe("review before publication", () => {
  it("walks submit → return with a comment → resubmit → approve, public only after approval", async () => {
    const indicator = await newIndicator();
    const added = await f.editorA.indicator.addMeasurement({ indicatorId: indicator.id, measuredOn: "2017-06-30", value: 25, source: "Telling", note: null });
    expect(await stateOf(f.pacts.A, added.id)).toMatchObject({ reviewStatus: "submitted", publicValue: null });
    expect(await publicValues(indicator.id)).toEqual({ page: [], open: [] });

    // Return needs a comment; the comment is shown to the editor.
    const empty = await caught(f.admin.measurementReview.return({ id: added.id, version: added.version, comment: "  " }));
    expect([empty.code, fieldOf(empty)]).toEqual(["BAD_REQUEST", "comment"]);
    const returned = await f.admin.measurementReview.return({ id: added.id, version: added.version, comment: "Welke telling? Noem de bron." });
    expect(await stateOf(f.pacts.A, added.id)).toMatchObject({ reviewStatus: "returned", returnedComment: "Welke telling? Noem de bron." });
    expect(await lastAudit("measurementReview.return")).toMatchObject({ objectType: "measurement", objectId: added.id, pactId: f.pacts.A, result: "ok" });

    // Editing a returned measurement submits it again.
    const resubmitted = await f.editorA.indicator.updateMeasurement({
      id: added.id,
      version: returned.version,
      measuredOn: "2017-06-30",
      value: 26,
      source: "Telling Noorderpoort juni 2017",
      note: null,
    });
    expect(await stateOf(f.pacts.A, added.id)).toMatchObject({ reviewStatus: "submitted", returnedComment: null });
    expect(await publicValues(indicator.id)).toEqual({ page: [], open: [] });

    const stale = await caught(f.admin.measurementReview.approve({ id: added.id, version: added.version }));
    expect(stale.code).toBe("CONFLICT");
    await f.admin.measurementReview.approve({ id: added.id, version: resubmitted.version });
    expect(await publicValues(indicator.id)).toEqual({ page: [["2017-06-30", 26]], open: [["2017-06-30", 26]] });
    const history = await f.editorA.measurementReview.history({ measurementId: added.id });
    expect(history.steps.map((s) => [s.action, s.value])).toEqual([
      ["submitted", 25],
      ["returned", 25],
      ["submitted", 26],
      ["approved", 26],
    ]);
    expect(history.steps[1]!.comment).toBe("Welke telling? Noem de bron.");
  });

  it("keeps the approved value public while a change waits for review", async () => {
    const indicator = await newIndicator();
    const added = await f.editorA.indicator.addMeasurement({ indicatorId: indicator.id, measuredOn: "2017-12-31", value: 30, source: null, note: null });
    const approved = await f.admin.measurementReview.approve({ id: added.id, version: added.version });
    const changed = await f.editorA.indicator.updateMeasurement({
      id: added.id,
      version: approved.version,
      measuredOn: "2017-12-31",
      value: 35,
      source: null,
      note: "Ongecontroleerd",
    });
    expect(changed.value).toBe(35);
    expect(await publicValues(indicator.id)).toEqual({ page: [["2017-12-31", 30]], open: [["2017-12-31", 30]] });
    const pact = await f.anonymous.pact.get({ slug: "zorgpact-noord" });
    expect(pact.chain.indicators.find((i) => i.id === indicator.id)?.measurements[0]?.note).toBeNull();
  });

  it("shows the reviewer the submitted parts with the value, per dimension the indicator is split by now", async () => {
    const gender = await f.admin.disaggregation.createDimension({ label: "Geslacht (beoordeling)", description: null });
    await f.admin.disaggregation.addCategory({ dimensionId: gender.id, label: "Vrouw" });
    const { categories } = await f.admin.disaggregation.addCategory({ dimensionId: gender.id, label: "Man" });
    const [vrouw, man] = categories;
    const indicator = await newIndicator();
    await f.editorA.disaggregation.addIndicatorDimension({ indicatorId: indicator.id, dimensionId: gender.id });
    const split = await f.editorA.indicator.addMeasurement({ indicatorId: indicator.id, measuredOn: "2017-03-31", value: 20, source: null, note: null });
    const whole = await f.editorA.indicator.addMeasurement({ indicatorId: indicator.id, measuredOn: "2017-04-30", value: 21, source: null, note: null });
    await f.editorA.disaggregation.setBreakdown({
      measurementId: split.id,
      version: split.version,
      dimensionId: gender.id,
      parts: [
        { categoryId: man!.id, value: 8 },
        { categoryId: vrouw!.id, value: 12 },
      ],
      source: "Inschrijvingen",
    });

    const queued = async () => (await f.admin.measurementReview.queue({ pactId: f.pacts.A, pageSize: 100 })).items;
    const item = (await queued()).find((i) => i.id === split.id);
    expect(item).toMatchObject({ value: 20, unitKind: "anders", publicValue: null });
    // Categories in their order (Vrouw was added first), whatever order the editor typed them in.
    expect(item?.breakdowns).toEqual([
      {
        dimensionId: gender.id,
        dimension: "Geslacht (beoordeling)",
        source: "Inschrijvingen",
        parts: [
          { category: "Vrouw", value: 12 },
          { category: "Man", value: 8 },
        ],
      },
    ]);
    expect((await queued()).find((i) => i.id === whole.id)?.breakdowns).toEqual([]);
    // The agenda's review part, where a reviewer may decide too, shows the same parts.
    expect((await stateOf(f.pacts.A, split.id, f.admin)).breakdowns).toEqual(item?.breakdowns);

    // No longer split by the dimension: its kept parts are not what the reviewer approves.
    await f.editorA.disaggregation.removeIndicatorDimension({ indicatorId: indicator.id, dimensionId: gender.id });
    expect((await queued()).find((i) => i.id === split.id)?.breakdowns).toEqual([]);
  });

  it("approves the national team's own saves at once", async () => {
    const indicator = await newIndicator();
    const added = await f.admin.indicator.addMeasurement({ indicatorId: indicator.id, measuredOn: "2018-06-30", value: 50, source: null, note: null });
    expect(await stateOf(f.pacts.A, added.id)).toMatchObject({ reviewStatus: "approved", publicValue: 50 });
    expect((await publicValues(indicator.id)).page).toEqual([["2018-06-30", 50]]);
  });

  it("lets a second editor review when the pact opts in, never the submitter, never another pact's editor", async () => {
    const indicator = await newIndicator();
    const added = await f.editorA.indicator.addMeasurement({ indicatorId: indicator.id, measuredOn: "2016-12-31", value: 12, source: null, note: null });
    // Peer review off: only the national team reviews.
    expect((await caught(secondEditorOfA.caller.measurementReview.approve({ id: added.id, version: added.version }))).code).toBe("FORBIDDEN");
    expect((await secondEditorOfA.caller.measurementReview.queue({})).items).toEqual([]);

    await f.editorA.measurementReview.setPeerReview({ pactId: f.pacts.A, peerReview: true });
    expect(await lastAudit("measurementReview.setPeerReview")).toMatchObject({ objectType: "pact", pactId: f.pacts.A, result: "ok" });
    const own = await caught(f.editorA.measurementReview.approve({ id: added.id, version: added.version }));
    expect([own.code, own.message]).toEqual(["FORBIDDEN", expect.stringMatching(/eigen meting/)]);
    expect((await caught(f.editorB.measurementReview.approve({ id: added.id, version: added.version }))).code).toBe("FORBIDDEN");
    expect((await caught(f.editorB.measurementReview.setPeerReview({ pactId: f.pacts.A, peerReview: false }))).code).toBe("FORBIDDEN");

    const queue = await secondEditorOfA.caller.measurementReview.queue({ pactId: f.pacts.A });
    expect(queue.items.find((i) => i.id === added.id)).toMatchObject({ value: 12, refusal: null, indicatorName: indicator.name });
    expect((await f.editorA.measurementReview.queue({})).items.find((i) => i.id === added.id)?.refusal).toBe("own_submission");
    expect((await f.editorB.measurementReview.queue({})).items.some((i) => i.id === added.id)).toBe(false);
    expect((await f.admin.measurementReview.queue({})).items.some((i) => i.id === added.id)).toBe(true);

    await secondEditorOfA.caller.measurementReview.approve({ id: added.id, version: added.version });
    expect((await publicValues(indicator.id)).page).toEqual([["2016-12-31", 12]]);
    await f.editorA.measurementReview.setPeerReview({ pactId: f.pacts.A, peerReview: false });
  });

  it("keeps the national totals of a catalogue indicator to approved values", async () => {
    const indicator = await newIndicator();
    const entry = await handle.db
      .insertInto("indicatorCatalogue")
      .values({ name: `Leerwerkplekken ${sequence}`, definition: "Aantal plekken", unit: "aantal", unitLabel: "plekken", direction: "up" })
      .returning("id")
      .executeTakeFirstOrThrow();
    await handle.db.updateTable("indicators").set({ catalogueId: entry.id }).where("id", "=", indicator.id).execute();
    const totals = () => handle.db.selectFrom("catalogueTotals").select(["year", "value"]).where("indicatorId", "=", indicator.id).execute();

    const added = await f.editorA.indicator.addMeasurement({ indicatorId: indicator.id, measuredOn: "2017-12-31", value: 30, source: null, note: null });
    expect(await totals()).toEqual([]);
    await f.admin.measurementReview.approve({ id: added.id, version: added.version });
    expect(await totals()).toEqual([{ year: 2017, value: 30 }]);
    const direct = await f.admin.indicator.addMeasurement({ indicatorId: indicator.id, measuredOn: "2018-12-31", value: 45, source: null, note: null });
    expect(await totals()).toHaveLength(2);
    await f.admin.indicator.deleteMeasurement({ id: direct.id, version: direct.version });
    expect(await totals()).toEqual([{ year: 2017, value: 30 }]);
  });

  it("submits imported rows for review too", async () => {
    const indicator = await newIndicator();
    const csv = `Indicator;Eenheid;Datum;Waarde;Bron;Toelichting;Indicator-ID\n${indicator.name};plekken;2017-03-31;17;;;${indicator.id}\n`;
    const file = { pactId: f.pacts.A, fileName: "metingen.csv", contentBase64: Buffer.from(csv).toString("base64") };
    const preview = await f.editorA.measurement.previewImport(file);
    await f.editorA.measurement.commitImport({ ...file, basis: preview.basis });
    const review = await f.editorA.measurementReview.pact({ pactId: f.pacts.A });
    const imported = await handle.db.selectFrom("measurements").select("id").where("indicatorId", "=", indicator.id).executeTakeFirstOrThrow();
    expect(review.measurements.find((m) => m.id === imported.id)).toMatchObject({ reviewStatus: "submitted", publicValue: null });
    expect((await publicValues(indicator.id)).page).toEqual([]);
  });
});

describe("locked periods", () => {
  it("locks after approval only; then refuses edits, deletes, additions and imports in the period", async () => {
    const indicator = await newIndicator();
    const added = await f.editorA.indicator.addMeasurement({ indicatorId: indicator.id, measuredOn: "2017-12-31", value: 40, source: null, note: null });
    const period = { indicatorId: indicator.id, periodStart: "2017-01-01", periodEnd: "2017-12-31" };
    const early = await caught(f.admin.measurementReview.lock(period));
    expect([early.code, fieldOf(early) ?? early.message]).toEqual(["BAD_REQUEST", expect.stringMatching(/periodEnd|goedgekeurd/)]);
    const approved = await f.admin.measurementReview.approve({ id: added.id, version: added.version });
    expect((await caught(f.editorA.measurementReview.lock(period))).code).toBe("FORBIDDEN");
    const lock = await f.admin.measurementReview.lock(period);
    expect(await lastAudit("measurementReview.lock")).toMatchObject({ objectType: "measurement_lock", objectId: lock.id, pactId: f.pacts.A, result: "ok" });
    expect((await caught(f.admin.measurementReview.lock({ ...period, periodStart: "2017-06-01", periodEnd: "2018-06-30" }))).code).toBe("BAD_REQUEST");
    expect((await f.editorA.measurementReview.pact({ pactId: f.pacts.A })).measurements.find((m) => m.id === added.id)?.locked).toBe(true);

    const edit = await caught(
      f.editorA.indicator.updateMeasurement({ id: added.id, version: approved.version, measuredOn: "2017-12-31", value: 41, source: null, note: null }),
    );
    expect([edit.code, edit.message]).toEqual(["BAD_REQUEST", expect.stringMatching(/vergrendeld/)]);
    // Even the national team goes through a correction.
    expect((await caught(f.admin.indicator.deleteMeasurement({ id: added.id, version: approved.version }))).code).toBe("BAD_REQUEST");
    expect(
      (await caught(f.editorA.indicator.addMeasurement({ indicatorId: indicator.id, measuredOn: "2017-06-30", value: 20, source: null, note: null }))).code,
    ).toBe("BAD_REQUEST");
    const csv = `Indicator;Eenheid;Datum;Waarde;Bron;Toelichting;Indicator-ID\n${indicator.name};plekken;2017-12-31;45;;;${indicator.id}\n`;
    const file = { pactId: f.pacts.A, fileName: "metingen.csv", contentBase64: Buffer.from(csv).toString("base64") };
    const preview = await f.editorA.measurement.previewImport(file);
    const imported = await caught(f.editorA.measurement.commitImport({ ...file, basis: preview.basis }));
    expect([imported.code, imported.message]).toEqual(["BAD_REQUEST", expect.stringMatching(/vergrendelde periode/)]);

    // Outside the lock nothing changes.
    await f.editorA.indicator.addMeasurement({ indicatorId: indicator.id, measuredOn: "2018-06-30", value: 60, source: null, note: null });

    // Unlocking opens the period again.
    expect((await caught(f.editorA.measurementReview.unlock({ id: lock.id }))).code).toBe("FORBIDDEN");
    await f.admin.measurementReview.unlock({ id: lock.id });
    await f.editorA.indicator.updateMeasurement({ id: added.id, version: approved.version, measuredOn: "2017-12-31", value: 41, source: null, note: null });
  });

  it("changes a locked value only by a correction with a reason: the editor's is reviewed, the national team's applied", async () => {
    const indicator = await newIndicator();
    const added = await f.editorA.indicator.addMeasurement({ indicatorId: indicator.id, measuredOn: "2016-12-31", value: 15, source: "Telling", note: null });
    const approved = await f.admin.measurementReview.approve({ id: added.id, version: added.version });
    const notLocked = await caught(
      f.editorA.measurementReview.correct({ id: added.id, version: approved.version, value: 16, source: null, note: null, reason: "Telfout" }),
    );
    expect(notLocked.code).toBe("BAD_REQUEST");
    await f.admin.measurementReview.lock({ indicatorId: indicator.id, periodStart: "2016-01-01", periodEnd: "2016-12-31" });

    const noReason = await caught(
      f.editorA.measurementReview.correct({ id: added.id, version: approved.version, value: 16, source: null, note: null, reason: "" }),
    );
    expect([noReason.code, fieldOf(noReason)]).toEqual(["BAD_REQUEST", "reason"]);
    expect(
      (
        await caught(
          f.editorB.measurementReview.correct({ id: added.id, version: approved.version, value: 16, source: null, note: null, reason: "Telfout gevonden" }),
        )
      ).code,
    ).toBe("FORBIDDEN");

    const byEditor = await f.editorA.measurementReview.correct({
      id: added.id,
      version: approved.version,
      value: 16,
      source: "Telling",
      note: null,
      reason: "Telfout gevonden",
    });
    expect(await stateOf(f.pacts.A, added.id)).toMatchObject({ reviewStatus: "submitted", publicValue: 15, locked: true });
    expect((await publicValues(indicator.id)).page).toEqual([["2016-12-31", 15]]);
    const queued = (await f.admin.measurementReview.queue({ pactId: f.pacts.A })).items.find((i) => i.id === added.id);
    expect(queued).toMatchObject({ value: 16, publicValue: 15, correctionReason: "Telfout gevonden" });
    // The correction is approved like any submission, inside the locked period.
    const afterReview = await f.admin.measurementReview.approve({ id: added.id, version: byEditor.version });
    expect((await publicValues(indicator.id)).page).toEqual([["2016-12-31", 16]]);

    await f.admin.measurementReview.correct({
      id: added.id,
      version: afterReview.version,
      value: 17,
      source: "Telling",
      note: null,
      reason: "Nagekomen aanmelding",
    });
    expect(await stateOf(f.pacts.A, added.id)).toMatchObject({ reviewStatus: "approved", publicValue: 17 });
    expect((await publicValues(indicator.id)).open).toEqual([["2016-12-31", 17]]);

    const history = await f.editorA.measurementReview.history({ measurementId: added.id });
    expect(history.corrections.map((c) => [c.beforeValue, c.afterValue, c.reason, c.appliedDirectly])).toEqual([
      [15, 16, "Telfout gevonden", false],
      [16, 17, "Nagekomen aanmelding", true],
    ]);
    expect(await lastAudit("measurementReview.correct")).toMatchObject({ objectType: "measurement", objectId: added.id, result: "ok" });
  });
});

describe("the e-mail when a measurement is returned", () => {
  const returnMails = (recipient: string) =>
    handle.db
      .selectFrom("outboxMessages")
      .select(["idempotencyKey", "topic", "recipient", "subject", "textBody", "htmlBody"])
      .where("topic", "=", "measurement_returned")
      .where("recipient", "=", recipient)
      .orderBy("createdAt")
      .execute();

  it("tells the submitter once per return, with the comment and a link to the pact's indicators; approving sends nothing", async () => {
    const editor = await signedInCaller(handle.db, "regional_editor", [f.pacts.A]);
    const indicator = await newIndicator();
    const added = await editor.caller.indicator.addMeasurement({ indicatorId: indicator.id, measuredOn: "2017-06-30", value: 25, source: null, note: null });
    const first = await f.admin.measurementReview.return({ id: added.id, version: added.version, comment: "Welke telling? Noem de bron." });

    const mails = await returnMails(editor.user.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe(`Meting teruggestuurd: ${indicator.name} (Zorgpact Noord)`);
    expect(mails[0]!.textBody).toContain("Welke telling? Noem de bron.");
    expect(mails[0]!.textBody).toContain(`/admin/zorgpacten/${f.pacts.A}/agenda/indicatoren`);
    expect(mails[0]!.textBody).toContain("Periode: 2017 (meetdatum 30 juni 2017)\nWaarde: 25 plekken");
    expect(mails[0]!.textBody).toMatch(/^Beste Gebruiker \d+,/);
    expect(mails[0]!.htmlBody).toContain("Welke telling? Noem de bron.");

    // Resubmitted and returned again: a second message; then approved: none.
    const resubmitted = await editor.caller.indicator.updateMeasurement({
      id: added.id,
      version: first.version,
      measuredOn: "2017-06-30",
      value: 26,
      source: null,
      note: null,
    });
    const second = await f.admin.measurementReview.return({ id: added.id, version: resubmitted.version, comment: "Nog steeds geen bron." });
    const again = await editor.caller.indicator.updateMeasurement({
      id: added.id,
      version: second.version,
      measuredOn: "2017-06-30",
      value: 26,
      source: "Telling juni 2017",
      note: null,
    });
    await f.admin.measurementReview.approve({ id: added.id, version: again.version });
    const after = await returnMails(editor.user.email);
    expect(after.map((m) => m.textBody.includes("Nog steeds geen bron."))).toEqual([false, true]);
    expect(new Set(after.map((m) => m.idempotencyKey)).size).toBe(2);
    const all = await handle.db.selectFrom("outboxMessages").select("topic").where("recipient", "=", editor.user.email).execute();
    expect(all).toHaveLength(2);
  });

  it("mails a returned correction of a locked value as a correction", async () => {
    const editor = await signedInCaller(handle.db, "regional_editor", [f.pacts.A]);
    const indicator = await newIndicator();
    const added = await editor.caller.indicator.addMeasurement({ indicatorId: indicator.id, measuredOn: "2016-12-31", value: 15, source: null, note: null });
    const approved = await f.admin.measurementReview.approve({ id: added.id, version: added.version });
    await f.admin.measurementReview.lock({ indicatorId: indicator.id, periodStart: "2016-01-01", periodEnd: "2016-12-31" });
    const corrected = await editor.caller.measurementReview.correct({
      id: added.id,
      version: approved.version,
      value: 16,
      source: null,
      note: null,
      reason: "Telfout gevonden",
    });
    await f.admin.measurementReview.return({ id: added.id, version: corrected.version, comment: "Welke telfout?" });
    const mails = await returnMails(editor.user.email);
    expect(mails.map((m) => m.subject)).toEqual([`Correctie teruggestuurd: ${indicator.name} (Zorgpact Noord)`]);
    expect(mails[0]!.textBody).toContain("Waarde: 16 plekken");
    expect(mails[0]!.textBody).toContain("Welke telfout?");
  });

  it("sends nothing when the submitter's account is deactivated", async () => {
    const editor = await signedInCaller(handle.db, "regional_editor", [f.pacts.A]);
    const indicator = await newIndicator();
    const added = await editor.caller.indicator.addMeasurement({ indicatorId: indicator.id, measuredOn: "2017-03-31", value: 5, source: null, note: null });
    await handle.db.updateTable("users").set({ active: false }).where("id", "=", editor.user.id).execute();
    await f.admin.measurementReview.return({ id: added.id, version: added.version, comment: "Dubbele meting." });
    expect(await stateOf(f.pacts.A, added.id)).toMatchObject({ reviewStatus: "returned" });
    expect(await returnMails(editor.user.email)).toEqual([]);
  });
});
