import type { DatabaseHandle } from "@zorgpact/db/database";
import { insertIndicator, insertMeasurement, insertNode, insertPact } from "@zorgpact/db/test/fixtures";
import { createTestDatabase } from "@zorgpact/db/test/test-database";
import { LOCKED_MESSAGE, SUBMITTED_MESSAGE } from "@zorgpact/domain/volgspot";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { AGREEMENT_LOCKED } from "../services/volgspot.service.ts";
import { callerFor, createTestUser, signIn } from "../test/caller.ts";
import { agendaFixture, caught, fieldOf, UNKNOWN_ID, type AgendaFixture } from "../test/agenda.ts";

let handle: DatabaseHandle;
let f: AgendaFixture;
let nodes: { result: string; effect: string; activity: string; elsewhere: string };

beforeAll(async () => {
  handle = await createTestDatabase();
  f = await agendaFixture(handle.db);
  const db = handle.db;
  nodes = {
    result: await insertNode(db, f.pacts.A, { kind: "result", title: "Studenten in leerwerkplaatsen" }),
    effect: await insertNode(db, f.pacts.A, { kind: "effect", title: "Minder uitval" }),
    activity: await insertNode(db, f.pacts.A, { kind: "activity", title: "Leerwerkplaatsen inrichten" }),
    elsewhere: await insertNode(db, f.pacts.B, { kind: "result", title: "Resultaat van een ander pact" }),
  };
  const indicator = await insertIndicator(db, nodes.result, { name: "Studenten in een leerwerkplaats", unit: "studenten", unitKind: "aantal" });
  await insertMeasurement(db, indicator, "2016-12-31", 12);
  await insertMeasurement(db, indicator, "2017-06-30", 31);
  await db.insertInto("pactThemes").values({ pactId: f.pacts.A, termId: f.terms.theme }).execute();
});
afterAll(() => handle.close());

const lastAudit = (action: string) => handle.db.selectFrom("auditLog").selectAll().where("action", "=", action).orderBy("id", "desc").executeTakeFirstOrThrow();

/** Everything a submission needs, in a year of the test's own. */
const complete = (year: number) => ({
  heldOn: `${year}-05-10`,
  report: "We zagen dat de leerwerkplaatsen werken en dat de gemeente meer wil.",
  actionsAnswer: "Elke partner nam een project op zich.",
  positionAnswer: "Halverwege onze ambitie.",
  factorsAnswer: "Bestuurlijke steun hielp; financiering bleef lastig.",
  successFactors: ["Structureel bestuurlijk overleg"],
  failureFactors: ["Financiering rondkrijgen"],
  guestNames: ["Jan de Vries (wijkverpleging)"],
});

async function accepted(year: number, pactId = f.pacts.A) {
  const participantOrganisationIds = pactId === f.pacts.A ? [f.organisations.partner] : [];
  const draft = await f.editorA.volgspot.record({ pactId, ...complete(year), participantOrganisationIds });
  const submitted = await f.editorA.volgspot.submit({ id: draft.id, version: draft.version });
  return f.admin.volgspot.accept({ id: submitted.id, version: submitted.version });
}

function fieldsOf(error: Awaited<ReturnType<typeof caught>>): string[] {
  return error.cause instanceof ZodError ? error.cause.issues.map((i) => i.path.join(".")) : [];
}

