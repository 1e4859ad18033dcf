import type { MailTransportName } from "@zorgpact/domain/outbox";
import { createTransport } from "nodemailer";

/** One e-mail as the outbox hands it to a transport. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string | null;
  /** The outbox id: sent along as a header, so a message can be traced from the mail server back to its row. */
  outboxId: string;
}

/** How e-mail leaves the platform. `send` rejects when the message was not accepted. */
export interface MailTransport {
  readonly name: MailTransportName;
  send(mail: OutgoingMail): Promise<{ providerMessageId: string | null }>;
  close(): void;
}

/** The worker's log: fastify's (pino) logger fits, and so does `consoleMailLog`. */
export interface MailLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export const consoleMailLog: MailLog = {
  info: (details, message) => console.info(`[mail] ${message}`, details),
  warn: (details, message) => console.warn(`[mail] ${message}`, details),
  error: (details, message) => console.error(`[mail] ${message}`, details),
};

/**
 * Delivery through an SMTP server with nodemailer. Timeouts are short, so a hanging server makes
 * an attempt fail (and be retried later) instead of holding the worker for minutes.
 */
export function smtpTransport(options: { url: string; from: string; timeoutMs?: number }): MailTransport {
  if (!/^smtps?:\/\//i.test(options.url)) throw new Error("SMTP_URL moet beginnen met smtp:// of smtps://.");
  const timeout = options.timeoutMs ?? 15_000;
  const transporter = createTransport(
    { url: options.url, connectionTimeout: timeout, greetingTimeout: timeout, socketTimeout: timeout * 2 },
    { from: options.from },
  );
  return {
    name: "smtp",
    async send(mail) {
      const info = await transporter.sendMail({
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        ...(mail.html ? { html: mail.html } : {}),
        headers: { "X-Zorgpact-Outbox-Id": mail.outboxId },
      });
      return { providerMessageId: typeof info.messageId === "string" ? info.messageId : null };
    },
    close: () => transporter.close(),
  };
}

/**
 * Without an SMTP server (development, demo): the message is written to the log in full and
 * counts as sent, marked "log", so it is not tried again.
 */
export function logTransport(log: MailLog): MailTransport {
  return {
    name: "log",
    async send(mail) {
      log.info({ outboxId: mail.outboxId, to: mail.to, subject: mail.subject, text: mail.text }, "e-mail niet verstuurd (geen SMTP_URL), alleen gelogd");
      return { providerMessageId: null };
    },
    close() {},
  };
}

/** SMTP when `smtpUrl` is set, the log otherwise. A sender is required for SMTP. */
export function transportFromConfig(config: { smtpUrl: string | null; mailFrom: string | null }, log: MailLog): MailTransport {
  if (!config.smtpUrl) return logTransport(log);
  if (!config.mailFrom) throw new Error("Zet MAIL_FROM (de afzender, bijvoorbeeld 'Zorgpact <noreply@voorbeeld.nl>') naast SMTP_URL.");
  return smtpTransport({ url: config.smtpUrl, from: config.mailFrom });
}
