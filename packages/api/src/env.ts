/** The API package's configuration: the only place it reads the environment. */
export const apiEnv = {
  /** Stack traces and internal messages are sent to clients only outside production. */
  isProduction: process.env.NODE_ENV === "production",
  /**
   * Outgoing e-mail (reminders, and later invitations and password resets): an SMTP server as a
   * URL, e.g. `smtp://user:password@mail.example.nl:587` or `smtps://…:465`. Without it every
   * message is written to the server log instead and marked sent as "log".
   */
  smtpUrl: process.env.SMTP_URL || null,
  /** The sender of every e-mail, e.g. `Zorgpact <noreply@zorgpact.example.nl>`; required with SMTP_URL. */
  mailFrom: process.env.MAIL_FROM || null,
  /** Where users reach the platform, for the links in e-mail (no trailing slash). */
  /** How often the mail worker looks for due messages, in ms (default 30 s; the e-mail browser test uses less). */
  mailPollMs: Number(process.env.MAIL_POLL_MS) > 0 ? Number(process.env.MAIL_POLL_MS) : 30_000,
  appUrl: (process.env.APP_URL || "http://localhost:3000").replace(/\/+$/, ""),
};
