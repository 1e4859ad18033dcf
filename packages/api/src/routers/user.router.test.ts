import { TRPCError } from "@trpc/server";
import type { DatabaseHandle } from "@zorgpact/db/database";
import { insertPact } from "@zorgpact/db/test/fixtures";
import { createTestDatabase } from "@zorgpact/db/test/test-database";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, recordingJar, signedInCaller } from "../test/caller.ts";
import { expectOneWinner, race } from "../test/race.ts";

let handle: DatabaseHandle;
let admin: Awaited<ReturnType<typeof signedInCaller>>;
let noord: string;
let rotterdam: string;

beforeAll(async () => {
  handle = await createTestDatabase();
  noord = await insertPact(handle.db, { name: "Zorgpact Noord" });
  rotterdam = await insertPact(handle.db, { name: "Zorgpact Rotterdam" });
  admin = await signedInCaller(handle.db, "national_admin");
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

const newEditor = (email: string) => ({ email, name: "Redacteur", role: "regional_editor" as const, pactIds: [noord], password: "groene bomen in de herfst" });

describe("user administration", () => {
  it("creates an editor who can sign in and is scoped to the chosen pact", async () => {
    const user = await admin.caller.user.create(newEditor("nieuw@test.zorgpact.nl"));
    expect(user).toMatchObject({ email: "nieuw@test.zorgpact.nl", role: "regional_editor", pactIds: [noord], active: true });
    const me = await callerFor(handle.db).auth.login({ email: "nieuw@test.zorgpact.nl", password: "groene bomen in de herfst" });
    expect(me.pacts.map((p) => p.id)).toEqual([noord]);
  });

  it("lets one of two accounts created with the same address at the same moment through; the other hears why, never a server error", async () => {
    const create = (email: string) => () => admin.caller.user.create(newEditor(email));
    expectOneWinner(await race([create("tegelijk@test.zorgpact.nl"), create("TEGELIJK@test.zorgpact.nl"), create("tegelijk@test.zorgpact.nl")]), "email");
    const stored = await handle.db
      .selectFrom("users")
      .select("id")
      .where(sql<string>`lower(email)`, "=", "tegelijk@test.zorgpact.nl")
      .execute();
    expect(stored).toHaveLength(1);
  });

  it("refuses a second account with the same e-mail address in any case, naming the field", async () => {
    await admin.caller.user.create(newEditor("dubbel@test.zorgpact.nl"));
    const error = await caught(admin.caller.user.create(newEditor("DUBBEL@test.zorgpact.nl")));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/al een gebruiker/);
  });

  it("refuses scopes on pacts that do not exist", async () => {
    const error = await caught(admin.caller.user.create({ ...newEditor("spook@test.zorgpact.nl"), pactIds: ["00000000-0000-4000-8000-000000000000"] }));
    expect(error.code).toBe("BAD_REQUEST");
  });

  it("moves an editor to another pact, ending their sessions so the new scope applies at once", async () => {
    const user = await admin.caller.user.create(newEditor("verhuizer@test.zorgpact.nl"));
    const jar = recordingJar();
    await callerFor(handle.db, { cookies: jar }).auth.login({ email: user.email, password: "groene bomen in de herfst" });
    const moved = await admin.caller.user.update({
      id: user.id,
      version: user.version,
      email: user.email,
      name: user.name,
      role: "regional_editor",
      pactIds: [rotterdam],
    });
    expect(moved.pactIds).toEqual([rotterdam]);
    expect(moved.version).toBe(user.version + 1);
    expect((await callerFor(handle.db, { sessionToken: jar.token! }).auth.me()).user).toBeNull();
    const audit = await handle.db.selectFrom("auditLog").selectAll().where("action", "=", "user.update").orderBy("id", "desc").executeTakeFirstOrThrow();
    expect(audit.changes).toEqual({ before: { pactIds: [noord] }, after: { pactIds: [rotterdam] } });
  });

  it("answers a stale version with CONFLICT and changes nothing", async () => {
    const user = await admin.caller.user.create(newEditor("oud@test.zorgpact.nl"));
    await admin.caller.user.update({ id: user.id, version: user.version, email: user.email, name: "Eerste", role: "regional_editor", pactIds: [noord] });
    const error = await caught(
      admin.caller.user.update({ id: user.id, version: user.version, email: user.email, name: "Tweede", role: "regional_editor", pactIds: [noord] }),
    );
    expect(error.code).toBe("CONFLICT");
    const list = await admin.caller.user.list();
    expect(list.find((u) => u.id === user.id)?.name).toBe("Eerste");
  });

  it("does not let an admin disable themselves or change their own role", async () => {
    const self = (await admin.caller.user.list()).find((u) => u.id === admin.user.id)!;
    expect((await caught(admin.caller.user.setActive({ id: self.id, version: self.version, active: false }))).code).toBe("BAD_REQUEST");
    expect((await caught(admin.caller.user.update({ ...self, role: "regional_editor", pactIds: [noord] }))).code).toBe("BAD_REQUEST");
  });

  it("resets a password: the old one stops working and sessions end", async () => {
    const user = await admin.caller.user.create(newEditor("vergeten@test.zorgpact.nl"));
    await admin.caller.user.resetPassword({ id: user.id, newPassword: "nieuw en heel geheim wachtwoord" });
    expect((await caught(callerFor(handle.db).auth.login({ email: user.email, password: "groene bomen in de herfst" }))).code).toBe("UNAUTHORIZED");
    await callerFor(handle.db).auth.login({ email: user.email, password: "nieuw en heel geheim wachtwoord" });
  });

  it("refuses a weak or short new password as BAD_REQUEST", async () => {
    const user = await admin.caller.user.create(newEditor("zwak@test.zorgpact.nl"));
    expect((await caught(admin.caller.user.resetPassword({ id: user.id, newPassword: "kort" }))).code).toBe("BAD_REQUEST");
    expect((await caught(admin.caller.user.resetPassword({ id: user.id, newPassword: "welkom123456" }))).code).toBe("BAD_REQUEST");
  });
});

describe("audit trail", () => {
  it("records who did what, with the changed fields before and after", async () => {
    const user = await admin.caller.user.create(newEditor("gevolgd@test.zorgpact.nl"));
    const page = await admin.caller.audit.list({ objectId: user.id });
    expect(page.items[0]).toMatchObject({ action: "user.create", result: "ok", actorUserId: admin.user.id, objectType: "user" });
    expect(page.items[0]?.changes?.after).toMatchObject({ email: "gevolgd@test.zorgpact.nl", pactIds: [noord] });
    expect(JSON.stringify(page.items)).not.toContain("groene bomen");
  });

  it("filters by actor, action and result, newest first, paginated", async () => {
    const page = await admin.caller.audit.list({ action: "user.create", result: "ok", pageSize: 2 });
    expect(page.items).toHaveLength(2);
    expect(page.total).toBeGreaterThan(2);
    expect(page.items[0]!.id).toBeGreaterThan(page.items[1]!.id);
    expect(await admin.caller.audit.actions()).toContain("user.create");
  });

  it("cannot be changed or deleted, not even with SQL", async () => {
    await expect(sql`update audit_log set result = 'ok'`.execute(handle.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log`.execute(handle.db)).rejects.toThrow(/append-only/);
  });
});
