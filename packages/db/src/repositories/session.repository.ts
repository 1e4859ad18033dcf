import type { Role } from "@zorgpact/domain/account";
import type { Kysely } from "kysely";
import type { Database } from "../schema.ts";

type Executor = Kysely<Database>;

export interface SessionWithUser {
  sessionId: string;
  createdAt: string;
  lastSeenAt: string;
  userId: string;
  email: string;
  role: Role;
  active: boolean;
  pactIds: string[];
}

export async function insertSession(db: Executor, session: { tokenHash: string; userId: string; at: Date; ip: string | null }): Promise<void> {
  await db
    .insertInto("sessions")
    .values({ tokenHash: session.tokenHash, userId: session.userId, createdAt: session.at.toISOString(), lastSeenAt: session.at.toISOString(), ip: session.ip })
    .execute();
}

export async function findSession(db: Executor, tokenHash: string): Promise<SessionWithUser | undefined> {
  const row = await db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.userId")
    .select(["sessions.id as sessionId", "sessions.createdAt", "sessions.lastSeenAt", "users.id as userId", "users.email", "users.role", "users.active"])
    .where("sessions.tokenHash", "=", tokenHash)
    .executeTakeFirst();
  if (!row) return undefined;
  const scopes = await db.selectFrom("userPactScopes").select("pactId").where("userId", "=", row.userId).execute();
  return { ...row, role: row.role, pactIds: scopes.map((s) => s.pactId) };
}

/** Records use; skipped when seen within the last minute so reads stay cheap. */
export async function touchSession(db: Executor, sessionId: string, at: Date): Promise<void> {
  await db
    .updateTable("sessions")
    .set({ lastSeenAt: at.toISOString() })
    .where("id", "=", sessionId)
    .where("lastSeenAt", "<", new Date(at.getTime() - 60_000).toISOString())
    .execute();
}

export async function deleteSession(db: Executor, sessionId: string): Promise<void> {
  await db.deleteFrom("sessions").where("id", "=", sessionId).execute();
}

export async function deleteSessionsOfUser(db: Executor, userId: string): Promise<number> {
  const result = await db.deleteFrom("sessions").where("userId", "=", userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteOtherSessions(db: Executor, userId: string, keepSessionId: string | null): Promise<void> {
  let query = db.deleteFrom("sessions").where("userId", "=", userId);
  if (keepSessionId) query = query.where("id", "<>", keepSessionId);
  await query.execute();
}
