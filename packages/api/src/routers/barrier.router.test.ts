import { TRPCError } from "@trpc/server";
import type { DatabaseHandle } from "@zorgpact/db/database";
import { insertPact } from "@zorgpact/db/test/fixtures";
import { createTestDatabase } from "@zorgpact/db/test/test-database";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { callerFor, signedInCaller } from "../test/caller.ts";

let handle: DatabaseHandle;
let admin: Awaited<ReturnType<typeof signedInCaller>>;
const ids: Record<string, string> = {};

/** A fixed clock: 23:30 UTC on 31 December is already New Year's Day in Amsterdam. */
const NEW_YEAR = new Date("2017-12-31T23:30:00Z");
const visitor = (ip = "203.0.113.7", now = () => new Date()) => callerFor(handle.db, { ip, now });

const submission = {
  question: "Kan ik het onderwijsprogramma verplaatsen naar de praktijk?",
  context: "Onze studenten leren in het wijkleercentrum.",
  organisation: "Graafschapcollege",
  submitterName: "Wendy Wijkdocent",
  submitterEmail: "wendy@voorbeeld.nl",
};

beforeAll(async () => {
  handle = await createTestDatabase();
  ids.published = await insertPact(handle.db, { name: "Zorgpact Achterhoek", slug: "zorgpact-achterhoek" });
  ids.draft = await insertPact(handle.db, { name: "Zorgpact Concept", slug: "zorgpact-concept", publicationStatus: "draft" });
  admin = await signedInCaller(handle.db, "national_admin");
});
afterAll(() => handle.close());
beforeEach(async () => {
  await handle.db.deleteFrom("publicSubmissions").execute();
});

async function caught(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  return error;
}
const fields = (error: TRPCError) => (error.cause instanceof ZodError ? error.cause.issues.map((i) => String(i.path[0])) : []);
const messageOf = (error: TRPCError, field: string) =>
  error.cause instanceof ZodError ? error.cause.issues.find((i) => i.path[0] === field)?.message : undefined;

async function recordOf(reference: string) {
  const { items } = await admin.caller.barrier.list({ search: reference });
  expect(items).toHaveLength(1);
  return items[0]!;
}

