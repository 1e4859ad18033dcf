import { TRPCError } from "@trpc/server";
import type { DatabaseHandle } from "@zorgpact/db/database";
import { insertPact } from "@zorgpact/db/test/fixtures";
import { createTestDatabase } from "@zorgpact/db/test/test-database";
import { SESSION_ABSOLUTE_HOURS, SESSION_IDLE_MINUTES } from "@zorgpact/domain/session";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, createTestUser, recordingJar, signIn, TEST_PASSWORD } from "../test/caller.ts";

let handle: DatabaseHandle;
let pactId: string;

beforeAll(async () => {
  handle = await createTestDatabase();
  pactId = await insertPact(handle.db, { name: "Zorgpact Noord" });
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

const lastAudit = () => handle.db.selectFrom("auditLog").selectAll().orderBy("id", "desc").executeTakeFirstOrThrow();

describe("login and sessions", () => {
  it("signs in with the right password, sets a cookie and knows the user and their pacts", async () => {
    const user = await createTestUser(handle.db, "regional_editor", [pactId]);
    const jar = recordingJar();
    const me = await callerFor(handle.db, { cookies: jar }).auth.login({ email: user.email.toUpperCase(), password: TEST_PASSWORD });
    expect(me.pacts.map((p) => p.name)).toEqual(["Zorgpact Noord"]);
    expect(jar.token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 bits, base64url
    const again = await callerFor(handle.db, { sessionToken: jar.token! }).auth.me();
    expect(again.user?.email).toBe(user.email);
  });

  it("stores only a hash of the session token", async () => {
    const user = await createTestUser(handle.db, "national_admin");
    const token = await signIn(handle.db, user.email);
    const rows = await handle.db.selectFrom("sessions").select("tokenHash").where("userId", "=", user.id).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).not.toContain(token);
  });

  it("gives a new token at every login and ends the session presented with it", async () => {
    const user = await createTestUser(handle.db, "national_admin");
    const first = await signIn(handle.db, user.email);
    const jar = recordingJar();
    await callerFor(handle.db, { sessionToken: first, cookies: jar }).auth.login({ email: user.email, password: TEST_PASSWORD });
    expect(jar.token).toBeTruthy();
    expect(jar.token).not.toBe(first);
    expect((await callerFor(handle.db, { sessionToken: first }).auth.me()).user).toBeNull();
  });

  it("refuses a wrong password with one message that does not reveal whether the account exists, and audits it", async () => {
    const user = await createTestUser(handle.db, "national_admin");
    const wrong = await caught(callerFor(handle.db).auth.login({ email: user.email, password: "niet het goede wachtwoord" }));
    const unknown = await caught(callerFor(handle.db).auth.login({ email: "niemand@test.zorgpact.nl", password: "niet het goede wachtwoord" }));
    expect(wrong.code).toBe("UNAUTHORIZED");
    expect(unknown.message).toBe(wrong.message);
    expect(await lastAudit()).toMatchObject({ action: "auth.login", result: "refused", actorEmail: "niemand@test.zorgpact.nl" });
  });

  it("logs out: the token stops working and the cookie is cleared", async () => {
    const user = await createTestUser(handle.db, "national_admin");
    const token = await signIn(handle.db, user.email);
    const jar = recordingJar();
    await callerFor(handle.db, { sessionToken: token, cookies: jar }).auth.logout();
    expect(jar.token).toBeNull();
    expect((await callerFor(handle.db, { sessionToken: token }).auth.me()).user).toBeNull();
  });

  it("logs out everywhere: every session of the user ends", async () => {
    const user = await createTestUser(handle.db, "national_admin");
    const laptop = await signIn(handle.db, user.email);
    const phone = await signIn(handle.db, user.email);
    const result = await callerFor(handle.db, { sessionToken: laptop }).auth.logoutEverywhere();
    expect(result.endedSessions).toBe(2);
    expect((await callerFor(handle.db, { sessionToken: phone }).auth.me()).user).toBeNull();
  });
});

describe("session expiry", () => {
  it("ends a session unused for the idle time, and says why", async () => {
    const user = await createTestUser(handle.db, "national_admin");
    const start = Date.now();
    const token = await signIn(handle.db, user.email, { now: () => new Date(start) });
    const later = () => new Date(start + SESSION_IDLE_MINUTES * 60_000 + 1000);
    const me = await callerFor(handle.db, { sessionToken: token, now: later }).auth.me();
    expect(me).toEqual({ user: null, sessionEnded: "idle_expired" });
    const refused = await caught(callerFor(handle.db, { sessionToken: token, now: later }).user.list());
    expect(refused.code).toBe("UNAUTHORIZED");
  });

  it("keeps a session in use alive, but ends it after the absolute time", async () => {
    const user = await createTestUser(handle.db, "national_admin");
    const start = Date.now();
    const token = await signIn(handle.db, user.email, { now: () => new Date(start) });
    // Used every hour: the idle timer never runs out.
    for (let hour = 1; hour < SESSION_ABSOLUTE_HOURS; hour++) {
      const me = await callerFor(handle.db, { sessionToken: token, now: () => new Date(start + hour * 3_600_000) }).auth.me();
      expect(me.user?.id).toBe(user.id);
    }
    const end = () => new Date(start + SESSION_ABSOLUTE_HOURS * 3_600_000);
    const expired = await callerFor(handle.db, { sessionToken: token, now: end }).auth.me();
    expect(expired.sessionEnded).toBe("absolute_expired");
  });

  it("ends the sessions of a disabled user at once", async () => {
    const admin = await createTestUser(handle.db, "national_admin");
    const adminToken = await signIn(handle.db, admin.email);
    const editor = await createTestUser(handle.db, "regional_editor", [pactId]);
    const editorToken = await signIn(handle.db, editor.email);
    const { version } = await handle.db.selectFrom("users").select("version").where("id", "=", editor.id).executeTakeFirstOrThrow();
    await callerFor(handle.db, { sessionToken: adminToken }).user.setActive({ id: editor.id, active: false, version });
    expect((await callerFor(handle.db, { sessionToken: editorToken }).auth.me()).user).toBeNull();
    const relogin = await caught(callerFor(handle.db).auth.login({ email: editor.email, password: TEST_PASSWORD }));
    expect(relogin.code).toBe("UNAUTHORIZED");
  });
});

describe("login throttling", () => {
  it("answers TOO_MANY_REQUESTS with a retry time after repeated failures for one account", async () => {
    const user = await createTestUser(handle.db, "national_admin");
    let now = Date.now();
    const clock = () => new Date(now);
    for (let i = 0; i < 5; i++) {
      expect(
        (await caught(callerFor(handle.db, { now: clock, ip: `10.0.0.${i}` }).auth.login({ email: user.email, password: "fout fout fout fout" }))).code,
      ).toBe("UNAUTHORIZED");
    }
    const throttled = await caught(callerFor(handle.db, { now: clock }).auth.login({ email: user.email, password: TEST_PASSWORD }));
    expect(throttled.code).toBe("TOO_MANY_REQUESTS");
    expect(throttled.message).toMatch(/minuut/);

    // The real user is not locked out for good: after the wait the right password works.
    now += 61_000;
    const me = await callerFor(handle.db, { now: clock }).auth.login({ email: user.email, password: TEST_PASSWORD });
    expect(me.id).toBe(user.id);
  });

  it("throttles one address trying many accounts", async () => {
    const clock = () => new Date();
    for (let i = 0; i < 20; i++) {
      await caught(callerFor(handle.db, { now: clock, ip: "203.0.113.9" }).auth.login({ email: `raad${i}@test.zorgpact.nl`, password: "fout fout fout fout" }));
    }
    const throttled = await caught(callerFor(handle.db, { now: clock, ip: "203.0.113.9" }).auth.login({ email: "nog-een@test.zorgpact.nl", password: "x" }));
    expect(throttled.code).toBe("TOO_MANY_REQUESTS");
    // Another address is not affected.
    const other = await caught(callerFor(handle.db, { now: clock, ip: "203.0.113.10" }).auth.login({ email: "nog-een@test.zorgpact.nl", password: "x" }));
    expect(other.code).toBe("UNAUTHORIZED");
  });
});

describe("passwords", () => {
  it("refuses a common password, naming the field", async () => {
    const user = await createTestUser(handle.db, "national_admin");
    const token = await signIn(handle.db, user.email);
    const caller = callerFor(handle.db, { sessionToken: token });
    for (const common of ["password1234", "wachtwoord123", "123456789012", "qwertyuiopasdf"]) {
      const error = await caught(caller.auth.changePassword({ currentPassword: TEST_PASSWORD, newPassword: common }));
      expect(error.code).toBe("BAD_REQUEST");
      expect(error.message).toMatch(/te bekend/);
    }
  });

  it("changes the own password after checking the current one, and ends other sessions", async () => {
    const user = await createTestUser(handle.db, "regional_editor", [pactId]);
    const here = await signIn(handle.db, user.email);
    const elsewhere = await signIn(handle.db, user.email);
    const caller = callerFor(handle.db, { sessionToken: here });
    expect((await caught(caller.auth.changePassword({ currentPassword: "verkeerd huidig", newPassword: "paarse olifanten dansen traag" }))).code).toBe(
      "BAD_REQUEST",
    );
    await caller.auth.changePassword({ currentPassword: TEST_PASSWORD, newPassword: "paarse olifanten dansen traag" });
    expect((await caller.auth.me()).user?.id).toBe(user.id);
    expect((await callerFor(handle.db, { sessionToken: elsewhere }).auth.me()).user).toBeNull();
    const me = await callerFor(handle.db).auth.login({ email: user.email, password: "paarse olifanten dansen traag" });
    expect(me.id).toBe(user.id);
  });
});
