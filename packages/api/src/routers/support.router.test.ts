import { TRPCError } from "@trpc/server";
import type { DatabaseHandle } from "@zorgpact/db/database";
import { insertSupportTrajectory } from "@zorgpact/db/repositories/support.repository";
import { insertPact } from "@zorgpact/db/test/fixtures";
import { createTestDatabase } from "@zorgpact/db/test/test-database";
import { amsterdamDate } from "@zorgpact/domain/event-time";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { publicCaller, signedInCaller } from "../test/caller.ts";

let handle: DatabaseHandle;
let editor: Awaited<ReturnType<typeof signedInCaller>>;
let otherEditor: Awaited<ReturnType<typeof signedInCaller>>;
let team: Awaited<ReturnType<typeof signedInCaller>>;
const pacts: Record<string, string> = {};
const today = () => amsterdamDate(new Date());

beforeAll(async () => {
  handle = await createTestDatabase();
  pacts.achterhoek = await insertPact(handle.db, { name: "Wijkleercentra Achterhoek", kind: "front_runner", admissionStatus: "admitted" });
  pacts.limburg = await insertPact(handle.db, { name: "Zorgtechniek Limburg", kind: "front_runner", admissionStatus: "admitted" });
  pacts.national = await insertPact(handle.db, { name: "Landelijk Zorgpact", kind: "national" });
  pacts.archived = await insertPact(handle.db, { name: "Oud pact", archivedAt: new Date().toISOString() });
  editor = await signedInCaller(handle.db, "regional_editor", [pacts.achterhoek, pacts.national, pacts.archived]);
  otherEditor = await signedInCaller(handle.db, "regional_editor", [pacts.limburg]);
  team = await signedInCaller(handle.db, "national_admin");
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
const fieldOf = (error: TRPCError) => (error.cause instanceof ZodError ? error.cause.issues[0]?.path[0] : undefined);

const request = (pactId = pacts.achterhoek!) =>
  editor.caller.support.create({ pactId, questionType: "sustaining_after_subsidy", question: "Hoe verduurzamen we de wijkleercentra na de subsidie?" });

describe("support.create", () => {
  it("lets an editor request support for their pact, as requested today, and audits it", async () => {
    const trajectory = await request();
    expect(trajectory).toMatchObject({ pactName: "Wijkleercentra Achterhoek", status: "requested", requestedOn: today(), advisorName: null, version: 1 });
    expect(trajectory.requestedByName).toMatch(/Gebruiker/);
    const audit = await handle.db.selectFrom("auditLog").selectAll().where("action", "=", "support.create").orderBy("id", "desc").executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ result: "ok", objectId: trajectory.id, pactId: pacts.achterhoek, actorUserId: editor.user.id });
  });

  it("refuses a request for someone else's pact, and from anyone not signed in", async () => {
    expect(
      (await caught(otherEditor.caller.support.create({ pactId: pacts.achterhoek!, questionType: "governance", question: "Mogen wij ook een vraag stellen?" })))
        .code,
    ).toBe("FORBIDDEN");
    expect(
      (await caught(publicCaller(handle.db).support.create({ pactId: pacts.achterhoek!, questionType: "governance", question: "Anoniem een vraag stellen?" })))
        .code,
    ).toBe("UNAUTHORIZED");
  });

  it("refuses the national pact and archived pacts", async () => {
    expect(fieldOf(await caught(request(pacts.national)))).toBe("pactId");
    expect((await caught(request(pacts.archived))).code).toBe("NOT_FOUND");
  });

  it("refuses a question type that does not exist, with the field", async () => {
    const error = await caught(
      editor.caller.support.create({ pactId: pacts.achterhoek!, questionType: "opschaling" as "scaling", question: "Hoe schalen we op?" }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(fieldOf(error)).toBe("questionType");
  });
});

describe("support.update", () => {
  it("lets the pact's editors rephrase while requested, and not after the national team took it up", async () => {
    const created = await request();
    const rephrased = await editor.caller.support.update({
      id: created.id,
      version: 1,
      questionType: "financing",
      question: "Hoe financieren we de wijkleercentra na 2018?",
    });
    expect(rephrased).toMatchObject({ questionType: "financing", version: 2 });

    const started = await team.caller.support.update({
      id: created.id,
      version: 2,
      questionType: "financing",
      question: rephrased.question,
      status: "in_progress",
      advisorName: "A. Adviseur",
      startedOn: today(),
    });
    expect(started).toMatchObject({ status: "in_progress", advisorName: "A. Adviseur", startedOn: today() });
    const late = await caught(
      editor.caller.support.update({ id: created.id, version: 3, questionType: "financing", question: "Toch een andere vraag stellen?" }),
    );
    expect(late.code).toBe("FORBIDDEN");
  });

  it("leaves advisor, status, dates and outcome to the national team", async () => {
    const created = await request();
    const error = await caught(
      editor.caller.support.update({ id: created.id, version: 1, questionType: created.questionType, question: created.question, status: "in_progress" }),
    );
    expect(error.code).toBe("FORBIDDEN");
    const outcomeOnly = await caught(
      editor.caller.support.update({ id: created.id, version: 1, questionType: created.questionType, question: created.question, outcome: "Klaar" }),
    );
    expect(outcomeOnly.code).toBe("FORBIDDEN");
  });

  it("refuses another pact's editor", async () => {
    const created = await request();
    expect(
      (await caught(otherEditor.caller.support.update({ id: created.id, version: 1, questionType: "governance", question: "Dit is niet mijn traject." }))).code,
    ).toBe("FORBIDDEN");
  });

  it("checks the handling rules with the field to blame", async () => {
    const created = await request();
    const base = { id: created.id, version: 1, questionType: created.questionType, question: created.question };
    expect(fieldOf(await caught(team.caller.support.update({ ...base, status: "in_progress", startedOn: today() })))).toBe("advisorName");
    expect(
      fieldOf(await caught(team.caller.support.update({ ...base, status: "completed", advisorName: "A", startedOn: today(), endedOn: today(), outcome: "x" }))),
    ).toBe("status");
    expect(fieldOf(await caught(team.caller.support.update({ ...base, status: "in_progress", advisorName: "A", startedOn: "2016-01-01" })))).toBe("startedOn");
  });

  it("completes a trajectory with an outcome and audits what changed", async () => {
    const id = await insertSupportTrajectory(handle.db, {
      pactId: pacts.limburg!,
      questionType: "scaling",
      question: "Hoe schalen we de ZTL Academy op?",
      requestedOn: "2017-01-10",
      requestedBy: null,
    });
    const base = { id, questionType: "scaling" as const, question: "Hoe schalen we de ZTL Academy op?", advisorName: "B. Begeleider" };
    await team.caller.support.update({ ...base, version: 1, status: "in_progress", startedOn: "2017-02-01" });
    const done = await team.caller.support.update({
      ...base,
      version: 2,
      status: "completed",
      startedOn: "2017-02-01",
      endedOn: "2017-06-30",
      outcome: "Opschaling naar twee nieuwe locaties.",
    });
    expect(done).toMatchObject({ status: "completed", endedOn: "2017-06-30", outcome: "Opschaling naar twee nieuwe locaties." });
    const audit = await handle.db
      .selectFrom("auditLog")
      .selectAll()
      .where("action", "=", "support.update")
      .where("objectId", "=", id)
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(audit.changes).toEqual({
      before: { status: "in_progress", endedOn: null, outcome: null },
      after: { status: "completed", endedOn: "2017-06-30", outcome: "Opschaling naar twee nieuwe locaties." },
    });
  });

  it("refuses a stale version without changing anything", async () => {
    const created = await request();
    await editor.caller.support.update({ id: created.id, version: 1, questionType: "governance", question: "Eerste nieuwe formulering van de vraag." });
    const stale = await caught(
      editor.caller.support.update({ id: created.id, version: 1, questionType: "financing", question: "Tweede formulering, op een oude versie." }),
    );
    expect(stale.code).toBe("CONFLICT");
    expect(await editor.caller.support.get({ id: created.id })).toMatchObject({ questionType: "governance", version: 2 });
  });
});

describe("support.list, get and overview", () => {
  it("gives an editor only their own pacts' trajectories and the national team all", async () => {
    const own = await otherEditor.caller.support.list({});
    expect(new Set(own.items.map((t) => t.pactId))).toEqual(new Set([pacts.limburg]));
    const all = await team.caller.support.list({ pageSize: 100 });
    expect(new Set(all.items.map((t) => t.pactId))).toEqual(new Set([pacts.achterhoek, pacts.limburg]));
    expect(all.total).toBeGreaterThan(own.total);
  });

  it("refuses an editor asking for another pact's list, and a trajectory of another pact", async () => {
    expect((await caught(otherEditor.caller.support.list({ pactId: pacts.achterhoek! }))).code).toBe("FORBIDDEN");
    const created = await request();
    expect((await caught(otherEditor.caller.support.get({ id: created.id }))).code).toBe("FORBIDDEN");
    expect((await caught(team.caller.support.get({ id: "00000000-0000-4000-8000-000000000000" }))).code).toBe("NOT_FOUND");
  });

  it("filters by status and question type for the national team", async () => {
    const completed = await team.caller.support.list({ status: "completed" });
    expect(completed.items.map((t) => t.questionType)).toEqual(["scaling"]);
  });

  it("counts trajectories by question type and status for the national team only", async () => {
    const overview = await team.caller.support.overview();
    const listed = await team.caller.support.list({ pageSize: 100 });
    expect(overview.total).toBe(listed.total);
    expect(overview.cells.find((c) => c.questionType === "scaling" && c.status === "completed")?.count).toBe(1);
    expect((await caught(editor.caller.support.overview())).code).toBe("FORBIDDEN");
  });
});
