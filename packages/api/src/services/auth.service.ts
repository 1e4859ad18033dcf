import { TRPCError } from "@trpc/server";
import { clearLoginFailures, deleteOtherSessions, deleteSession, deleteSessionsOfUser, insertSession, recentLoginFailures, recordLoginFailure } from "@zorgpact/db/repositories/session.repository";
import { findPasswordHash, findUserForLogin, loadMe, recordLogin, setPasswordHash } from "@zorgpact/db/repositories/user.repository";
import type { LoginInput, Me } from "@zorgpact/domain/account";
import { THROTTLE_ACCOUNT_FAILURES, THROTTLE_ADDRESS_FAILURES, THROTTLE_WINDOW_MINUTES, throttleDecision } from "@zorgpact/domain/session";
import type { AuditNote } from "../audit.ts";
import type { Context } from "../context.ts";
import { fieldError, tooManyRequests } from "../errors.ts";
import { dummyHash, hashPassword, isCommonPassword, verifyPassword } from "./password.ts";
import { newSessionToken, hashSessionToken } from "./session-token.ts";

type AuthContext = Context & { audit: AuditNote };

const WRONG_CREDENTIALS = "Dit e-mailadres en wachtwoord horen niet bij elkaar, of het account is uitgeschakeld.";

export async function login(ctx: AuthContext, input: LoginInput): Promise<Me> {
  ctx.audit.claimedEmail = input.email;
  ctx.audit.objectType = "session";
  const now = ctx.now();
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MINUTES * 60_000);
  const [byAccount, byAddress] = await Promise.all([
    recentLoginFailures(ctx.db, { email: input.email }, since),
    recentLoginFailures(ctx.db, { ip: ctx.ip }, since),
  ]);
  const decisions = [throttleDecision(byAccount, THROTTLE_ACCOUNT_FAILURES, now), throttleDecision(byAddress, THROTTLE_ADDRESS_FAILURES, now)];
  const blocked = decisions.filter((d) => !d.allowed);
  if (blocked.length) throw tooManyRequests(Math.max(...blocked.map((d) => d.retryAfterSeconds)));

  const user = await findUserForLogin(ctx.db, input.email);
  const passwordMatches = await verifyPassword(input.password, user?.passwordHash ?? (await dummyHash()));
  if (!user || !passwordMatches || !user.active) {
    await recordLoginFailure(ctx.db, { email: input.email, ip: ctx.ip, at: now });
    throw new TRPCError({ code: "UNAUTHORIZED", message: WRONG_CREDENTIALS });
  }

  // A new token at every login; a session presented with this request is ended.
  if (ctx.session) await deleteSession(ctx.db, ctx.session.id);
  const token = newSessionToken();
  await ctx.db.transaction().execute(async (trx) => {
    await insertSession(trx, { tokenHash: hashSessionToken(token), userId: user.id, at: now, ip: ctx.ip });
    await recordLogin(trx, user.id, now);
    await clearLoginFailures(trx, input.email);
  });
  ctx.cookies.set(token);
  ctx.audit.objectType = "user";
  ctx.audit.objectId = user.id;
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
  ctx.audit.objectType = "user";
  ctx.audit.objectId = userId;
  const stored = await findPasswordHash(ctx.db, userId);
  if (!stored || !(await verifyPassword(currentPassword, stored))) {
    throw fieldError("currentPassword", "Je huidige wachtwoord klopt niet.");
  }
  assertAcceptablePassword("newPassword", newPassword);
  const hash = await hashPassword(newPassword);
  await ctx.db.transaction().execute(async (trx) => {
    await setPasswordHash(trx, userId, hash);
    // Other sessions end: whoever knew the old password is out.
    await deleteOtherSessions(trx, userId, ctx.session?.id ?? null);
  });
  ctx.audit.changes = { after: { password: "gewijzigd" } };
}
