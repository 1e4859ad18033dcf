import type { AccountTokenPurpose } from "@zorgpact/domain/account-token";
import type { Kysely } from "kysely";
import type { Database } from "../schema.ts";

type Executor = Kysely<Database>;

/** A new one-time link; earlier links of the same purpose for this user stop working. */
export async function issueAccountToken(
  db: Executor,
  token: { userId: string; purpose: AccountTokenPurpose; tokenHash: string; expiresAt: Date; createdBy: string | null; at: Date },
): Promise<string> {
  await db
    .updateTable("accountTokens")
    .set({ revokedAt: token.at.toISOString() })
    .where("userId", "=", token.userId)
    .where("purpose", "=", token.purpose)
    .where("usedAt", "is", null)
    .where("revokedAt", "is", null)
    .execute();
  const row = await db
    .insertInto("accountTokens")
    .values({
      userId: token.userId,
      purpose: token.purpose,
      tokenHash: token.tokenHash,
      expiresAt: token.expiresAt.toISOString(),
      createdBy: token.createdBy,
      createdAt: token.at.toISOString(),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A link by the hash of its token, with its user. */
export async function findAccountToken(db: Executor, tokenHash: string) {
  const row = await db
    .selectFrom("accountTokens")
    .innerJoin("users", "users.id", "accountTokens.userId")
    .select([
      "accountTokens.id",
      "accountTokens.userId",
      "accountTokens.purpose",
      "accountTokens.expiresAt",
      "accountTokens.usedAt",
      "accountTokens.revokedAt",
      "users.email",
      "users.name",
      "users.active",
    ])
    .where("accountTokens.tokenHash", "=", tokenHash)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    ...row,
    expiresAt: new Date(row.expiresAt),
    usedAt: row.usedAt ? new Date(row.usedAt) : null,
    revokedAt: row.revokedAt ? new Date(row.revokedAt) : null,
  };
}

/**
 * Uses a link: marks it used only if it is still unused, not replaced and not expired. Of two
 * requests with the same link at once, one gets the row and the other nothing.
 */
export async function consumeAccountToken(db: Executor, tokenHash: string, at: Date): Promise<{ id: string; userId: string } | undefined> {
  return db
    .updateTable("accountTokens")
    .set({ usedAt: at.toISOString() })
    .where("tokenHash", "=", tokenHash)
    .where("usedAt", "is", null)
    .where("revokedAt", "is", null)
    .where("expiresAt", ">", at.toISOString())
    .returning(["id", "userId"])
    .executeTakeFirst();
}

/** Every open link of a user stops working (a password was set). */
export async function revokeOpenTokens(db: Executor, userId: string, at: Date): Promise<void> {
  await db
    .updateTable("accountTokens")
    .set({ revokedAt: at.toISOString() })
    .where("userId", "=", userId)
    .where("usedAt", "is", null)
    .where("revokedAt", "is", null)
    .execute();
}

/**
 * Users with an invitation not yet used: the expiry of their newest one. A user who set a password
 * through any link, or whose password the national team set, has no open invitation.
 */
export async function openInvitations(db: Executor, userIds?: readonly string[]): Promise<Map<string, string>> {
  let query = db
    .selectFrom("accountTokens")
    .select(["userId", (eb) => eb.fn.max("expiresAt").as("expiresAt")])
    .where("purpose", "=", "invitation")
    .where("usedAt", "is", null)
    .where("revokedAt", "is", null)
    .groupBy("userId");
  if (userIds) {
    if (userIds.length === 0) return new Map();
    query = query.where("userId", "in", userIds);
  }
  const rows = await query.execute();
  return new Map(rows.map((r) => [r.userId, new Date(r.expiresAt).toISOString()]));
}

/** Reset requests of an address or an IP within the window, newest first (at most 100). */
export async function recentResetRequests(db: Executor, key: { email: string } | { ip: string }, since: Date): Promise<Date[]> {
  let query = db.selectFrom("passwordResetRequests").select("requestedAt").where("requestedAt", ">", since.toISOString());
  query = "email" in key ? query.where("email", "=", key.email.toLowerCase()) : query.where("ip", "=", key.ip);
  const rows = await query.orderBy("requestedAt", "desc").limit(100).execute();
  return rows.map((r) => new Date(r.requestedAt));
}

export async function recordResetRequest(db: Executor, request: { email: string; ip: string; at: Date }): Promise<void> {
  await db.insertInto("passwordResetRequests").values({ email: request.email.toLowerCase(), ip: request.ip, requestedAt: request.at.toISOString() }).execute();
}

/** Forgets reset requests older than the window (they hold addresses). */
export async function deleteResetRequestsBefore(db: Executor, before: Date): Promise<void> {
  await db.deleteFrom("passwordResetRequests").where("requestedAt", "<", before.toISOString()).execute();
}

/** Forgets used and replaced links older than `before`; open invitations stay (the users list shows them). */
export async function deleteClosedTokensBefore(db: Executor, before: Date): Promise<void> {
  await db
    .deleteFrom("accountTokens")
    .where("createdAt", "<", before.toISOString())
    .where((eb) => eb.or([eb("usedAt", "is not", null), eb("revokedAt", "is not", null), eb("purpose", "=", "password_reset")]))
    .execute();
}