describe("recording a Volgspot", () => {
  it("creates the year's draft from the date, audits it, and shows it with what the platform knows", async () => {
    const draft = await f.editorA.volgspot.record({
      pactId: f.pacts.A,
      heldOn: "2016-03-15",
      report: "Eerste Volgspot",
      participantOrganisationIds: [f.organisations.partner],
      results: [{ nodeId: nodes.result, note: "Op koers" }],
    });
    expect(draft).toMatchObject({ year: 2016, revision: 1, status: "draft", version: 1, participantOrganisationIds: [f.organisations.partner] });
    expect(await lastAudit("volgspot.record")).toMatchObject({ objectType: "volgspot", objectId: draft.id, pactId: f.pacts.A, result: "ok" });

    const view = await f.editorA.volgspot.get({ pactId: f.pacts.A, year: 2016 });
    expect(view.current.id).toBe(draft.id);
    expect(view.accepted).toBeNull();
    expect(view.actions).toEqual({ edit: true, submit: true, accept: false, return: false, revise: false });
    expect(view.known.partners.map((p) => p.name)).toEqual(["Noorderpoort"]);
    expect(view.known.themes.pact).toEqual(["Leren in de praktijk"]);
    const result = view.known.resultNodes.find((n) => n.id === nodes.result);
    expect(result?.indicators[0]?.latest).toEqual({ measuredOn: "2017-06-30", value: 31 });
    expect(view.known.resultNodes.map((n) => n.id)).not.toContain(nodes.activity);

    const list = await f.editorA.volgspot.list({ pactId: f.pacts.A });
    expect(list.years.find((y) => y.year === 2016)).toMatchObject({ status: "draft", held: false });
    expect(list.mayRecord).toBe(true);
  });

  it("refuses a second Volgspot for the same year on the year field", async () => {
    await f.editorA.volgspot.record({ pactId: f.pacts.A, heldOn: "2015-04-01" });
    const error = await caught(f.editorA.volgspot.record({ pactId: f.pacts.A, heldOn: "2015-10-01" }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(fieldOf(error)).toBe("year");
  });

  it("refuses participants, results and pacts that do not belong, naming the field", async () => {
    const outsider = await caught(
      f.editorA.volgspot.record({ pactId: f.pacts.A, heldOn: "2030-01-01", participantOrganisationIds: [f.organisations.outsider] }),
    );
    expect(fieldOf(outsider)).toBe("participantOrganisationIds");
    const otherNode = await caught(f.editorA.volgspot.record({ pactId: f.pacts.A, heldOn: "2030-01-01", results: [{ nodeId: nodes.elsewhere, note: "" }] }));
    expect(fieldOf(otherNode)).toBe("results");
    const activity = await caught(f.editorA.volgspot.record({ pactId: f.pacts.A, heldOn: "2030-01-01", results: [{ nodeId: nodes.activity, note: "" }] }));
    expect(fieldOf(activity)).toBe("results");
    const wrongYear = await caught(f.editorA.volgspot.record({ pactId: f.pacts.A, year: 2031, heldOn: "2030-01-01" }));
    expect(fieldOf(wrongYear)).toBe("heldOn");
    const frontRunner = await insertPact(handle.db, { kind: "front_runner", admissionStatus: "admitted" });
    const notRegional = await caught(f.admin.volgspot.record({ pactId: frontRunner, heldOn: "2030-01-01" }));
    expect(fieldOf(notRegional)).toBe("pactId");
    const nul = await caught(f.editorA.volgspot.record({ pactId: f.pacts.A, heldOn: "2030-01-01", report: "a\u0000b" }));
    expect(fieldOf(nul)).toBe("report");
    // None of the refused calls left a Volgspot behind.
    expect((await f.editorA.volgspot.list({ pactId: f.pacts.A })).years.map((y) => y.year)).not.toContain(2030);
  });

  it("keeps editors to their own pact and the public out", async () => {
    expect((await caught(f.editorB.volgspot.record({ pactId: f.pacts.A, heldOn: "2029-01-01" }))).code).toBe("FORBIDDEN");
    expect((await caught(f.anonymous.volgspot.record({ pactId: f.pacts.A, heldOn: "2029-01-01" }))).code).toBe("UNAUTHORIZED");
    const draft = await f.editorA.volgspot.record({ pactId: f.pacts.A, heldOn: "2029-01-01" });
    expect((await caught(f.editorB.volgspot.get({ pactId: f.pacts.A, year: 2029 }))).code).toBe("FORBIDDEN");
    expect((await caught(f.editorB.volgspot.update({ id: draft.id, version: 1, heldOn: "2029-02-01" }))).code).toBe("FORBIDDEN");
    expect((await caught(f.editorB.volgspot.submit({ id: draft.id, version: 1 }))).code).toBe("FORBIDDEN");
    expect((await caught(f.editorB.volgspot.list({ pactId: f.pacts.A }))).code).toBe("FORBIDDEN");
    expect(await lastAudit("volgspot.submit")).toMatchObject({ result: "refused", pactId: f.pacts.A });
    expect((await caught(f.editorA.volgspot.get({ pactId: f.pacts.A, year: 2028 }))).code).toBe("NOT_FOUND");
  });
});

describe("editing a draft", () => {
  it("saves the content, audits only what changed, and refuses a stale version", async () => {
    const draft = await f.editorA.volgspot.record({ pactId: f.pacts.A, heldOn: "2019-02-01", report: "Eerste versie" });
    const updated = await f.editorA.volgspot.update({
      id: draft.id,
      version: 1,
      heldOn: "2019-02-01",
      report: "Tweede versie",
      newCollaborations: 3,
      results: [{ nodeId: nodes.effect, note: "Nog niet gemeten" }],
    });
    expect(updated).toMatchObject({ version: 2, report: "Tweede versie", newCollaborations: 3, results: [{ nodeId: nodes.effect, note: "Nog niet gemeten" }] });
    expect((await lastAudit("volgspot.update")).changes).toEqual({
      before: { report: "Eerste versie", newCollaborations: null, results: [] },
      after: { report: "Tweede versie", newCollaborations: 3, results: [{ nodeId: nodes.effect, note: "Nog niet gemeten" }] },
    });
    expect((await caught(f.admin.volgspot.update({ id: draft.id, version: 1, heldOn: "2019-02-01" }))).code).toBe("CONFLICT");
    const otherYear = await caught(f.editorA.volgspot.update({ id: draft.id, version: 2, heldOn: "2020-02-01" }));
    expect(fieldOf(otherYear)).toBe("heldOn");
    expect((await caught(f.editorA.volgspot.update({ id: UNKNOWN_ID, version: 1, heldOn: "2019-02-01" }))).code).toBe("NOT_FOUND");
  });
});

describe("the workflow", () => {
  it("asks for everything a submission needs, on the fields, and refuses a Volgspot not yet held", async () => {
    const draft = await f.editorA.volgspot.record({ pactId: f.pacts.A, heldOn: "2020-03-01" });
    const error = await caught(f.editorA.volgspot.submit({ id: draft.id, version: 1 }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(fieldsOf(error)).toEqual(["report", "actionsAnswer", "positionAnswer", "factorsAnswer", "participantOrganisationIds"]);

    const future = await f.editorA.volgspot.record({ pactId: f.pacts.A, ...complete(2099) });
    expect(fieldsOf(await caught(f.editorA.volgspot.submit({ id: future.id, version: 1 })))).toEqual(["heldOn"]);
  });

  it("submits, is sent back with a comment, is edited and accepted; then it is locked", async () => {
    const draft = await f.editorA.volgspot.record({ pactId: f.pacts.A, ...complete(2021) });
    const submitted = await f.editorA.volgspot.submit({ id: draft.id, version: draft.version });
    expect(submitted).toMatchObject({ status: "submitted", version: 2 });
    expect(submitted.submittedAt).not.toBeNull();

    const whileWaiting = await caught(f.editorA.volgspot.update({ id: draft.id, version: 2, ...complete(2021) }));
    expect(whileWaiting).toMatchObject({ code: "CONFLICT", message: SUBMITTED_MESSAGE });
    expect((await caught(f.editorA.volgspot.accept({ id: draft.id, version: 2 }))).code).toBe("FORBIDDEN");
    expect((await caught(f.editorA.volgspot.return({ id: draft.id, version: 2, comment: "Zelf terug" }))).code).toBe("FORBIDDEN");
    expect(fieldOf(await caught(f.admin.volgspot.return({ id: draft.id, version: 2, comment: "" })))).toBe("comment");

    const returned = await f.admin.volgspot.return({ id: draft.id, version: 2, comment: "Koppel de resultaten aan de effectketen." });
    expect(returned).toMatchObject({ status: "returned", returnComment: "Koppel de resultaten aan de effectketen." });
    expect(await lastAudit("volgspot.return")).toMatchObject({ result: "ok", objectId: draft.id, pactId: f.pacts.A });
    expect((await caught(f.admin.volgspot.accept({ id: draft.id, version: 3 }))).code).toBe("CONFLICT");

    const edited = await f.editorA.volgspot.update({
      id: draft.id,
      version: 3,
      ...complete(2021),
      participantOrganisationIds: [f.organisations.partner],
      results: [{ nodeId: nodes.result, note: "31 studenten" }],
    });
    const again = await f.editorA.volgspot.submit({ id: draft.id, version: edited.version });
    const done = await f.admin.volgspot.accept({ id: draft.id, version: again.version });
    expect(done).toMatchObject({ status: "accepted", returnComment: null });
    expect(done.decidedAt).not.toBeNull();
    expect(await lastAudit("volgspot.accept")).toMatchObject({ result: "ok", changes: { before: { status: "submitted" }, after: { status: "accepted" } } });

    const locked = await caught(f.admin.volgspot.update({ id: draft.id, version: done.version, ...complete(2021) }));
    expect(locked).toMatchObject({ code: "CONFLICT", message: LOCKED_MESSAGE });
    expect((await caught(f.editorA.volgspot.submit({ id: draft.id, version: done.version }))).message).toBe(LOCKED_MESSAGE);
    expect((await caught(f.admin.volgspot.accept({ id: draft.id, version: done.version }))).code).toBe("CONFLICT");
    const view = await f.editorA.volgspot.get({ pactId: f.pacts.A, year: 2021 });
    expect(view.actions).toEqual({ edit: false, submit: false, accept: false, return: false, revise: true });
  });

  it("corrects an accepted Volgspot in a new revision that keeps the accepted one readable until it replaces it", async () => {
    const first = await accepted(2022);
    const correction = await f.editorA.volgspot.revise({ id: first.id, version: first.version });
    expect(correction).toMatchObject({ revision: 2, status: "draft", report: first.report, participantOrganisationIds: first.participantOrganisationIds });
    expect((await caught(f.editorA.volgspot.revise({ id: first.id, version: first.version }))).code).toBe("CONFLICT");
    expect((await caught(f.editorA.volgspot.revise({ id: correction.id, version: correction.version }))).code).toBe("CONFLICT");

    const during = await f.editorA.volgspot.get({ pactId: f.pacts.A, year: 2022 });
    expect(during.current.id).toBe(correction.id);
    expect(during.accepted?.id).toBe(first.id);
    expect(during.revisions.map((r) => [r.revision, r.status])).toEqual([
      [2, "draft"],
      [1, "accepted"],
    ]);
    const publicDuring = await f.anonymous.volgspot.publicSummary({ slug: "zorgpact-noord" });
    expect(publicDuring.volgspots.find((v) => v.year === 2022)?.report).toBe(first.report);

    const edited = await f.editorA.volgspot.update({
      id: correction.id,
      version: correction.version,
      ...complete(2022),
      report: "Gecorrigeerd verslag",
      participantOrganisationIds: [f.organisations.partner],
    });
    const submitted = await f.editorA.volgspot.submit({ id: correction.id, version: edited.version });
    await f.admin.volgspot.accept({ id: correction.id, version: submitted.version });

    const after = await f.editorA.volgspot.get({ pactId: f.pacts.A, year: 2022 });
    expect(after.current).toMatchObject({ id: correction.id, status: "accepted" });
    expect(after.revisions.map((r) => [r.revision, r.status])).toEqual([
      [2, "accepted"],
      [1, "superseded"],
    ]);
    expect((await f.anonymous.volgspot.overview({ year: 2022 })).held).toBe(1);
    const stale = await handle.db.selectFrom("volgspots").select("version").where("id", "=", first.id).executeTakeFirstOrThrow();
    expect((await caught(f.editorA.volgspot.revise({ id: first.id, version: stale.version }))).code).toBe("CONFLICT");
  });
});

describe("agreements", () => {
  it("adds, changes and removes agreements of a draft, with an owner among the partners and a due date after the Volgspot", async () => {
    const draft = await f.editorA.volgspot.record({ pactId: f.pacts.A, heldOn: "2023-04-01" });
    const added = await f.editorA.volgspot.addAgreement({
      volgspotId: draft.id,
      text: "Stagebegeleiding regionaal regelen",
      ownerOrganisationId: f.organisations.partner,
      dueOn: "2023-12-01",
    });
    expect(added).toMatchObject({ year: 2023, status: "open", ownerName: "Noorderpoort", version: 1 });
    expect(await lastAudit("volgspot.addAgreement")).toMatchObject({ objectType: "volgspot_agreement", objectId: added.id, pactId: f.pacts.A, result: "ok" });

    const outsider = await caught(
      f.editorA.volgspot.addAgreement({ volgspotId: draft.id, text: "Niet van ons", ownerOrganisationId: f.organisations.outsider, dueOn: "2023-12-01" }),
    );
    expect(fieldOf(outsider)).toBe("ownerOrganisationId");
    const early = await caught(
      f.editorA.volgspot.addAgreement({ volgspotId: draft.id, text: "Te vroeg gepland", ownerOrganisationId: f.organisations.partner, dueOn: "2023-03-01" }),
    );
    expect(fieldOf(early)).toBe("dueOn");
    expect(
      (
        await caught(
          f.editorB.volgspot.addAgreement({ volgspotId: draft.id, text: "Van een ander", ownerOrganisationId: f.organisations.partner, dueOn: "2023-12-01" }),
        )
      ).code,
    ).toBe("FORBIDDEN");

    const changed = await f.editorA.volgspot.updateAgreement({
      id: added.id,
      version: 1,
      text: "Stagebegeleiding regionaal organiseren",
      ownerOrganisationId: f.organisations.partner,
      dueOn: "2024-01-31",
    });
    expect(changed).toMatchObject({ version: 2, dueOn: "2024-01-31" });
    expect(
      (
        await caught(
          f.editorA.volgspot.updateAgreement({
            id: added.id,
            version: 1,
            text: "Verloren wijziging",
            ownerOrganisationId: f.organisations.partner,
            dueOn: "2024-01-31",
          }),
        )
      ).code,
    ).toBe("CONFLICT");
    expect((await caught(f.editorB.volgspot.removeAgreement({ id: added.id, version: 2 }))).code).toBe("FORBIDDEN");
    await f.editorA.volgspot.removeAgreement({ id: added.id, version: 2 });
    expect((await f.editorA.volgspot.get({ pactId: f.pacts.A, year: 2023 })).agreements).toEqual([]);
    expect((await caught(f.editorA.volgspot.removeAgreement({ id: added.id, version: 2 }))).code).toBe("NOT_FOUND");
  });

  it("locks an accepted Volgspot's agreements but keeps their status open to follow-up, dropping only with a reason", async () => {
    const draft = await f.editorA.volgspot.record({ pactId: f.pacts.A, ...complete(2024), participantOrganisationIds: [f.organisations.partner] });
    const agreement = await f.editorA.volgspot.addAgreement({
      volgspotId: draft.id,
      text: "Gezamenlijke werving starten",
      ownerOrganisationId: f.organisations.partner,
      dueOn: "2024-09-01",
    });
    const submitted = await f.editorA.volgspot.submit({ id: draft.id, version: draft.version });
    expect(
      (
        await caught(
          f.editorA.volgspot.addAgreement({ volgspotId: draft.id, text: "Na het indienen", ownerOrganisationId: f.organisations.partner, dueOn: "2024-09-01" }),
        )
      ).message,
    ).toBe(SUBMITTED_MESSAGE);
    await f.admin.volgspot.accept({ id: draft.id, version: submitted.version });

    const locked = await caught(
      f.editorA.volgspot.updateAgreement({
        id: agreement.id,
        version: 1,
        text: "Anders geformuleerd",
        ownerOrganisationId: f.organisations.partner,
        dueOn: "2024-09-01",
      }),
    );
    expect(locked).toMatchObject({ code: "CONFLICT", message: AGREEMENT_LOCKED });
    expect((await caught(f.editorA.volgspot.removeAgreement({ id: agreement.id, version: 1 }))).message).toBe(AGREEMENT_LOCKED);
    expect(
      (
        await caught(
          f.editorA.volgspot.addAgreement({
            volgspotId: draft.id,
            text: "Nog eentje erbij",
            ownerOrganisationId: f.organisations.partner,
            dueOn: "2024-09-01",
          }),
        )
      ).message,
    ).toBe(LOCKED_MESSAGE);

    const noReason = await caught(f.editorA.volgspot.setAgreementStatus({ id: agreement.id, version: 1, status: "dropped" }));
    expect(fieldOf(noReason)).toBe("reason");
    const dropped = await f.editorA.volgspot.setAgreementStatus({
      id: agreement.id,
      version: 1,
      status: "dropped",
      reason: "De werving loopt via de provincie.",
    });
    expect(dropped).toMatchObject({ status: "dropped", statusReason: "De werving loopt via de provincie.", version: 2, overdue: false });
    expect(dropped.statusChangedOn).not.toBeNull();
    const reopened = await f.editorA.volgspot.setAgreementStatus({ id: agreement.id, version: 2, status: "open" });
    expect(reopened).toMatchObject({ status: "open", statusReason: null, statusChangedOn: null });
    expect((await caught(f.editorB.volgspot.setAgreementStatus({ id: agreement.id, version: 3, status: "done" }))).code).toBe("FORBIDDEN");
    expect((await caught(f.editorA.volgspot.setAgreementStatus({ id: agreement.id, version: 1, status: "done" }))).code).toBe("CONFLICT");
  });

  it("carries open agreements over: next year's Volgspot reviews them first", async () => {
    const draft = await f.editorA.volgspot.record({ pactId: f.pacts.A, heldOn: "2025-03-01" });
    const open = await f.editorA.volgspot.addAgreement({
      volgspotId: draft.id,
      text: "Open afspraak uit 2025",
      ownerOrganisationId: f.organisations.partner,
      dueOn: "2025-10-01",
    });
    const closed = await f.editorA.volgspot.addAgreement({
      volgspotId: draft.id,
      text: "Afgeronde afspraak uit 2025",
      ownerOrganisationId: f.organisations.partner,
      dueOn: "2025-10-01",
    });
    await f.editorA.volgspot.setAgreementStatus({ id: closed.id, version: 1, status: "done" });
    await f.editorA.volgspot.record({ pactId: f.pacts.A, heldOn: "2026-03-01" });

    const next = await f.editorA.volgspot.get({ pactId: f.pacts.A, year: 2026 });
    const carried = next.carriedOver.map((a) => a.id);
    expect(carried).toContain(open.id);
    expect(carried).not.toContain(closed.id);
    expect(next.carriedOver.find((a) => a.id === open.id)?.overdue).toBe(true);
    expect(next.agreements).toEqual([]);
  });
});

describe("the national monitoring view", () => {
  it("shows per regional pact whether the year was held, waits for a decision or is overdue, with agreements past due and factors counted", async () => {
    const db = handle.db;
    const partnerB = f.organisations.outsider;
    // Pact A held 2017 (and 2016 was a draft above, so no anniversary): B submitted 2017.
    await accepted(2017);
    const draftB = await f.editorB.volgspot.record({
      pactId: f.pacts.B,
      ...complete(2017),
      successFactors: ["structureel  bestuurlijk overleg", "Een vaste trekker"],
      participantOrganisationIds: [partnerB],
    });
    await f.editorB.volgspot.addAgreement({ volgspotId: draftB.id, text: "Te laat opgepakt", ownerOrganisationId: partnerB, dueOn: "2017-06-01" });
    await f.editorB.volgspot.submit({ id: draftB.id, version: draftB.version });

    const admin = await createTestUser(db, "national_admin");
    const inMarch2018 = callerFor(db, { sessionToken: await signIn(db, admin.email), now: () => new Date("2018-03-01T11:00:00Z") });
    const monitor = await inMarch2018.volgspot.monitor({ year: 2017 });
    const rowOf = (pactId: string) => monitor.pacts.find((p) => p.pactId === pactId)!;
    expect(rowOf(f.pacts.A)).toMatchObject({ state: "held", overdue: false, dueOn: "2017-12-31" });
    expect(rowOf(f.pacts.B)).toMatchObject({ state: "submitted", overdue: true, revision: { status: "submitted", revision: 1 } });
    expect(rowOf(f.pacts.draft)).toMatchObject({ state: "not_started", overdue: true, published: false });
    expect(monitor).toMatchObject({ year: 2017, today: "2018-03-01", held: 1, submitted: 1 });
    // The figure counts published pacts (as the public one does); the table lists the draft pact too.
    expect(monitor.total).toBe(monitor.pacts.filter((p) => p.published).length);
    expect(monitor.total).toBe(monitor.pacts.length - 1);
    expect(monitor.overdueAgreements.map((a) => a.text)).toContain("Te laat opgepakt");
    expect(rowOf(f.pacts.B).overdueAgreements).toBe(1);
    // Factors count accepted Volgspots only: B's is still waiting.
    expect(monitor.successFactors).toEqual([{ label: "Structureel bestuurlijk overleg", count: 1 }]);
    expect(monitor.failureFactors).toEqual([{ label: "Financiering rondkrijgen", count: 1 }]);

    expect((await caught(f.editorA.volgspot.monitor({ year: 2017 }))).code).toBe("FORBIDDEN");
    expect((await caught(f.anonymous.volgspot.monitor({ year: 2017 }))).code).toBe("UNAUTHORIZED");
  });

  it("exports the monitoring view as a workbook with a sheet per table", async () => {
    const file = await f.admin.volgspot.exportMonitor({ year: 2017 });
    expect(file.fileName).toBe("volgspot-monitor-2017.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.contentBase64, "base64") as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Volgspots 2017", "Afspraken over datum", "Succesfactoren", "Faalfactoren"]);
    const pacts = workbook.getWorksheet("Volgspots 2017")!;
    const names = pacts.getColumn(1).values.slice(2);
    expect(names).toContain("Zorgpact Noord");
    const noord = pacts.getRows(2, pacts.rowCount - 1)!.find((r) => r.getCell(1).value === "Zorgpact Noord")!;
    expect(noord.getCell(3).value).toBe("Gehouden");
    expect((await caught(f.editorB.volgspot.exportMonitor({ year: 2017 }))).code).toBe("FORBIDDEN");
  });
});

describe("what the public sees", () => {
  it("counts published regional pacts that held a Volgspot in the year, defaulting to the latest such year", async () => {
    const overview = await f.anonymous.volgspot.overview({ year: 2017 });
    const published = await handle.db
      .selectFrom("pacts")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("kind", "=", "regional_pact")
      .where("publicationStatus", "=", "published")
      .where("archivedAt", "is", null)
      .executeTakeFirstOrThrow();
    expect(overview).toEqual({ year: 2017, held: 1, total: Number(published.n) });
    // The draft pact is not counted, even with an accepted Volgspot.
    await accepted(2017, f.pacts.draft);
    expect((await f.anonymous.volgspot.overview({ year: 2017 })).held).toBe(1);
    // Without a year: the latest finished year with an accepted Volgspot, else the current year.
    const on = (date: string) => callerFor(handle.db, { now: () => new Date(`${date}T12:00:00Z`) });
    expect((await on("2025-06-01").volgspot.overview({})).year).toBe(2024);
    expect((await on("2024-06-01").volgspot.overview({})).year).toBe(2022);
    expect(await on("2016-06-01").volgspot.overview({})).toMatchObject({ year: 2016, held: 0 });
    expect((await f.anonymous.volgspot.overview({ year: 2040 })).held).toBe(0);
  });

  it("shows accepted Volgspots only, without participants' names or draft text", async () => {
    const summary = await f.anonymous.volgspot.publicSummary({ slug: "zorgpact-noord" });
    const years = summary.volgspots.map((v) => v.year);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(years).toContain(2017);
    expect(years).not.toContain(2016);
    expect(years).not.toContain(2023);
    const y2021 = summary.volgspots.find((v) => v.year === 2021)!;
    expect(y2021).toMatchObject({ participantCount: 2, newCollaborations: null });
    expect(y2021.results).toEqual([
      {
        title: "Studenten in leerwerkplaatsen",
        kind: "result",
        note: "31 studenten",
        indicators: [{ name: "Studenten in een leerwerkplaats", unit: "studenten", unitKind: "aantal", latest: { measuredOn: "2017-06-30", value: 31 } }],
      },
    ]);
    const text = JSON.stringify(summary);
    expect(text).not.toContain("Jan de Vries");
    expect(text).not.toContain("Eerste Volgspot");
    expect(text).not.toContain("guestNames");
    expect(text).not.toContain("participantOrganisationIds");
    const agreements = summary.volgspots.find((v) => v.year === 2024)!.agreements;
    expect(agreements).toEqual([{ text: "Gezamenlijke werving starten", ownerName: "Noorderpoort", dueOn: "2024-09-01", status: "open" }]);
  });

  it("finds no summary for a draft or unknown pact", async () => {
    expect((await caught(f.anonymous.volgspot.publicSummary({ slug: "concept" }))).code).toBe("NOT_FOUND");
    expect((await caught(f.anonymous.volgspot.publicSummary({ slug: "bestaat-niet" }))).code).toBe("NOT_FOUND");
  });
});
