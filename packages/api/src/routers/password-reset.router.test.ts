import { TRPCError } from "@trpc/server";
import type { DatabaseHandle } from "@zorgpact/db/database";
import { createTestDatabase } from "@zorgpact/db/test/test-database";
import { PASSWORD_RESET_REQUESTED, RESET_PER_ADDRESS, RESET_PER_IP } from "@zorgpact/domain/account-token";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, createTestUser, recordingJar, signIn, signedInCaller, TEST_PASSWORD } from "../test/caller.ts";
import { linkToken, plainText } from "../test/mail-text.ts";
import { testMailbox } from "../test/mail-worker.ts";

let handle: DatabaseHandle;
let mailbox: Awaited<ReturnType<typeof testMailbox>>;
let ipSequence = 0;

beforeAll(async () => {
  handle = await createTestDatabase();
  mailbox = await testMailbox(handle.db);
});
afterAll(async () => {
  await mailbox.close();
  await handle.close();
});

const NEW_PASSWORD = "mijn nieuwe lange wachtzin";
/** A caller from an address of its own, so the per-IP limit of one test does not reach the next. */
const fromNewAddress = (options: { now?: () => Date } = {}) => callerFor(handle.db, { ip: `203.0.113.${++ipSequence}`, ...options });
const resetMailsTo = (email: string) => mailbox.smtp.received.filter((m) => m.to.includes(email) && m.subject === "Nieuw wachtwoord voor Zorgpact beheer");

async function refusal(call: Promise<unknown>): Promise<TRPCError> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

