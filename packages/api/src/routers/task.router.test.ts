import { TRPCError } from "@trpc/server";
import type { Db, DatabaseHandle } from "@zorgpact/db/database";
import { enqueueMessage } from "@zorgpact/db/repositories/outbox.repository";
import { insertIndicator, insertMeasurement, insertNode, insertOrganisation, insertPact } from "@zorgpact/db/test/fixtures";
import { createTestDatabase } from "@zorgpact/db/test/test-database";
import type { Role } from "@zorgpact/domain/account";
import type { IndicatorFrequency } from "@zorgpact/domain/indicator-period";
import type { Task } from "@zorgpact/domain/reminder";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, createTestUser, signIn } from "../test/caller.ts";

/** 15 November 2026, noon in Amsterdam: the day every expectation below is computed for. */
const NOW = new Date("2026-11-15T11:00:00Z");
const now = () => NOW;

let handle: DatabaseHandle;
let db: Db;
const pact = { A: "", B: "", C: "", archived: "" };
let indicatorOfA = "";

async function callerAs(role: Role, pactIds: string[] = [], at = now) {
  const user = await createTestUser(db, role, pactIds);
  const token = await signIn(db, user.email, { now: at });
  return callerFor(db, { sessionToken: token, now: at });
}

async function volgspot(pactId: string, fields: { year: number; status: "draft" | "submitted" | "accepted"; heldOn: string; submittedAt?: string }) {
  await db
    .insertInto("volgspots")
    .values({ pactId, ...fields })
    .execute();
}

async function agreement(pactId: string, text: string, dueOn: string, status: "open" | "done" = "open") {
  const ownerOrganisationId = await insertOrganisation(db);
  await db.insertInto("volgspotAgreements").values({ pactId, year: 2025, text, ownerOrganisationId, dueOn, status }).execute();
}

async function indicator(pactId: string, fields: { name: string; baselineDate: string; frequency?: IndicatorFrequency }, measuredOn?: string) {
  const id = await insertIndicator(db, await insertNode(db, pactId, { kind: "result" }), fields);
  if (measuredOn) await insertMeasurement(db, id, measuredOn, 10);
  return id;
}

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  pact.A = await insertPact(db, { name: "Zorgpact A" });
  pact.B = await insertPact(db, { name: "Zorgpact B" });
  pact.C = await insertPact(db, { name: "Zorgpact C" });
  pact.archived = await insertPact(db, { name: "Zorgpact Oud", archivedAt: NOW.toISOString() });

  // A: last year's Volgspot on 20 November, so this year's is due on 20 November (soon).
  await volgspot(pact.A, { year: 2025, status: "accepted", heldOn: "2025-11-20" });
  // B: last year's on 1 June, so this year's was due on 1 June (overdue); a draft exists.
  await volgspot(pact.B, { year: 2025, status: "accepted", heldOn: "2025-06-01" });
  await volgspot(pact.B, { year: 2026, status: "draft", heldOn: "2026-05-20" });
  // C: this year's is submitted and waits for the national team.
  await volgspot(pact.C, { year: 2026, status: "submitted", heldOn: "2026-11-01", submittedAt: "2026-11-10T09:00:00Z" });
  // The archived pact would have everything overdue, but it is not in use.
  await volgspot(pact.archived, { year: 2025, status: "accepted", heldOn: "2025-01-10" });
  await agreement(pact.archived, "Vergeten afspraak", "2026-01-01");

  await agreement(pact.A, "Stagecoördinatoren aanstellen", "2026-11-20");
  await agreement(pact.A, "Al gedaan", "2026-11-01", "done");
  await agreement(pact.A, "Pas volgend jaar", "2027-03-01");
  await agreement(pact.B, "Leerwerkplaatsen uitbreiden", "2026-10-01");

  // Quarterly, last measured in the second quarter: the third quarter's measurement was due on 30 September.
  indicatorOfA = await indicator(pact.A, { name: "Studenten in de wijk", baselineDate: "2024-01-01", frequency: "kwartaal" }, "2026-06-20");
  // Yearly, measured this year: next year's is due on 31 December 2027.
  await indicator(pact.A, { name: "Pas gemeten", baselineDate: "2024-01-01" }, "2026-09-01");
  // Quarterly, measured in the third quarter: the fourth quarter's is due on 31 December (notice from 1 December).
  await indicator(pact.C, { name: "Wachttijd stageplaats", baselineDate: "2024-01-01", frequency: "kwartaal" }, "2026-08-15");
  await indicator(pact.B, { name: "Uitval", baselineDate: "2024-01-01" });
  await indicator(pact.archived, { name: "Oude indicator", baselineDate: "2016-01-01" });
});
afterAll(() => handle.close());

const summary = (tasks: Task[]) =>
  tasks.map((t) => {
    const subject = t.kind === "agreement_due" ? t.text : t.kind === "measurement_due" ? t.indicatorName : String(t.year);
    return `${t.kind} ${t.pactName} ${subject}${t.overdue ? " (te laat)" : ""}`;
  });

