import { TRPCError } from "@trpc/server";
import {
  consumeAccountToken,
  findAccountToken,
  issueAccountToken,
  recentResetRequests,
  recordResetRequest,
  revokeOpenTokens,
} from "@zorgpact/db/repositories/account-token.repository";
import { clearFailures, lockAttemptKeys } from "@zorgpact/db/repositories/login-attempt.repository";
import { deleteSession, deleteSessionsOfUser, insertSession } from "@zorgpact/db/repositories/session.repository";
import { findUserForLogin, loadMe, recordLogin, setPasswordHash } from "@zorgpact/db/repositories/user.repository";
import type { Me } from "@zorgpact/domain/account";
import {
  accountTokenState,
  PASSWORD_RESET_REQUESTED,
  RESET_PER_ADDRESS,
  RESET_PER_IP,
  RESET_WINDOW_MINUTES,
  tokenExpiresAt,
  tokenRefusal,
  type AccountTokenInfo,
  type SetPasswordWithTokenInput,
} from "@zorgpact/domain/account-token";
import { throttleDecision } from "@zorgpact/domain/session";
import { fieldError, RetryLater } from "../errors.ts";
import { hashAccountToken, newAccountToken } from "./account-token.ts";
import { assertAcceptablePassword, hashOrBusy } from "./auth.service.ts";
import { mutate, noteRecord, type Executor, type ServiceContext } from "./context.ts";
import { passwordResetMail, setPasswordUrl } from "./mail/account-mail.ts";
import { enqueueMail } from "./mail/outbox.ts";
import { newSessionToken, hashSessionToken } from "./session-token.ts";

function resetThrottled(retryAfterSeconds: number): TRPCError {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return new TRPCError({
    code: "TOO_MANY_REQUESTS",
    message: `Er is al een paar keer om een nieuw wachtwoord gevraagd. Kijk in je e-mail (ook bij ongewenste e-mail), of probeer het over ${minutes === 1 ? "een minuut" : `${minutes} minuten`} opnieuw.`,
    cause: new RetryLater(retryAfterSeconds),
  });
}

/**
 * "Wachtwoord vergeten?": the same answer whether the address has an account or not. Requests are
 * counted per address and per IP (whether an account exists or not, so the throttle reveals
 * nothing either) under the login attempts' locks; within the limits one transaction records the
 * request and, for an active account, replaces any earlier reset link and puts the e-mail in the
 * outbox. Both paths do the same few reads and writes, so timing tells little.
 */
export async function requestPasswordReset(ctx: ServiceContext, input: { email: string }): Promise<{ message: string }> {
  ctx.audit.claimedEmail = input.email;
  noteRecord(ctx, "user", null);
  const now = ctx.now();
  const since = new Date(now.getTime() - RESET_WINDOW_MINUTES * 60_000);
  await mutate(ctx, async (trx) => {
    await lockAttemptKeys(trx, { email: input.email, ip: ctx.ip });
    const byAddress = await recentResetRequests(trx, { email: input.email }, since);
    const byIp = await recentResetRequests(trx, { ip: ctx.ip }, since);
    const blocked = [throttleDecision(byAddress, RESET_PER_ADDRESS, now), throttleDecision(byIp, RESET_PER_IP, now)].filter((d) => !d.allowed);
    if (blocked.length > 0) throw resetThrottled(Math.max(...blocked.map((d) => d.retryAfterSeconds)));
    await recordResetRequest(trx, { email: input.email, ip: ctx.ip, at: now });
    const user = await findUserForLogin(trx, input.email);
    if (!user || !user.active) return;
    const { token, tokenHash } = newAccountToken();
    const tokenId = await issueAccountToken(trx, {
      userId: user.id,
      purpose: "password_reset",
      tokenHash,
      expiresAt: tokenExpiresAt("password_reset", now),
      createdBy: null,
      at: now,
    });
    const name = await userName(trx, user.id);
    await enqueueMail(trx, {
      key: `password_reset:${tokenId}`,
      topic: "password_reset",
      to: user.email,
      ...passwordResetMail({ name, url: setPasswordUrl(token) }),
    });
  });
  return { message: PASSWORD_RESET_REQUESTED };
}

async function userName(db: Executor, userId: string): Promise<string> {
  return (await db.selectFrom("users").select("name").where("id", "=", userId).executeTakeFirstOrThrow()).name;
}

const ACCOUNT_DISABLED = "Dit account is uitgeschakeld. Neem contact op met het landelijke team.";

/** What the set-password page shows before the password is typed: for whom the link is, or why it no longer works. */
export async function checkAccountToken(ctx: ServiceContext, input: { token: string }): Promise<AccountTokenInfo> {
  const token = await findAccountToken(ctx.db, hashAccountToken(input.token));
  const state = accountTokenState(token, ctx.now());
  if (state !== "valid") return { valid: false, reason: tokenRefusal(state) };
  if (!token!.active) return { valid: false, reason: ACCOUNT_DISABLED };
  return { valid: true, purpose: token!.purpose, email: token!.email, name: token!.name };
}

/**
 * Sets a password with a link from an e-mail, and logs the user in. In one transaction the link
 * is used (a second use finds it used and is refused), every other open link of the user stops
 * working, every other session of the user ends, and a new session starts. The password rules are
 * those of the password change.
 */
export async function setPasswordWithToken(ctx: ServiceContext, input: SetPasswordWithTokenInput): Promise<Me> {
  noteRecord(ctx, "user", null);
  assertAcceptablePassword("newPassword", input.newPassword);
  const passwordHash = await hashOrBusy(input.newPassword);
  const tokenHash = hashAccountToken(input.token);
  const session = newSessionToken();
  const userId = await mutate(ctx, async (trx) => {
    const now = ctx.now();
    const used = await consumeAccountToken(trx, tokenHash, now);
    if (!used) {
      const state = accountTokenState(await findAccountToken(trx, tokenHash), now);
      throw fieldError("token", tokenRefusal(state === "valid" ? "used" : state));
    }
    const token = (await findAccountToken(trx, tokenHash))!;
    noteRecord(ctx, "user", used.userId);
    ctx.audit.claimedEmail = token.email;
    // Thrown inside the transaction: the link stays unused for when the account is switched on again.
    if (!token.active) throw fieldError("token", ACCOUNT_DISABLED);
    await setPasswordHash(trx, used.userId, passwordHash);
    await revokeOpenTokens(trx, used.userId, now);
    await deleteSessionsOfUser(trx, used.userId);
    if (ctx.session) await deleteSession(trx, ctx.session.id);
    await insertSession(trx, { tokenHash: hashSessionToken(session), userId: used.userId, at: now, ip: ctx.ip });
    await recordLogin(trx, used.userId, now);
    await clearFailures(trx, token.email);
    ctx.audit.changes = { after: { password: token.purpose === "invitation" ? "ingesteld via uitnodiging" : "opnieuw ingesteld via e-mail" } };
    return used.userId;
  });
  ctx.cookies.set(session);
  const me = await loadMe(ctx.db, userId);
  if (!me) throw new Error("user vanished while setting a password");
  return me;
}
