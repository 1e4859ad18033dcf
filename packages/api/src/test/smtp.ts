import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

/** A message as the in-process SMTP server received it. */
export interface ReceivedMail {
  from: string | null;
  to: string[];
  /** The raw message (headers and encoded body). */
  raw: string;
  /** The Subject header, unfolded. */
  subject: string;
  /** The outbox id the platform sends along (X-Zorgpact-Outbox-Id). */
  outboxId: string | null;
}

export interface TestSmtpServer {
  url: string;
  port: number;
  received: ReceivedMail[];
  /** Refuse every message with this SMTP reply (e.g. 451 for "try later"), or accept again with null. */
  refuseWith(code: number | null): void;
  close(): Promise<void>;
}

function header(raw: string, name: string): string | null {
  const head = raw.split(/\r?\n\r?\n/, 1)[0] ?? "";
  const unfolded = head.replace(/\r?\n[ \t]+/g, " ");
  const line = unfolded.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line ? line.slice(name.length + 1).trim() : null;
}

/**
 * An SMTP server inside the test process (no TLS, no login), on a free loopback port or the port
 * given (to bring a stopped server back where the platform expects it).
 */
export async function startTestSmtpServer(port = 0): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  let refusal: number | null = null;
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS", "AUTH"],
    authOptional: true,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (refusal !== null) {
          const error: Error & { responseCode?: number } = new Error(refusal >= 500 ? "Mailbox unavailable" : "Try again later");
          error.responseCode = refusal;
          callback(error);
          return;
        }
        const raw = Buffer.concat(chunks).toString("utf8");
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          subject: header(raw, "Subject") ?? "",
          outboxId: header(raw, "X-Zorgpact-Outbox-Id"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const actualPort = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${actualPort}`,
    port: actualPort,
    received,
    refuseWith(code) {
      refusal = code;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