describe("task.list", () => {
  it("gives an editor the due and overdue tasks of their own pact only", async () => {
    const editorOfA = await callerAs("regional_editor", [pact.A]);
    const list = await editorOfA.task.list();
    expect(list.today).toBe("2026-11-15");
    expect(summary(list.tasks)).toEqual([
      "measurement_due Zorgpact A Studenten in de wijk (te laat)",
      "volgspot_due Zorgpact A 2026",
      "agreement_due Zorgpact A Stagecoördinatoren aanstellen",
    ]);
    expect(list.tasks[0]).toMatchObject({ dueOn: "2026-09-30", lastMeasuredOn: "2026-06-20" });
    expect(list.tasks[1]).toMatchObject({ dueOn: "2026-11-20", state: "none" });

    const editorOfB = await callerAs("regional_editor", [pact.B]);
    expect(summary((await editorOfB.task.list()).tasks)).toEqual([
      "measurement_due Zorgpact B Uitval (te laat)",
      "volgspot_due Zorgpact B 2026 (te laat)",
      "agreement_due Zorgpact B Leerwerkplaatsen uitbreiden (te laat)",
    ]);
  });

  it("gives the national team the overdue tasks of every pact in use and the Volgspots to review", async () => {
    const national = await callerAs("national_admin");
    expect(summary((await national.task.list()).tasks)).toEqual([
      "measurement_due Zorgpact B Uitval (te laat)",
      "volgspot_due Zorgpact B 2026 (te laat)",
      "measurement_due Zorgpact A Studenten in de wijk (te laat)",
      "agreement_due Zorgpact B Leerwerkplaatsen uitbreiden (te laat)",
      "volgspot_review Zorgpact C 2026",
    ]);
  });

  it("gives an editor without pacts an empty list, and refuses anyone not signed in", async () => {
    const nobody = await callerAs("regional_editor", []);
    expect((await nobody.task.list()).tasks).toEqual([]);
    await expect(callerFor(db).task.list()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("asks for a quarterly indicator's measurement from 30 days before its quarter ends", async () => {
    const before = await callerAs("regional_editor", [pact.C], () => new Date("2026-11-30T11:00:00Z"));
    expect(summary((await before.task.list()).tasks)).toEqual([]);
    const within = await callerAs("regional_editor", [pact.C], () => new Date("2026-12-01T11:00:00Z"));
    expect((await within.task.list()).tasks).toMatchObject([
      { kind: "measurement_due", indicatorName: "Wachttijd stageplaats", dueOn: "2026-12-31", lastMeasuredOn: "2026-08-15", overdue: false },
    ]);
  });

  it("follows the data live: a new measurement removes its task", async () => {
    const editorOfA = await callerAs("regional_editor", [pact.A]);
    const measured = await insertMeasurement(db, indicatorOfA, "2026-11-14", 12);
    try {
      expect(summary((await editorOfA.task.list()).tasks)).not.toContain("measurement_due Zorgpact A Studenten in de wijk (te laat)");
    } finally {
      await db.deleteFrom("measurements").where("id", "=", measured).execute();
    }
  });
});

describe("task.count", () => {
  it("counts open and overdue tasks for the badge", async () => {
    expect(await (await callerAs("regional_editor", [pact.A])).task.count()).toEqual({ open: 3, overdue: 1, failedMail: 0 });
    expect(await (await callerAs("regional_editor", [pact.A, pact.B])).task.count()).toEqual({ open: 6, overdue: 4, failedMail: 0 });
  });
});

describe("undelivered e-mail", () => {
  it("is listed for the national team, counted on its badge, and can be sent again", async () => {
    const { id } = await enqueueMessage(db, {
      idempotencyKey: "test:failed",
      topic: "reminder",
      recipient: "weg@voorbeeld.nl",
      subject: "Herinnering",
      textBody: "…",
    });
    await db.updateTable("outboxMessages").set({ status: "failed", attempts: 10, lastError: "550 mailbox unavailable" }).where("id", "=", id).execute();
    const national = await callerAs("national_admin");

    expect((await national.task.count()).failedMail).toBe(1);
    const page = await national.task.failedMail({});
    expect(page.items).toMatchObject([{ id, recipient: "weg@voorbeeld.nl", lastError: "550 mailbox unavailable", attempts: 10 }]);

    await national.task.retryMail({ id });
    expect(await db.selectFrom("outboxMessages").select(["status", "attempts"]).where("id", "=", id).executeTakeFirstOrThrow()).toEqual({
      status: "pending",
      attempts: 0,
    });
    expect((await national.task.failedMail({})).total).toBe(0);
    const audit = await db.selectFrom("auditLog").selectAll().where("action", "=", "task.retryMail").executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ objectType: "outbox_message", objectId: id, result: "ok" });

    const again = await national.task.retryMail({ id }).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(TRPCError);
    expect(again).toMatchObject({ code: "NOT_FOUND" });
  });

  it("is the national team's business only", async () => {
    const editor = await callerAs("regional_editor", [pact.A]);
    await expect(editor.task.failedMail({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(editor.task.retryMail({ id: crypto.randomUUID() })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses a malformed id with a field error", async () => {
    const national = await callerAs("national_admin");
    await expect(national.task.retryMail({ id: "geen-id" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
