import { enqueueMessage } from "@zorgpact/db/repositories/outbox.repository";
import type { OutboxTopic } from "@zorgpact/domain/outbox";
import type { Executor } from "../context.ts";

/**
 * The one way to send e-mail: write it to the outbox, preferably inside the transaction of the
 * change that causes it (an invitation and its e-mail exist together or not at all). The worker
 * (worker.ts) delivers it afterwards, with retries. The same `key` twice is one message, so a
 * retried request or a second server process never sends a message twice.
 *
 *   await enqueueMail(trx, { key: `invitation:${invitationId}`, topic: "invitation", to, subject, text });
 */
export interface MailToSend {
  /** Unique per message, e.g. `invitation:<id>` or `reminders:<userId>:<digest>`. */
  key: string;
  topic: OutboxTopic;
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  /** Not before this moment; default the database's now. */
  notBefore?: Date;
}

export async function enqueueMail(db: Executor, mail: MailToSend): Promise<{ id: string; created: boolean }> {
  // A line break in a header field would let the text add headers of its own.
  if (/[\r\n]/.test(mail.to) || /[\r\n]/.test(mail.subject)) throw new Error("Een e-mailadres of onderwerp mag geen regeleinde bevatten.");
  return enqueueMessage(db, {
    idempotencyKey: mail.key,
    topic: mail.topic,
    recipient: mail.to,
    subject: mail.subject,
    textBody: mail.text,
    htmlBody: mail.html ?? null,
    ...(mail.notBefore ? { notBefore: mail.notBefore } : {}),
  });
}
