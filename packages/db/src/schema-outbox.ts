import type { MailTransportName, OutboxStatus, OutboxTopic } from "@zorgpact/domain/outbox";
import type { ColumnType, Generated } from "kysely";

/** The outbox tables, as Kysely sees them (see schema.ts and migrations/…_0006_outbox.ts). */
type Timestamp = ColumnType<string, string | undefined, string>;
type Nullable<T> = ColumnType<T | null, T | null | undefined, T | null>;
type Defaulted<T> = ColumnType<T, T | undefined, T>;

export interface OutboxMessagesTable {
  id: Generated<string>;
  /** Unique: enqueueing the same message again does nothing. */
  idempotencyKey: string;
  topic: OutboxTopic;
  recipient: string;
  subject: string;
  textBody: string;
  htmlBody: Nullable<string>;
  status: Defaulted<OutboxStatus>;
  attempts: Defaulted<number>;
  /** For `pending` the time of the next attempt; for `sending` the end of the worker's claim. */
  nextAttemptAt: Timestamp;
  lastError: Nullable<string>;
  lastAttemptAt: Nullable<string>;
  transport: Nullable<MailTransportName>;
  providerMessageId: Nullable<string>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  sentAt: Nullable<string>;
}

/** A reminder already mailed to a user (key from the domain's `reminderKey`). */
export interface ReminderNoticesTable {
  userId: string;
  reminderKey: string;
  messageId: Nullable<string>;
  noticedAt: Timestamp;
}

export interface OutboxTables {
  outboxMessages: OutboxMessagesTable;
  reminderNotices: ReminderNoticesTable;
}