describe("password reset by e-mail", () => {
  it("answers the same for an existing, an unknown and a disabled address, and mails only the active account", async () => {
    const user = await createTestUser(handle.db, "regional_editor");
    const disabled = await createTestUser(handle.db, "regional_editor");
    await handle.db.updateTable("users").set({ active: false }).where("id", "=", disabled.id).execute();
    const unknown = "niemand@voorbeeld.nl";

    const answers = [];
    for (const email of [user.email, unknown, disabled.email]) answers.push(await fromNewAddress().auth.requestPasswordReset({ email }));
    expect(answers).toEqual([{ message: PASSWORD_RESET_REQUESTED }, { message: PASSWORD_RESET_REQUESTED }, { message: PASSWORD_RESET_REQUESTED }]);

    await mailbox.deliver();
    expect(resetMailsTo(user.email)).toHaveLength(1);
    expect(resetMailsTo(unknown)).toHaveLength(0);
    expect(resetMailsTo(disabled.email)).toHaveLength(0);
    expect(plainText(resetMailsTo(user.email)[0]!)).toMatch(/een uur geldig/);
  });

  it("throttles per address after the limit, for unknown addresses just the same", async () => {
    const user = await createTestUser(handle.db, "regional_editor");
    for (const email of [user.email, "onbekend.adres@voorbeeld.nl"]) {
      for (let i = 0; i < RESET_PER_ADDRESS; i++) await fromNewAddress().auth.requestPasswordReset({ email });
      const throttled = await refusal(fromNewAddress().auth.requestPasswordReset({ email }));
      expect(throttled.code).toBe("TOO_MANY_REQUESTS");
      expect(throttled.message).toMatch(/probeer het over/);
    }
    await mailbox.deliver();
    expect(resetMailsTo(user.email)).toHaveLength(RESET_PER_ADDRESS);
  });

  it("throttles per IP across different addresses", async () => {
    const caller = fromNewAddress();
    for (let i = 0; i < RESET_PER_IP; i++) await caller.auth.requestPasswordReset({ email: `adres${i}@voorbeeld.nl` });
    await expect(caller.auth.requestPasswordReset({ email: "nog-een@voorbeeld.nl" })).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
    // Another address is not held back by this one.
    await expect(fromNewAddress().auth.requestPasswordReset({ email: "nog-een@voorbeeld.nl" })).resolves.toEqual({ message: PASSWORD_RESET_REQUESTED });
  });

  it("sets the new password once, ends the user's other sessions and logs them in", async () => {
    const user = await createTestUser(handle.db, "regional_editor", [], `sessies${++ipSequence}@voorbeeld.nl`);
    const laptop = await signIn(handle.db, user.email, { ip: "192.0.2.10" });
    const phone = await signIn(handle.db, user.email, { ip: "192.0.2.11" });
    await fromNewAddress().auth.requestPasswordReset({ email: user.email });
    await mailbox.deliver();
    const token = linkToken(resetMailsTo(user.email)[0]!);

    await expect(fromNewAddress().auth.checkAccountToken({ token })).resolves.toMatchObject({ valid: true, purpose: "password_reset", email: user.email });
    const jar = recordingJar();
    await callerFor(handle.db, { cookies: jar, ip: "192.0.2.12" }).auth.setPasswordWithToken({ token, newPassword: NEW_PASSWORD });

    for (const ended of [laptop, phone]) await expect(callerFor(handle.db, { sessionToken: ended }).auth.me()).resolves.toMatchObject({ user: null });
    await expect(callerFor(handle.db, { sessionToken: jar.token! }).auth.me()).resolves.toMatchObject({ user: { id: user.id } });

    const again = await refusal(fromNewAddress().auth.setPasswordWithToken({ token, newPassword: "weer een andere lange zin" }));
    expect(again.message).toMatch(/al gebruikt/);
    await expect(fromNewAddress().auth.login({ email: user.email, password: TEST_PASSWORD })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(fromNewAddress().auth.login({ email: user.email, password: NEW_PASSWORD })).resolves.toMatchObject({ id: user.id });
  });

  it("lets only one of two simultaneous uses of a link through", async () => {
    const user = await createTestUser(handle.db, "regional_editor", [], `tegelijk${++ipSequence}@voorbeeld.nl`);
    await fromNewAddress().auth.requestPasswordReset({ email: user.email });
    await mailbox.deliver();
    const token = linkToken(resetMailsTo(user.email)[0]!);
    const outcomes = await Promise.allSettled([
      fromNewAddress().auth.setPasswordWithToken({ token, newPassword: "eerste lange wachtzin hier" }),
      fromNewAddress().auth.setPasswordWithToken({ token, newPassword: "tweede lange wachtzin hier" }),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const [rejected] = outcomes.filter((o) => o.status === "rejected");
    expect(rejected?.status === "rejected" && rejected.reason).toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/al gebruikt/) });
  });

  it("replaces an earlier reset link with a newer one, and refuses a link after an hour", async () => {
    const user = await createTestUser(handle.db, "regional_editor", [], `tweemaal${++ipSequence}@voorbeeld.nl`);
    await fromNewAddress().auth.requestPasswordReset({ email: user.email });
    await mailbox.deliver();
    await fromNewAddress().auth.requestPasswordReset({ email: user.email });
    await mailbox.deliver();
    const [first, second] = resetMailsTo(user.email).map(linkToken) as [string, string];
    await expect(fromNewAddress().auth.setPasswordWithToken({ token: first, newPassword: NEW_PASSWORD })).rejects.toMatchObject({
      message: expect.stringMatching(/vervangen door een nieuwere/),
    });
    const inAnHour = () => new Date(Date.now() + 61 * 60_000);
    await expect(fromNewAddress({ now: inAnHour }).auth.setPasswordWithToken({ token: second, newPassword: NEW_PASSWORD })).rejects.toMatchObject({
      message: expect.stringMatching(/verlopen/),
    });
  });

  it("makes an open reset link useless once the national team sets the password", async () => {
    const admin = await signedInCaller(handle.db, "national_admin");
    const user = await createTestUser(handle.db, "regional_editor", [], `beheerd${++ipSequence}@voorbeeld.nl`);
    await fromNewAddress().auth.requestPasswordReset({ email: user.email });
    await mailbox.deliver();
    const token = linkToken(resetMailsTo(user.email)[0]!);
    await admin.caller.user.resetPassword({ id: user.id, newPassword: "door het team gekozen zin" });
    await expect(fromNewAddress().auth.setPasswordWithToken({ token, newPassword: NEW_PASSWORD })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
