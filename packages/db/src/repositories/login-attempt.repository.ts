import { sql, type Kysely, type Transaction } from "kysely";
import type { Database } from "../schema.ts";

type Executor = Kysely<Database>;

/**
 * Password attempts, recorded BEFORE the password is checked: an attempt is a failure until it
 * succeeds (which clears the account's failures). Taking the account's and the address's
 * advisory locks first serialises attempts on the same key, so forty parallel guesses see each
 * other's reservations instead of all reading "no failures yet".
 */

// Two lock spaces, always taken in this order (account, then address), so no two attempts wait
// for each other in a cycle.
const ACCOUNT_LOCKS = 0x5a504131; // "ZPA1"
const ADDRESS_LOCKS = 0x5a504132; // "ZPA2"

/** A 32-bit FNV-1a hash: a key collision only makes two keys wait for each other. */
function lockKey(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

/** Locks the account and address of an attempt until the transaction ends. */
export async function lockAttemptKeys(trx: Transaction<Database>, key: { email: string; ip: string }): Promise<void> {
  await sql`select pg_advisory_xact_lock(${ACCOUNT_LOCKS}::int4, ${lockKey(key.email.toLowerCase())}::int4)`.execute(trx);
  await sql`select pg_advisory_xact_lock(${ADDRESS_LOCKS}::int4, ${lockKey(key.ip)}::int4)`.execute(trx);
}

/** Failure times within the window for an account or an address, newest first (at most 100). */
export async function recentFailures(db: Executor, key: { email: string } | { ip: string }, since: Date): Promise<Date[]> {
  let query = db.selectFrom("loginFailures").select("failedAt").where("failedAt", ">", since.toISOString());
  query = "email" in key ? query.where("email", "=", key.email.toLowerCase()) : query.where("ip", "=", key.ip);
  const rows = await query.orderBy("failedAt", "desc").limit(100).execute();
  return rows.map((r) => new Date(r.failedAt));
}

/** Records an attempt as a failure; the id lets an attempt that was never judged be taken back. */
export async function recordFailure(db: Executor, attempt: { email: string; ip: string; at: Date }): Promise<string> {
  const row = await db
    .insertInto("loginFailures")
    .values({ email: attempt.email.toLowerCase(), ip: attempt.ip, failedAt: attempt.at.toISOString() })
    .returning("id")
    .executeTakeFirstOrThrow();
  return String(row.id);
}

/** Takes back one reserved attempt (the password was never checked, e.g. the server was busy). */
export async function withdrawFailure(db: Executor, id: string): Promise<void> {
  await db.deleteFrom("loginFailures").where("id", "=", Number(id)).execute();
}

/** A successful attempt clears the account's failures. */
export async function clearFailures(db: Executor, email: string): Promise<void> {
  await db.deleteFrom("loginFailures").where("email", "=", email.toLowerCase()).execute();
}
