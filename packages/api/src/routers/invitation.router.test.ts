import { TRPCError } from "@trpc/server";
import type { DatabaseHandle } from "@zorgpact/db/database";
import { insertPact } from "@zorgpact/db/test/fixtures";
import { createTestDatabase } from "@zorgpact/db/test/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, recordingJar, signedInCaller } from "../test/caller.ts";
import { linkToken, plainText } from "../test/mail-text.ts";
import { testMailbox } from "../test/mail-worker.ts";

let handle: DatabaseHandle;
let mailbox: Awaited<ReturnType<typeof testMailbox>>;
let admin: Awaited<ReturnType<typeof signedInCaller>>;
let pactId: string;
let sequence = 0;

beforeAll(async () => {
  handle = await createTestDatabase();
  mailbox = await testMailbox(handle.db);
  admin = await signedInCaller(handle.db, "national_admin");
  pactId = await insertPact(handle.db, { name: "Zorgpact Uitnodiging" });
});
afterAll(async () => {
  await mailbox.close();
  await handle.close();
});

const NEW_PASSWORD = "een eigen lange zin als wachtwoord";
const invitee = () => ({ email: `nieuw${++sequence}@voorbeeld.nl`, name: `Nieuwe Redacteur ${sequence}`, role: "regional_editor" as const, pactIds: [pactId] });
// Links only: the worker's first round may also mail the new editor a reminder about the pact's tasks.
const mailsTo = (email: string) => mailbox.smtp.received.filter((m) => m.to.includes(email) && plainText(m).includes("wachtwoord-instellen"));

async function refusal(call: Promise<unknown>): Promise<TRPCError> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

describe("inviting a user by e-mail", () => {
  it("creates the account without a usable password and delivers an e-mail whose link sets a password once and logs the user in", async () => {
    const input = invitee();
    const user = await admin.caller.user.invite(input);
    expect(user.invitationExpiresAt).not.toBeNull();
    expect(mailsTo(input.email)).toHaveLength(0);

    await mailbox.deliver();
    const [mail] = mailsTo(input.email);
    expect(mail?.subject).toBe("Uitnodiging voor Zorgpact beheer");
    expect(plainText(mail!)).toContain(`Beste ${input.name},`);
    const token = linkToken(mail!);
    // Only the hash is stored.
    const stored = await handle.db.selectFrom("accountTokens").select("tokenHash").where("userId", "=", user.id).execute();
    expect(stored.map((s) => s.tokenHash)).not.toContain(token);

    // No password works before the link is used.
    await expect(callerFor(handle.db).auth.login({ email: input.email, password: NEW_PASSWORD })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const listed = (await admin.caller.user.list()).find((u) => u.id === user.id);
    expect(listed?.invitationExpiresAt).toBe(user.invitationExpiresAt);

    await expect(callerFor(handle.db).auth.checkAccountToken({ token })).resolves.toEqual({
      valid: true,
      purpose: "invitation",
      email: input.email,
      name: input.name,
    });
    const jar = recordingJar();
    const me = await callerFor(handle.db, { cookies: jar, ip: "192.0.2.50" }).auth.setPasswordWithToken({ token, newPassword: NEW_PASSWORD });
    expect(me.email).toBe(input.email);
    expect(jar.token).toBeTruthy();
    await expect(callerFor(handle.db, { sessionToken: jar.token! }).auth.me()).resolves.toMatchObject({ user: { id: user.id } });

    const second = await refusal(callerFor(handle.db).auth.setPasswordWithToken({ token, newPassword: "nog een andere lange zin" }));
    expect(second.code).toBe("BAD_REQUEST");
    expect(second.message).toMatch(/al gebruikt/);
    await expect(callerFor(handle.db).auth.checkAccountToken({ token })).resolves.toMatchObject({ valid: false, reason: expect.stringMatching(/al gebruikt/) });

    await expect(callerFor(handle.db).auth.login({ email: input.email, password: NEW_PASSWORD })).resolves.toMatchObject({ id: user.id });
    expect((await admin.caller.user.list()).find((u) => u.id === user.id)?.invitationExpiresAt).toBeNull();
    await expect(admin.caller.user.resendInvitation({ id: user.id })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("refuses the link after seven days", async () => {
    const input = invitee();
    await admin.caller.user.invite(input);
    await mailbox.deliver();
    const token = linkToken(mailsTo(input.email)[0]!);
    const later = () => new Date(Date.now() + 7 * 24 * 60 * 60_000 + 60_000);
    const error = await refusal(callerFor(handle.db, { now: later }).auth.setPasswordWithToken({ token, newPassword: NEW_PASSWORD }));
    expect(error.message).toMatch(/verlopen/);
    // Six days on it still works.
    const sooner = () => new Date(Date.now() + 6 * 24 * 60 * 60_000);
    await expect(callerFor(handle.db, { now: sooner }).auth.setPasswordWithToken({ token, newPassword: NEW_PASSWORD })).resolves.toMatchObject({
      email: input.email,
    });
  });

  it("sends a new link on resend, and the earlier link stops working", async () => {
    const input = invitee();
    const user = await admin.caller.user.invite(input);
    await mailbox.deliver();
    await admin.caller.user.resendInvitation({ id: user.id });
    await mailbox.deliver();
    const mails = mailsTo(input.email);
    expect(mails).toHaveLength(2);
    const [first, second] = mails.map(linkToken) as [string, string];
    expect(first).not.toBe(second);
    const old = await refusal(callerFor(handle.db).auth.setPasswordWithToken({ token: first, newPassword: NEW_PASSWORD }));
    expect(old.message).toMatch(/vervangen door een nieuwere/);
    await expect(callerFor(handle.db).auth.setPasswordWithToken({ token: second, newPassword: NEW_PASSWORD })).resolves.toMatchObject({ id: user.id });
  });

  it("keeps the link usable when the chosen password is refused as too common", async () => {
    const input = invitee();
    await admin.caller.user.invite(input);
    await mailbox.deliver();
    const token = linkToken(mailsTo(input.email)[0]!);
    const weak = await refusal(callerFor(handle.db).auth.setPasswordWithToken({ token, newPassword: "wachtwoord123456" }));
    expect(weak.message).toMatch(/te bekend/);
    const short = await refusal(callerFor(handle.db).auth.setPasswordWithToken({ token, newPassword: "kort" }));
    expect(short.code).toBe("BAD_REQUEST");
    await expect(callerFor(handle.db).auth.setPasswordWithToken({ token, newPassword: NEW_PASSWORD })).resolves.toMatchObject({ email: input.email });
  });

  it("refuses an address that already has an account, and sends nothing", async () => {
    const input = invitee();
    await admin.caller.user.invite(input);
    const again = await refusal(admin.caller.user.invite({ ...input, name: "Iemand Anders" }));
    expect(again.message).toMatch(/al een gebruiker/);
    await mailbox.deliver();
    expect(mailsTo(input.email)).toHaveLength(1);
  });

  it("writes the invitation to the audit log without the token", async () => {
    const input = invitee();
    const user = await admin.caller.user.invite(input);
    const rows = await handle.db.selectFrom("auditLog").select(["action", "objectId", "changes"]).where("objectId", "=", user.id).execute();
    expect(rows.map((r) => r.action)).toContain("user.invite");
    await mailbox.deliver();
    expect(JSON.stringify(rows)).not.toContain(linkToken(mailsTo(input.email)[0]!));
  });
});
