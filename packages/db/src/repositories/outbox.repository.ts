import { pageOffset, type Paged, type PageInput } from "@zorgpact/domain/common";
import type { FailedMail, MailTransportName, OutboxTopic } from "@zorgpact/domain/outbox";
import type { Kysely } from "kysely";
import type { Database } from "../schema.ts";

/**
 * The outbox's rows. Enqueueing is idempotent (a second message with the same key is ignored),
 * claiming uses `for update skip locked` so several server processes never send one message at
 * the same time, and every state change after a claim names the attempt it belongs to, so a
 * worker whose claim lapsed cannot overwrite the outcome of the worker that took over.
 */
type Executor = Kysely<Database>;

export interface NewOutboxMessage {
  idempotencyKey: string;
  topic: OutboxTopic;
  recipient: string;
  subject: string;
  textBody: string;
  htmlBody?: string | null;
  /** Not before this moment (default: now). */
  notBefore?: Date;
}

/** Adds a message unless one with the same key exists; says which message stands and whether it is new. */
export async function enqueueMessage(db: Executor, message: NewOutboxMessage): Promise<{ id: string; created: boolean }> {
  const inserted = await db
    .insertInto("outboxMessages")
    .values({
      idempotencyKey: message.idempotencyKey,
      topic: message.topic,
      recipient: message.recipient,
      subject: message.subject,
      textBody: message.textBody,
      htmlBody: message.htmlBody ?? null,
      ...(message.notBefore ? { nextAttemptAt: message.notBefore.toISOString() } : {}),
    })
    .onConflict((oc) => oc.column("idempotencyKey").doNothing())
    .returning("id")
    .executeTakeFirst();
  if (inserted) return { id: inserted.id, created: true };
  const existing = await db.selectFrom("outboxMessages").select("id").where("idempotencyKey", "=", message.idempotencyKey).executeTakeFirstOrThrow();
  return { id: existing.id, created: false };
}

export interface ClaimedMessage {
  id: string;
  topic: OutboxTopic;
  recipient: string;
  subject: string;
  textBody: string;
  htmlBody: string | null;
  /** The number of this attempt (1 for the first). */
  attempts: number;
}

/**
 * Claims up to `limit` messages that are due at `now`: pending ones whose next attempt has come,
 * and ones still `sending` whose claim lapsed (their worker stopped halfway). Each claim counts
 * as an attempt and lasts until `claimUntil`. One statement: the row locks of `skip locked` make
 * concurrent workers take different messages.
 */
export async function claimDueMessages(db: Executor, options: { now: Date; claimUntil: Date; limit: number }): Promise<ClaimedMessage[]> {
  const now = options.now.toISOString();
  const due = db
    .selectFrom("outboxMessages")
    .select("id")
    .where("status", "in", ["pending", "sending"])
    .where("nextAttemptAt", "<=", now)
    .orderBy("nextAttemptAt")
    .orderBy("id")
    .limit(options.limit)
    .forUpdate()
    .skipLocked();
  const rows = await db
    .updateTable("outboxMessages")
    .set((eb) => ({
      status: "sending",
      attempts: eb("attempts", "+", 1),
      nextAttemptAt: options.claimUntil.toISOString(),
      lastAttemptAt: now,
      updatedAt: now,
    }))
    .where("id", "in", due)
    .returning(["id", "topic", "recipient", "subject", "textBody", "htmlBody", "attempts"])
    .execute();
  return rows.sort((a, b) => a.id.localeCompare(b.id));
}