describe("barrier.submit", () => {
  it("files the report in the triage list and answers with its reference", async () => {
    const { reference } = await visitor().barrier.submit({ ...submission, pactId: ids.published });
    expect(reference).toMatch(/^RR-\d{4,}$/);
    expect(await recordOf(reference)).toMatchObject({
      ...submission,
      status: "new",
      channel: "form",
      pactName: "Zorgpact Achterhoek",
      ministry: null,
      answer: null,
      version: 1,
    });
  });

  it("dates the report by the Amsterdam calendar", async () => {
    const { reference } = await visitor("203.0.113.8", () => NEW_YEAR).barrier.submit(submission);
    expect((await recordOf(reference)).receivedOn).toBe("2018-01-01");
  });

  it("audits the report without the submitter's name or e-mail", async () => {
    const { reference } = await visitor().barrier.submit(submission);
    const record = await recordOf(reference);
    const row = await handle.db.selectFrom("auditLog").selectAll().where("objectId", "=", record.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ action: "barrier.submit", result: "ok", objectType: "barrier" });
    expect(JSON.stringify(row)).not.toContain("wendy@voorbeeld.nl");
    expect(JSON.stringify(row)).not.toContain("Wendy Wijkdocent");
  });

  it("answers a filled spam trap like any report and stores nothing", async () => {
    const before = await handle.db
      .selectFrom("barriers")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    const { reference } = await visitor().barrier.submit({ ...submission, website: "https://spam.example" });
    expect(reference).toMatch(/^RR-\d{4,}$/);
    const after = await handle.db
      .selectFrom("barriers")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    expect(await handle.db.selectFrom("publicSubmissions").selectAll().execute()).toEqual([]);
  });

  it("refuses a sixth report from one address within the hour, and not another address's", async () => {
    for (let i = 0; i < 5; i += 1) await visitor("198.51.100.20").barrier.submit(submission);
    const refused = await caught(visitor("198.51.100.20").barrier.submit(submission));
    expect(refused.code).toBe("TOO_MANY_REQUESTS");
    expect(refused.message).toMatch(/te veel aanmeldingen/);
    await expect(visitor("198.51.100.21").barrier.submit(submission)).resolves.toMatchObject({ reference: expect.any(String) });
  });

  it("refuses a pact that is not published, on the pact field", async () => {
    const error = await caught(visitor().barrier.submit({ ...submission, pactId: ids.draft }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(fields(error)).toEqual(["pactId"]);
  });

  it("refuses NUL and lone surrogates with a field error instead of a server error", async () => {
    for (const question of ["Mag dit\u0000 wel in de praktijk?", "Mag dit \uDC00 wel in de praktijk?"]) {
      const error = await caught(visitor().barrier.submit({ ...submission, question }));
      expect(error.code).toBe("BAD_REQUEST");
      expect(fields(error)).toEqual(["question"]);
    }
  });
});

describe("barrier.update (triage)", () => {
  async function fresh() {
    const { reference } = await visitor().barrier.submit(submission);
    return recordOf(reference);
  }
  const triage = (record: Awaited<ReturnType<typeof fresh>>, changes: object) => ({
    id: record.id,
    version: record.version,
    question: record.question,
    context: record.context,
    organisation: record.organisation,
    submitterName: record.submitterName,
    submitterEmail: record.submitterEmail,
    pactId: record.pactId,
    receivedOn: record.receivedOn,
    source: record.source,
    ministry: record.ministry,
    topic: record.topic,
    status: record.status,
    answer: record.answer,
    outcome: record.outcome,
    ...changes,
  });

  it("moves a barrier through treatment to an answer, dated the day it was answered", async () => {
    const record = await fresh();
    const inProgress = await admin.caller.barrier.update(triage(record, { status: "in_progress", ministry: "OCW", topic: "Onderwijstijd" }));
    expect(inProgress).toMatchObject({ status: "in_progress", version: 2, answeredOn: null });
    const answeredCaller = callerFor(handle.db, { sessionToken: admin.token, now: () => NEW_YEAR });
    const answered = await answeredCaller.barrier.update(
      triage(inProgress, { status: "answered", answer: "De wet laat ruimte voor leren in de praktijk.", outcome: "more_room_than_thought" }),
    );
    expect(answered).toMatchObject({ status: "answered", answeredOn: "2018-01-01", version: 3 });
    const closed = await admin.caller.barrier.update(triage(answered, { status: "closed" }));
    expect(closed).toMatchObject({ status: "closed", answeredOn: "2018-01-01" });
  });

  it("refuses an answered barrier without answer and outcome, with field errors", async () => {
    const record = await fresh();
    const error = await caught(admin.caller.barrier.update(triage(record, { status: "answered", ministry: "VWS" })));
    expect(error.code).toBe("BAD_REQUEST");
    expect(fields(error).sort()).toEqual(["answer", "outcome"]);
  });

  it("refuses a status the current one cannot reach, saying where it can go", async () => {
    const record = await fresh();
    const error = await caught(admin.caller.barrier.update(triage(record, { status: "closed", ministry: "OCW", answer: "Antwoord", outcome: "remains" })));
    expect(error.code).toBe("BAD_REQUEST");
    expect(messageOf(error, "status")).toBe("Een drempel met status 'nieuw' kan niet naar 'gesloten'; wel naar 'in behandeling' of 'beantwoord'.");
  });

  it("refuses a stale version and leaves the record as it was", async () => {
    const record = await fresh();
    await admin.caller.barrier.update(triage(record, { topic: "Eerste" }));
    const error = await caught(admin.caller.barrier.update(triage(record, { topic: "Tweede" })));
    expect(error.code).toBe("CONFLICT");
    expect((await admin.caller.barrier.get({ id: record.id })).topic).toBe("Eerste");
  });

  it("audits what changed, before and after", async () => {
    const record = await fresh();
    await admin.caller.barrier.update(triage(record, { status: "in_progress", ministry: "SZW" }));
    const row = await handle.db
      .selectFrom("auditLog")
      .select(["changes", "actorUserId"])
      .where("objectId", "=", record.id)
      .where("action", "=", "barrier.update")
      .executeTakeFirstOrThrow();
    expect(row.actorUserId).toBe(admin.user.id);
    expect(row.changes).toEqual({ before: { status: "new", ministry: null }, after: { status: "in_progress", ministry: "SZW" } });
  });

  it("is for the national team only", async () => {
    const record = await fresh();
    const editor = await signedInCaller(handle.db, "regional_editor", [ids.published!]);
    expect((await caught(editor.caller.barrier.update(triage(record, { topic: "Nee" })))).code).toBe("FORBIDDEN");
    expect((await caught(visitor().barrier.list({}))).code).toBe("UNAUTHORIZED");
  });
});

describe("barrier.discard (unwanted report)", () => {
  async function fresh() {
    const { reference } = await visitor().barrier.submit({ ...submission, pactId: ids.published });
    return recordOf(reference);
  }
  const answer = { status: "answered", ministry: "OCW", answer: "Er is ruimte.", outcome: "more_room_than_thought" } as const;

  it("removes a new report from the register, the work queue and the figures", async () => {
    const record = await fresh();
    const queueBefore = (await admin.caller.workQueue.get()).barriers!.total;
    await admin.caller.barrier.discard({ id: record.id, version: record.version });
    expect((await caught(admin.caller.barrier.get({ id: record.id }))).code).toBe("NOT_FOUND");
    expect((await admin.caller.barrier.list({ search: record.reference })).total).toBe(0);
    expect((await admin.caller.workQueue.get()).barriers!.total).toBe(queueBefore - 1);
  });

  it("audits the reference, question and organisation, without the submitter's name, e-mail or explanation", async () => {
    const record = await fresh();
    await admin.caller.barrier.discard({ id: record.id, version: record.version });
    const row = await handle.db
      .selectFrom("auditLog")
      .selectAll()
      .where("objectId", "=", record.id)
      .where("action", "=", "barrier.discard")
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ result: "ok", objectType: "barrier", actorUserId: admin.user.id, pactId: ids.published });
    expect(row.changes).toEqual({
      before: {
        reference: record.reference,
        question: submission.question,
        organisation: "Graafschapcollege",
        pactId: ids.published,
        receivedOn: record.receivedOn,
        channel: "form",
        status: "new",
      },
    });
    expect(row.objectLabel).toContain(record.reference);
    const written = JSON.stringify(row);
    for (const personal of [submission.submitterEmail, submission.submitterName, submission.context]) expect(written).not.toContain(personal);
  });

  it("refuses an answered barrier, and a reopened one that was published, saying to close it instead", async () => {
    const record = await fresh();
    const answered = await admin.caller.barrier.update({ ...record, ...answer });
    const refused = await caught(admin.caller.barrier.discard({ id: answered.id, version: answered.version }));
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.message).toBe("Alleen een nieuwe, niet-gepubliceerde melding kan als ongewenst worden verwijderd; sluit deze drempel anders af.");
    const reopened = await admin.caller.barrier.update({ ...answered, status: "in_progress" });
    const backToNew = await admin.caller.barrier.update({ ...reopened, status: "new" });
    expect(backToNew.status).toBe("new");
    expect((await caught(admin.caller.barrier.discard({ id: backToNew.id, version: backToNew.version }))).code).toBe("BAD_REQUEST");
    expect((await admin.caller.barrier.get({ id: record.id })).status).toBe("new");
  });

  it("refuses a stale version and keeps the report", async () => {
    const record = await fresh();
    await admin.caller.barrier.update({ ...record, topic: "Intussen gewijzigd" });
    expect((await caught(admin.caller.barrier.discard({ id: record.id, version: record.version }))).code).toBe("CONFLICT");
    expect((await admin.caller.barrier.get({ id: record.id })).topic).toBe("Intussen gewijzigd");
  });

  it("is for the national team only", async () => {
    const record = await fresh();
    const editor = await signedInCaller(handle.db, "regional_editor", [ids.published!]);
    expect((await caught(editor.caller.barrier.discard({ id: record.id, version: 1 }))).code).toBe("FORBIDDEN");
    expect((await caught(visitor().barrier.discard({ id: record.id, version: 1 }))).code).toBe("UNAUTHORIZED");
    expect((await admin.caller.barrier.get({ id: record.id })).version).toBe(1);
  });
});

