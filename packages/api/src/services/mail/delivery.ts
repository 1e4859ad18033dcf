import type { Db } from "@zorgpact/db/database";
import { claimDueMessages, markAttemptFailed, markSent } from "@zorgpact/db/repositories/outbox.repository";
import { nextAttemptAt } from "@zorgpact/domain/outbox";
import type { MailLog, MailTransport } from "./transport.ts";

export interface DeliveryOptions {
  db: Db;
  transport: MailTransport;
  log: MailLog;
  now?: () => Date;
  /** Messages claimed at once. */
  batchSize?: number;
  /** How long a claim lasts; a worker that stops halfway leaves the message to another after this. */
  claimMs?: number;
  /** Batches per call at most, so one call never runs unbounded. */
  maxBatches?: number;
}

export interface DeliveryRun {
  sent: number;
  /** Failed attempts that will be tried again later. */
  retrying: number;
  /** Messages given up on (kept as failed for the national team). */
  failed: number;
}

/**
 * Delivers the messages that are due: claim a batch, send each, record the outcome. A failed
 * attempt goes back to the queue with the domain's backoff; after the last attempt the message
 * stays as `failed`. Messages are never deleted here.
 */
export async function deliverDueMail(options: DeliveryOptions): Promise<DeliveryRun> {
  const now = options.now ?? (() => new Date());
  const batchSize = options.batchSize ?? 20;
  const claimMs = options.claimMs ?? 5 * 60_000;
  const run: DeliveryRun = { sent: 0, retrying: 0, failed: 0 };
  for (let batch = 0; batch < (options.maxBatches ?? 10); batch++) {
    const at = now();
    const claimed = await claimDueMessages(options.db, { now: at, claimUntil: new Date(at.getTime() + claimMs), limit: batchSize });
    if (claimed.length === 0) break;
    for (const message of claimed) {
      let providerMessageId: string | null;
      try {
        ({ providerMessageId } = await options.transport.send({
          to: message.recipient,
          subject: message.subject,
          text: message.textBody,
          html: message.htmlBody,
          outboxId: message.id,
        }));
      } catch (error) {
        const failedAt = now();
        const reason = describeError(error);
        const retryAt = nextAttemptAt(message.attempts, failedAt);
        await markAttemptFailed(options.db, message, { at: failedAt, error: reason, retryAt });
        if (retryAt) {
          run.retrying += 1;
          options.log.warn(
            { outboxId: message.id, attempt: message.attempts, retryAt: retryAt.toISOString(), error: reason },
            "e-mail niet bezorgd, later opnieuw",
          );
        } else {
          run.failed += 1;
          options.log.error(
            { outboxId: message.id, attempts: message.attempts, error: reason },
            "e-mail na de laatste poging niet bezorgd; zichtbaar voor het landelijke team",
          );
        }
        continue;
      }
      // Outside the try: a message the server accepted is never recorded as failed. Should this
      // write itself fail, the claim lapses and the message goes out once more (at least once).
      await markSent(options.db, message, { at: now(), transport: options.transport.name, providerMessageId });
      run.sent += 1;
    }
    if (claimed.length < batchSize) break;
  }
  return run;
}

/** The SMTP reply when there is one ("550 …"), the error's message otherwise. */
function describeError(error: unknown): string {
  if (typeof error === "object" && error !== null) {
    const { response, message, code } = error as { response?: unknown; message?: unknown; code?: unknown };
    if (typeof response === "string" && response) return response;
    if (typeof message === "string" && message) return typeof code === "string" ? `${code}: ${message}` : message;
  }
  return String(error);
}
