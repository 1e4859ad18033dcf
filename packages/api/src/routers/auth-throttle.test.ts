import { TRPCError } from "@trpc/server";
import type { DatabaseHandle } from "@zorgpact/db/database";
import { createTestDatabase } from "@zorgpact/db/test/test-database";
import { THROTTLE_ACCOUNT_FAILURES, THROTTLE_ADDRESS_FAILURES } from "@zorgpact/domain/session";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashing, passwordChecks } from "../services/password.ts";
import { callerFor, createTestUser, signIn, TEST_PASSWORD } from "../test/caller.ts";

let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle.close());

/** Every call at once; the codes of the outcomes ("ok" for a success). */
async function codesOf(calls: readonly (() => Promise<unknown>)[]): Promise<string[]> {
  const settled = await Promise.allSettled(calls.map((call) => call()));
  return settled.map((s) => {
    if (s.status === "fulfilled") return "ok";
    if (s.reason instanceof TRPCError) return s.reason.code;
    throw s.reason;
  });
}

const tally = (codes: readonly string[]) => Object.fromEntries([...new Set(codes)].sort().map((c) => [c, codes.filter((x) => x === c).length]));
const failuresOf = async (where: { email?: string; ip?: string }) => {
  let query = handle.db.selectFrom("loginFailures").select("id");
  if (where.email) query = query.where("email", "=", where.email);
  if (where.ip) query = query.where("ip", "=", where.ip);
  return (await query.execute()).length;
};

describe("login throttling under parallel guesses", () => {
  it("checks at most the threshold of 40 parallel wrong passwords for one account; the rest, and then the right password, get TOO_MANY_REQUESTS", async () => {
    const user = await createTestUser(handle.db, "national_admin");
    const checksBefore = passwordChecks.count;
    const guess = (i: number) => () => callerFor(handle.db, { ip: "198.51.100.1" }).auth.login({ email: user.email, password: `fout wachtwoord ${i}` });
    const codes = await codesOf(Array.from({ length: 40 }, (_, i) => guess(i)));

    expect(tally(codes)).toEqual({ TOO_MANY_REQUESTS: 40 - THROTTLE_ACCOUNT_FAILURES, UNAUTHORIZED: THROTTLE_ACCOUNT_FAILURES });
    expect(passwordChecks.count - checksBefore).toBe(THROTTLE_ACCOUNT_FAILURES);
    expect(await failuresOf({ email: user.email })).toBe(THROTTLE_ACCOUNT_FAILURES);

    const right = await callerFor(handle.db, { ip: "198.51.100.2" })
      .auth.login({ email: user.email, password: TEST_PASSWORD })
      .catch((e: unknown) => e);
    expect(right).toBeInstanceOf(TRPCError);
    expect((right as TRPCError).code).toBe("TOO_MANY_REQUESTS");
  });

  it("checks at most the address threshold of 40 parallel guesses at different accounts from one address", async () => {
    const checksBefore = passwordChecks.count;
    const guess = (i: number) => () =>
      callerFor(handle.db, { ip: "198.51.100.7" }).auth.login({ email: `poging${i}@test.zorgpact.nl`, password: "fout fout fout" });
    const codes = await codesOf(Array.from({ length: 40 }, (_, i) => guess(i)));
    // Past the address threshold every guess is throttled; within it a few may also be told the
    // server is busy (the hashing queue holds 18), which is a refusal too, never a check.
    const checked = passwordChecks.count - checksBefore;
    expect(checked).toBeLessThanOrEqual(THROTTLE_ADDRESS_FAILURES);
    expect(tally(codes)).toEqual({ TOO_MANY_REQUESTS: 40 - checked, UNAUTHORIZED: checked });
    expect(await failuresOf({ ip: "198.51.100.7" })).toBe(checked);
  });

  it("hashes at most two passwords at once; a flood beyond the queue is told the server is busy and is not counted as a failure", async () => {
    let mostAtOnce = 0;
    const sampler = setInterval(() => (mostAtOnce = Math.max(mostAtOnce, hashing.stats.running)), 1);
    // Different accounts and addresses: nothing throttles these, only the hashing bound holds.
    const guess = (i: number) => () =>
      callerFor(handle.db, { ip: `192.0.2.${i}` }).auth.login({ email: `vloed${i}@test.zorgpact.nl`, password: "fout fout fout" });
    const settled = await Promise.allSettled(Array.from({ length: 60 }, (_, i) => guess(i)()));
    clearInterval(sampler);
    const errors = settled.map((s) => (s.status === "rejected" ? (s.reason as TRPCError) : null));
    expect(errors.every((e) => e && ["UNAUTHORIZED", "TOO_MANY_REQUESTS"].includes(e.code))).toBe(true);
    const busy = errors.filter((e) => e?.code === "TOO_MANY_REQUESTS");
    for (const e of busy) expect(e?.message).toMatch(/te druk/);
    expect(mostAtOnce).toBeLessThanOrEqual(2);
    // Only guesses whose password was checked count as failures.
    const flooded = (await handle.db.selectFrom("loginFailures").select("id").where("email", "like", "vloed%").execute()).length;
    expect(flooded).toBe(errors.filter((e) => e?.code === "UNAUTHORIZED").length);
  });
});

describe("changing the own password is throttled", () => {
  it("refuses more guesses of the current password than the threshold, and then the right one too", async () => {
    const user = await createTestUser(handle.db, "regional_editor");
    const token = await signIn(handle.db, user.email);
    const caller = callerFor(handle.db, { sessionToken: token, ip: "198.51.100.20" });
    const checksBefore = passwordChecks.count;
    const codes = await codesOf(
      Array.from({ length: 20 }, (_, i) => () => caller.auth.changePassword({ currentPassword: `geraden ${i}`, newPassword: "paarse olifanten dansen traag" })),
    );
    expect(tally(codes)).toEqual({ BAD_REQUEST: THROTTLE_ACCOUNT_FAILURES, TOO_MANY_REQUESTS: 20 - THROTTLE_ACCOUNT_FAILURES });
    expect(passwordChecks.count - checksBefore).toBe(THROTTLE_ACCOUNT_FAILURES);
    const right = await caller.auth.changePassword({ currentPassword: TEST_PASSWORD, newPassword: "paarse olifanten dansen traag" }).catch((e: unknown) => e);
    expect((right as TRPCError).code).toBe("TOO_MANY_REQUESTS");
  });
});
