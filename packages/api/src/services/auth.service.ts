import { TRPCError } from "@trpc/server";
import { clearFailures, lockAttemptKeys, recentFailures, recordFailure, withdrawFailure } from "@zorgpact/db/repositories/login-attempt.repository";
import { deleteOtherSessions, deleteSession, deleteSessionsOfUser, insertSession } from "@zorgpact/db/repositories/session.repository";
import { findPasswordHash, findUserForLogin, loadMe, recordLogin, setPasswordHash } from "@zorgpact/db/repositories/user.repository";
import type { LoginInput, Me } from "@zorgpact/domain/account";
import { THROTTLE_ACCOUNT_FAILURES, THROTTLE_ADDRESS_FAILURES, THROTTLE_WINDOW_MINUTES, throttleDecision } from "@zorgpact/domain/session";
import type { AuditNote } from "../audit.ts";
import type { Context } from "../context.ts";
import { busy, fieldError, tooManyRequests } from "../errors.ts";
import { Busy } from "./concurrency.ts";
import { mutate, noteRecord } from "./context.ts";
import { dummyHash, hashPassword, isCommonPassword, verifyPassword } from "./password.ts";
import { newSessionToken, hashSessionToken } from "./session-token.ts";

type AuthContext = Context & { audit: AuditNote };

const WRONG_CREDENTIALS = "Dit e-mailadres en wachtwoord horen niet bij elkaar, of het account is uitgeschakeld.";

/**
 * Reserves one password attempt for this account and address, or refuses when either is
 * throttled. The reservation is a failure row written before the password is checked, under
 * locks on both keys, so parallel guesses count each other: of forty at once, only as many as
 * the threshold allows get their password checked.
 */
async function reserveAttempt(ctx: AuthContext, email: string): Promise<string> {
  const now = ctx.now();
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MINUTES * 60_000);
  // A lock, not a change: nothing to audit here, so a plain transaction rather than `mutate`.
  const outcome = await ctx.db.transaction().execute(async (trx) => {
    await lockAttemptKeys(trx, { email, ip: ctx.ip });
    const [byAccount, byAddress] = await Promise.all([recentFailures(trx, { email }, since), recentFailures(trx, { ip: ctx.ip }, since)]);
    const blocked = [throttleDecision(byAccount, THROTTLE_ACCOUNT_FAILURES, now), throttleDecision(byAddress, THROTTLE_ADDRESS_FAILURES, now)].filter(
      (d) => !d.allowed,
    );
    if (blocked.length > 0) return { reserved: null, retryAfterSeconds: Math.max(...blocked.map((d) => d.retryAfterSeconds)) };
    return { reserved: await recordFailure(trx, { email, ip: ctx.ip, at: now }), retryAfterSeconds: 0 };
  });
  if (outcome.reserved === null) throw tooManyRequests(outcome.retryAfterSeconds);
  return outcome.reserved;
}

/** Checks a password within a reserved attempt; a check the server was too busy to make is taken back. */
async function checkReserved(ctx: AuthContext, reservation: string, check: () => Promise<boolean>): Promise<boolean> {
  try {
    return await check();
  } catch (error) {
    await withdrawFailure(ctx.db, reservation);
    if (error instanceof Busy) throw busy();
    throw error;
  }
}

export async function login(ctx: AuthContext, input: LoginInput): Promise<Me> {
  ctx.audit.claimedEmail = input.email;
  ctx.audit.objectType = "session";
  const now = ctx.now();
  const reservation = await reserveAttempt(ctx, input.email);

  const user = await findUserForLogin(ctx.db, input.email);
  const passwordMatches = await checkReserved(ctx, reservation, async () => verifyPassword(input.password, user?.passwordHash ?? (await dummyHash())));
  // A wrong password leaves the reservation standing as the recorded failure.
  if (!user || !passwordMatches || !user.active) throw new TRPCError({ code: "UNAUTHORIZED", message: WRONG_CREDENTIALS });

  // A new token at every login; a session presented with this request is ended.
  const token = newSessionToken();
  await mutate(ctx, async (trx) => {
    if (ctx.session) await deleteSession(trx, ctx.session.id);
    await insertSession(trx, { tokenHash: hashSessionToken(token), userId: user.id, at: now, ip: ctx.ip });
    await recordLogin(trx, user.id, now);
    await clearFailures(trx, input.email);
    noteRecord(ctx, "user", user.id);
  });
  ctx.cookies.set(token);
  const me = await loadMe(ctx.db, user.id);
  if (!me) throw new Error("user vanished during login");
  return me;
}

export async function logout(ctx: AuthContext): Promise<void> {
  if (ctx.session) await deleteSession(ctx.db, ctx.session.id);
  ctx.cookies.clear();
}

export async function logoutEverywhere(ctx: AuthContext, userId: string): Promise<number> {
  ctx.audit.objectType = "user";
  ctx.audit.objectId = userId;
  const ended = await deleteSessionsOfUser(ctx.db, userId);
  ctx.cookies.clear();
  return ended;
}

/** Password rules beyond length: the common-password list lives here, on the server. */
export function assertAcceptablePassword(field: string, password: string): void {
  if (isCommonPassword(password)) {
    throw fieldError(field, "Dit wachtwoord is te bekend en makkelijk te raden. Kies een ander, bijvoorbeeld een zin van een paar woorden.");
  }
}

export async function changeOwnPassword(ctx: AuthContext, userId: string, currentPassword: string, newPassword: string): Promise<void> {
  noteRecord(ctx, "user", userId);
  // Guesses of the current password are throttled like logins, on the account and the address.
  const email = ctx.session?.email ?? userId;
  const reservation = await reserveAttempt(ctx, email);
  const stored = await findPasswordHash(ctx.db, userId);
  const matches = await checkReserved(ctx, reservation, async () => stored !== undefined && stored !== null && (await verifyPassword(currentPassword, stored)));
  if (!matches) throw fieldError("currentPassword", "Je huidige wachtwoord klopt niet.");
  await withdrawFailure(ctx.db, reservation);
  assertAcceptablePassword("newPassword", newPassword);
  const hash = await hashOrBusy(newPassword);
  await mutate(ctx, async (trx) => {
    await setPasswordHash(trx, userId, hash);
    // Other sessions end: whoever knew the old password is out.
    await deleteOtherSessions(trx, userId, ctx.session?.id ?? null);
    ctx.audit.changes = { after: { password: "gewijzigd" } };
  });
}

/** Hashes a new password, or tells the caller the server is too busy (never a 500). */
export async function hashOrBusy(password: string): Promise<string> {
  try {
    return await hashPassword(password);
  } catch (error) {
    if (error instanceof Busy) throw busy();
    throw error;
  }
}
