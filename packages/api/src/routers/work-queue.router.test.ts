import type { TRPCError } from "@trpc/server";
import type { Db, DatabaseHandle } from "@zorgpact/db/database";
import { enqueueMessage } from "@zorgpact/db/repositories/outbox.repository";
import { insertBarrier } from "@zorgpact/db/repositories/barrier.repository";
import { insertSupportTrajectory } from "@zorgpact/db/repositories/support.repository";
import { insertIndicator, insertNode, insertPact } from "@zorgpact/db/test/fixtures";
import { createTestDatabase } from "@zorgpact/db/test/test-database";
import type { Role } from "@zorgpact/domain/account";
import { STALE_PACT_DAYS } from "@zorgpact/domain/work-queue";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, createTestUser, signIn } from "../test/caller.ts";

/** 15 November 2026, noon in Amsterdam. */
const NOW = new Date("2026-11-15T11:00:00Z");
const now = () => NOW;

let handle: DatabaseHandle;
let db: Db;
const pact = { A: "", B: "", quiet: "", applied: "", reviewing: "", admitted: "", archived: "" };

async function callerAs(role: Role, pactIds: string[] = []) {
  const user = await createTestUser(db, role, pactIds);
  const token = await signIn(db, user.email, { now });
  return callerFor(db, { sessionToken: token, now });
}

async function support(pactId: string, status: "requested" | "in_progress" = "requested") {
  const id = await insertSupportTrajectory(db, {
    pactId,
    questionType: "governance",
    question: "Hoe richten we de stuurgroep in?",
    requestedOn: "2026-10-01",
    requestedBy: null,
  });
  if (status !== "requested") await db.updateTable("supportTrajectories").set({ status }).where("id", "=", id).execute();
  return id;
}

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  pact.A = await insertPact(db, { name: "Zorgpact A" });
  pact.B = await insertPact(db, { name: "Zorgpact B" });
  // Quiet: changed ten months before NOW, so past the 180-day threshold.
  pact.quiet = await insertPact(db, { name: "Zorgpact Stil", updatedAt: "2026-01-10T10:00:00Z" });
  pact.archived = await insertPact(db, { name: "Zorgpact Oud", updatedAt: "2020-01-10T10:00:00Z", archivedAt: "2021-01-01T00:00:00Z" });
  pact.applied = await insertPact(db, {
    name: "Koploper Aangemeld",
    kind: "front_runner",
    admissionStatus: "applied",
    publicationStatus: "draft",
    updatedAt: "2025-01-01T00:00:00Z",
  });
  pact.reviewing = await insertPact(db, { name: "Koploper In Beoordeling", kind: "front_runner", admissionStatus: "under_review", publicationStatus: "draft" });
  pact.admitted = await insertPact(db, { name: "Koploper Toegelaten", kind: "front_runner", admissionStatus: "admitted" });

  // A: a submitted Volgspot waiting for acceptance, and two indicators never measured (overdue).
  await db
    .insertInto("volgspots")
    .values({ pactId: pact.A, year: 2026, status: "submitted", heldOn: "2026-11-01", submittedAt: "2026-11-10T09:00:00Z" })
    .execute();
  for (const name of ["Studenten in de wijk", "Uitval"]) {
    await insertIndicator(db, await insertNode(db, pact.A, { kind: "result" }), { name, baselineDate: "2024-01-01" });
  }
  // B: last year's Volgspot on 1 June, so this year's is overdue.
  await db.insertInto("volgspots").values({ pactId: pact.B, year: 2025, status: "accepted", heldOn: "2025-06-01" }).execute();

  await support(pact.A);
  await support(pact.B);
  await support(pact.B, "in_progress");
  await insertBarrier(db, { question: "Mag een student zelfstandig medicatie delen?", receivedOn: "2026-10-20", channel: "form" });
  await insertBarrier(db, { question: "Al beantwoord", receivedOn: "2026-09-01", channel: "team", status: "in_progress" });
  const { id } = await enqueueMessage(db, {
    idempotencyKey: "werkvoorraad",
    topic: "reminder",
    recipient: "a@voorbeeld.nl",
    subject: "Herinnering",
    textBody: "x",
  });
  await db.updateTable("outboxMessages").set({ status: "failed", attempts: 10 }).where("id", "=", id).execute();
});
afterAll(() => handle.close());

describe("workQueue.get", () => {
  it("gives the national team every group: applications, barriers, Volgspots, support, quiet pacts, overdue per pact and failed mail", async () => {
    const queue = await (await callerAs("national_admin")).workQueue.get();
    expect(queue.staleDays).toBe(STALE_PACT_DAYS);
    expect(queue.applications?.items.map((a) => `${a.name} ${a.status}`)).toEqual(["Koploper Aangemeld applied", "Koploper In Beoordeling under_review"]);
    expect(queue.applications?.total).toBe(2);
    expect(queue.barriers?.items.map((b) => b.question)).toEqual(["Mag een student zelfstandig medicatie delen?"]);
    expect(queue.volgspots.items.map((v) => `${v.pactName} ${v.year} ${v.kind}${v.overdue ? " te laat" : ""}`)).toEqual([
      "Zorgpact A 2026 review",
      "Zorgpact B 2026 due te laat",
    ]);
    expect(queue.support.items.map((s) => s.pactName)).toEqual(["Zorgpact A", "Zorgpact B"]);
    expect(queue.stalePacts.items.map((p) => p.name)).toEqual(["Zorgpact Stil"]);
    expect(queue.overdue.items).toEqual([{ pactId: pact.A, pactName: "Zorgpact A", agreements: 0, measurements: 2 }]);
    expect(queue.failedMail).toBe(1);
    expect(queue.myPacts).toBeNull();
  });

  it("gives an editor only the items of their own pacts, none of the national team's groups, and their pacts", async () => {
    const queue = await (await callerAs("regional_editor", [pact.B, pact.quiet])).workQueue.get();
    expect(queue.applications).toBeNull();
    expect(queue.barriers).toBeNull();
    expect(queue.failedMail).toBeNull();
    expect(queue.volgspots.items.map((v) => `${v.pactName} ${v.kind}`)).toEqual(["Zorgpact B due"]);
    expect(queue.support.items.map((s) => s.pactName)).toEqual(["Zorgpact B"]);
    expect(queue.stalePacts.items.map((p) => p.name)).toEqual(["Zorgpact Stil"]);
    expect(queue.overdue.total).toBe(0);
    expect(queue.myPacts?.map((p) => p.name)).toEqual(["Zorgpact B", "Zorgpact Stil"]);
  });

  it("leaves archived pacts out of an editor's pacts and of the quiet ones", async () => {
    const queue = await (await callerAs("regional_editor", [pact.archived])).workQueue.get();
    expect(queue.myPacts).toEqual([]);
    expect(queue.stalePacts.total).toBe(0);
  });

  it("refuses anonymous callers", async () => {
    await expect(callerFor(db, { now }).workQueue.get()).rejects.toMatchObject({ code: "UNAUTHORIZED" } satisfies Partial<TRPCError>);
  });
});

describe("workQueue.frontRunnersWaiting", () => {
  it("counts the applications not decided yet", async () => {
    expect(await (await callerAs("national_admin")).workQueue.frontRunnersWaiting()).toEqual({ waiting: 2 });
  });

  it("is the national team's only", async () => {
    await expect((await callerAs("regional_editor", [pact.A])).workQueue.frontRunnersWaiting()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