/** Records a delivery; false when the claim was no longer this attempt's (another worker took over). */
export async function markSent(
  db: Executor,
  claim: { id: string; attempts: number },
  outcome: { at: Date; transport: MailTransportName; providerMessageId: string | null },
): Promise<boolean> {
  const at = outcome.at.toISOString();
  const result = await db
    .updateTable("outboxMessages")
    .set({ status: "sent", sentAt: at, updatedAt: at, transport: outcome.transport, providerMessageId: outcome.providerMessageId, lastError: null })
    .where("id", "=", claim.id)
    .where("status", "=", "sending")
    .where("attempts", "=", claim.attempts)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Records a failed attempt: back to `pending` until `retryAt`, or `failed` when `retryAt` is null
 * (the last attempt). The message and its error stay; nothing is deleted.
 */
export async function markAttemptFailed(
  db: Executor,
  claim: { id: string; attempts: number },
  outcome: { at: Date; error: string; retryAt: Date | null },
): Promise<boolean> {
  const at = outcome.at.toISOString();
  const result = await db
    .updateTable("outboxMessages")
    .set({
      status: outcome.retryAt ? "pending" : "failed",
      nextAttemptAt: (outcome.retryAt ?? outcome.at).toISOString(),
      lastError: outcome.error.slice(0, 2000),
      updatedAt: at,
    })
    .where("id", "=", claim.id)
    .where("status", "=", "sending")
    .where("attempts", "=", claim.attempts)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The messages the platform gave up on, newest first, for the national team. */
export async function listFailedMessages(db: Executor, input: PageInput): Promise<Paged<FailedMail>> {
  const base = db.selectFrom("outboxMessages").where("status", "=", "failed");
  const [rows, count] = await Promise.all([
    base
      .select(["id", "topic", "recipient", "subject", "attempts", "lastError", "createdAt", "lastAttemptAt", "updatedAt"])
      .orderBy("updatedAt", "desc")
      .orderBy("id")
      .limit(input.pageSize)
      .offset(pageOffset(input))
      .execute(),
    base.select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map(({ updatedAt, lastAttemptAt, ...row }) => ({ ...row, lastAttemptAt: lastAttemptAt ?? updatedAt })),
    total: Number(count.n),
    page: input.page,
    pageSize: input.pageSize,
  };
}

export async function countFailedMessages(db: Executor): Promise<number> {
  const row = await db
    .selectFrom("outboxMessages")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("status", "=", "failed")
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findFailedMessage(db: Executor, id: string) {
  return db
    .selectFrom("outboxMessages")
    .select(["id", "topic", "recipient", "subject", "attempts", "status"])
    .where("id", "=", id)
    .where("status", "=", "failed")
    .executeTakeFirst();
}

/** Gives a failed message a fresh series of attempts, starting at `now`. False when it is not failed (any more). */
export async function requeueFailedMessage(db: Executor, id: string, now: Date): Promise<boolean> {
  const at = now.toISOString();
  const result = await db
    .updateTable("outboxMessages")
    .set({ status: "pending", attempts: 0, nextAttemptAt: at, updatedAt: at })
    .where("id", "=", id)
    .where("status", "=", "failed")
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Forgets the bodies of messages delivered before `before` (they hold personal data); returns how many. */
export async function deleteSentBefore(db: Executor, before: Date): Promise<number> {
  const result = await db.deleteFrom("outboxMessages").where("status", "=", "sent").where("sentAt", "<", before.toISOString()).executeTakeFirst();
  return Number(result.numDeletedRows);
}

// ── Reminders already mailed ──

/**
 * Notes reminders as mailed to a user and returns the keys that were new. A key noted before
 * (by this or another server process) is not returned again: the unique key makes a concurrent
 * scheduler wait for the first one's transaction and then skip the key.
 */
export async function noteReminders(db: Executor, userId: string, keys: readonly string[], at: Date): Promise<string[]> {
  if (keys.length === 0) return [];
  const rows = await db
    .insertInto("reminderNotices")
    .values(keys.map((reminderKey) => ({ userId, reminderKey, noticedAt: at.toISOString() })))
    .onConflict((oc) => oc.columns(["userId", "reminderKey"]).doNothing())
    .returning("reminderKey")
    .execute();
  return rows.map((r) => r.reminderKey);
}

/** Links noted reminders to the message that tells the user about them. */
export async function linkRemindersToMessage(db: Executor, userId: string, keys: readonly string[], messageId: string): Promise<void> {
  if (keys.length === 0) return;
  await db
    .updateTable("reminderNotices")
    .set({ messageId })
    .where("userId", "=", userId)
    .where("reminderKey", "in", [...keys])
    .execute();
}