describe("barrier.create", () => {
  it("enters a barrier reported by phone, without an e-mail address", async () => {
    const created = await admin.caller.barrier.create({
      question: "Telefonisch: mag een zorginstelling een docent in dienst nemen?",
      receivedOn: "2016-06-01",
      source: "Telefonisch gemeld",
    });
    expect(created).toMatchObject({ channel: "team", status: "new", submitterEmail: null, source: "Telefonisch gemeld", receivedOn: "2016-06-01" });
  });
});

describe("what the public sees", () => {
  it("publishes an answered barrier with question and answer, never the submitter's details", async () => {
    const { reference } = await visitor().barrier.submit({
      ...submission,
      question: "Mogen we experts uit de praktijk inzetten als docent?",
      pactId: ids.published,
    });
    const record = await recordOf(reference);
    expect((await caught(visitor().barrier.getPublic({ number: record.number }))).code).toBe("NOT_FOUND");

    await admin.caller.barrier.update({
      ...record,
      status: "answered",
      ministry: "OCW",
      answer: "Ja: als gastdocent onder begeleiding van een bevoegde docent.",
      outcome: "more_room_than_thought",
    });
    const page = await visitor().barrier.getPublic({ number: record.number });
    expect(page).toMatchObject({
      reference,
      question: "Mogen we experts uit de praktijk inzetten als docent?",
      outcome: "more_room_than_thought",
      pact: { slug: "zorgpact-achterhoek" },
    });
    const list = await visitor().barrier.listPublic({ search: "experts uit de praktijk" });
    expect(list.items.map((b) => b.reference)).toEqual([reference]);
    const text = JSON.stringify([page, list]);
    for (const secret of ["Wendy Wijkdocent", "wendy@voorbeeld.nl", "Graafschapcollege", "wijkleercentrum"]) expect(text).not.toContain(secret);
  });

  it("counts the figures from the register: only treated barriers, by outcome, ministry and year", async () => {
    const before = await visitor().barrier.stats();
    const { reference } = await visitor().barrier.submit(submission);
    expect(await visitor().barrier.stats()).toEqual(before);
    const record = await recordOf(reference);
    await admin.caller.barrier.update({ ...record, status: "answered", ministry: "SZW", answer: "Geen regel: een cao-afspraak.", outcome: "not_regulation" });
    const after = await visitor().barrier.stats();
    expect(after.total).toBe(before.total + 1);
    expect(after.byOutcome.not_regulation).toBe(before.byOutcome.not_regulation + 1);
    expect(after.byMinistry.SZW).toBe(before.byMinistry.SZW + 1);
    expect(after.byOutcome.more_room_than_thought + after.byOutcome.not_regulation + after.byOutcome.rule_changed + after.byOutcome.remains).toBe(after.total);
  });
});
