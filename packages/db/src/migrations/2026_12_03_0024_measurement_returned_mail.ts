import { sql, type Kysely } from "kysely";

/**
 * A reviewer's return of a measurement is mailed to the editor who submitted it (issue 15): the
 * outbox gets a topic for it. The topic list is a check constraint (migration 0006), widened here.
 */
// Frozen in time once landed: this migration takes Kysely<any> and never imports current schema types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table outbox_messages drop constraint outbox_messages_topic_check`.execute(db);
  await sql`alter table outbox_messages add constraint outbox_messages_topic_check
    check (topic in ('reminder','invitation','password_reset','confirmation','measurement_returned'))`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await sql`delete from outbox_messages where topic = 'measurement_returned'`.execute(db);
  await sql`alter table outbox_messages drop constraint outbox_messages_topic_check`.execute(db);
  await sql`alter table outbox_messages add constraint outbox_messages_topic_check
    check (topic in ('reminder','invitation','password_reset','confirmation'))`.execute(db);
}
