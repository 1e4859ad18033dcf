import { sql, type Kysely } from "kysely";

// Frozen in time once landed: this migration takes Kysely<any> and never imports current schema types.
// The outbox (every e-mail, written in the transaction that causes it, delivered by a worker) and
// the reminders already mailed to each user (so no reminder is ever mailed twice).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("outbox_messages")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    // Enqueueing twice with the same key does nothing: the first message stands.
    .addColumn("idempotency_key", "text", (c) => c.notNull().unique())
    .addColumn("topic", "text", (c) => c.notNull().check(sql`topic in ('reminder','invitation','password_reset','confirmation')`))
    .addColumn("recipient", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("text_body", "text", (c) => c.notNull())
    .addColumn("html_body", "text")
    .addColumn("status", "text", (c) =>
      c
        .notNull()
        .defaultTo("pending")
        .check(sql`status in ('pending','sending','sent','failed')`),
    )
    .addColumn("attempts", "integer", (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`attempts >= 0`),
    )
    // For `pending` the time of the next attempt; for `sending` the end of the worker's claim.
    .addColumn("next_attempt_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("last_error", "text")
    .addColumn("last_attempt_at", "timestamptz")
    .addColumn("transport", "text", (c) => c.check(sql`transport in ('smtp','log')`))
    .addColumn("provider_message_id", "text")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("sent_at", "timestamptz")
    .execute();
  // The worker's claim query: due messages that are not finished, oldest first.
  await db.schema
    .createIndex("outbox_messages_due_idx")
    .on("outbox_messages")
    .columns(["next_attempt_at"])
    .where(sql<boolean>`status in ('pending', 'sending')`)
    .execute();
  await db.schema.createIndex("outbox_messages_failed_idx").on("outbox_messages").columns(["status", "updated_at"]).execute();

  await db.schema
    .createTable("reminder_notices")
    .addColumn("user_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("reminder_key", "text", (c) => c.notNull())
    .addColumn("message_id", "uuid", (c) => c.references("outbox_messages.id").onDelete("set null"))
    .addColumn("noticed_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("reminder_notices_pkey", ["user_id", "reminder_key"])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("reminder_notices").execute();
  await db.schema.dropTable("outbox_messages").execute();
}
