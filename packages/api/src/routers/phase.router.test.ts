import { TRPCError } from "@trpc/server";
import type { DatabaseHandle } from "@zorgpact/db/database";
import { insertPact } from "@zorgpact/db/test/fixtures";
import { createTestDatabase } from "@zorgpact/db/test/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { publicCaller, signedInCaller } from "../test/caller.ts";

let handle: DatabaseHandle;
let editor: Awaited<ReturnType<typeof signedInCaller>>;
let noord: string;
let koploper: string;

beforeAll(async () => {
  handle = await createTestDatabase();
  noord = await insertPact(handle.db, { name: "Zorgpact Noord", slug: "zorgpact-noord", currentPhase: 1 });
  koploper = await insertPact(handle.db, { name: "Koploper", kind: "front_runner", admissionStatus: "admitted" });
  editor = await signedInCaller(handle.db, "regional_editor", [noord, koploper]);
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
const versionOf = async (id: string) => (await handle.db.selectFrom("pacts").select("version").where("id", "=", id).executeTakeFirstOrThrow()).version;

describe("phase.set", () => {
  it("moves the pact to a phase and keeps date, who and note in the history", async () => {
    const pact = await editor.caller.phase.set({
      pactId: noord,
      version: await versionOf(noord),
      phase: 2,
      changedOn: "2016-10-01",
      note: "Verandercoalitie staat",
    });
    expect(pact.currentPhase).toBe(2);
    expect(pact.phaseHistory.at(-1)).toMatchObject({
      phase: 2,
      changedOn: "2016-10-01",
      note: "Verandercoalitie staat",
      changedByName: expect.stringMatching(/Gebruiker/),
    });
    const audit = await handle.db.selectFrom("auditLog").selectAll().where("action", "=", "phase.set").orderBy("id", "desc").executeTakeFirstOrThrow();
    expect(audit.changes).toMatchObject({ before: { currentPhase: 1 }, after: { currentPhase: 2 } });
  });

  it("shows the public the phase history without who changed it", async () => {
    const pact = await publicCaller(handle.db).pact.get({ slug: "zorgpact-noord" });
    expect(pact.phaseHistory.at(-1)).toEqual({ phase: 2, changedOn: "2016-10-01", note: "Verandercoalitie staat" });
  });

  it("refuses the phase the pact is already in, and phases for a front-runner", async () => {
    const same = await caught(editor.caller.phase.set({ pactId: noord, version: await versionOf(noord), phase: 2, changedOn: "2017-01-01" }));
    expect(fieldOf(same)).toBe("phase");
    const frontRunner = await caught(editor.caller.phase.set({ pactId: koploper, version: await versionOf(koploper), phase: 1, changedOn: "2017-01-01" }));
    expect(fieldOf(frontRunner)).toBe("phase");
    expect(frontRunner.message).toMatch(/regionale zorgpacten/);
  });

  it("answers a stale version with CONFLICT and adds nothing to the history", async () => {
    const before = (await editor.caller.pact.getForEdit({ id: noord })).phaseHistory.length;
    const error = await caught(editor.caller.phase.set({ pactId: noord, version: 1, phase: 3, changedOn: "2017-05-01" }));
    expect(error.code).toBe("CONFLICT");
    expect((await editor.caller.pact.getForEdit({ id: noord })).phaseHistory).toHaveLength(before);
  });

  it("answers NOT_FOUND for a pact that does not exist", async () => {
    const error = await caught(editor.caller.phase.set({ pactId: "00000000-0000-4000-8000-000000000000", version: 1, phase: 3, changedOn: "2017-05-01" }));
    expect(error.code).toBe("NOT_FOUND");
  });
});

describe("phase.tickItem", () => {
  it("ticks an item with a date and a note, and unticks it again", async () => {
    let pact = await editor.caller.phase.tickItem({
      pactId: noord,
      phase: 2,
      itemKey: "ground_rules",
      done: true,
      doneOn: "2016-11-15",
      note: "Vastgelegd in convenant",
    });
    expect(pact.checklist).toContainEqual({ phase: 2, itemKey: "ground_rules", done: true, doneOn: "2016-11-15", note: "Vastgelegd in convenant" });
    expect((await publicCaller(handle.db).pact.get({ slug: "zorgpact-noord" })).checklist).toContainEqual({ phase: 2, itemKey: "ground_rules", done: true });
    pact = await editor.caller.phase.tickItem({ pactId: noord, phase: 2, itemKey: "ground_rules", done: false, note: "Toch opnieuw" });
    expect(pact.checklist).toContainEqual({ phase: 2, itemKey: "ground_rules", done: false, doneOn: null, note: "Toch opnieuw" });
  });

  it("refuses an item of another phase and a tick without a date, naming the field", async () => {
    const otherPhase = await caught(editor.caller.phase.tickItem({ pactId: noord, phase: 1, itemKey: "ground_rules", done: false }));
    expect(otherPhase.code).toBe("BAD_REQUEST");
    expect(fieldOf(otherPhase)).toBe("itemKey");
    expect(fieldOf(await caught(editor.caller.phase.tickItem({ pactId: noord, phase: 2, itemKey: "ground_rules", done: true })))).toBe("doneOn");
  });
});
