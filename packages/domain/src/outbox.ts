import { z } from "zod";
import { idSchema, pagedSchema, pageInputSchema } from "./common.ts";

/**
 * The outbox: every e-mail the platform sends (reminders now; invitations and password resets
 * later) is first written to a table, in the same transaction as the change that causes it, and
 * delivered afterwards by a worker. A delivery that fails is tried again later; after
 * `MAX_DELIVERY_ATTEMPTS` the message stays `failed` and visible to the national team, who can
 * send it again. Nothing is dropped silently.
 *
 * - pending: waiting for its next attempt (`next_attempt_at`)
 * - sending: claimed by a worker; if that worker dies, the claim lapses and another one retries
 * - sent: delivered (by SMTP, or written to the log when no SMTP server is configured)
 * - failed: gave up after the last attempt; kept until the national team sends it again
 */
export const outboxStatuses = ["pending", "sending", "sent", "failed"] as const;
export type OutboxStatus = (typeof outboxStatuses)[number];

/** How a sent message left: through an SMTP server, or into the server log (no SMTP_URL). */
export const mailTransports = ["smtp", "log"] as const;
export type MailTransportName = (typeof mailTransports)[number];

/** What a message is about; for the national team's overview and for the log. */
export const outboxTopics = ["reminder", "invitation", "password_reset", "confirmation", "measurement_returned"] as const;
export type OutboxTopic = (typeof outboxTopics)[number];

export const MAX_DELIVERY_ATTEMPTS = 10;

/** Minutes to wait after the n-th failed attempt (1-based); the last value repeats (capped). */
const RETRY_DELAYS_MINUTES = [1, 5, 30, 120, 360, 720, 1440] as const;

/**
 * When to try again after the `attempts`-th failure, or `null` when that was the last attempt.
 * With ten attempts the platform keeps trying for about four days (1 min, 5, 30, 2 h, 6 h, 12 h,
 * then daily) before it asks a person to look.
 */
export function nextAttemptAt(attempts: number, failedAt: Date): Date | null {
  if (attempts >= MAX_DELIVERY_ATTEMPTS) return null;
  const index = Math.min(Math.max(attempts, 1), RETRY_DELAYS_MINUTES.length) - 1;
  return new Date(failedAt.getTime() + RETRY_DELAYS_MINUTES[index]! * 60_000);
}

/** A message the national team sees because it could not be delivered. */
export const failedMailSchema = z.object({
  id: idSchema,
  topic: z.enum(outboxTopics),
  recipient: z.string(),
  subject: z.string(),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  lastAttemptAt: z.string(),
});
export type FailedMail = z.infer<typeof failedMailSchema>;

export const failedMailListInputSchema = pageInputSchema;
export const failedMailPageSchema = pagedSchema(failedMailSchema);

/** Send a failed message again: it gets a fresh series of attempts. */
export const retryMailInputSchema = z.object({ id: idSchema });
export type RetryMailInput = z.infer<typeof retryMailInputSchema>;
