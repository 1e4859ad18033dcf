import type { Db } from "@zorgpact/db/database";
import { startMailWorker } from "../services/mail/worker.ts";
import { smtpTransport, type MailLog } from "../services/mail/transport.ts";
import { startTestSmtpServer, type TestSmtpServer } from "./smtp.ts";

const quiet: MailLog = { info() {}, warn() {}, error() {} };

/** An in-process SMTP server and a worker that delivers the outbox to it when `deliver()` is called. */
export async function testMailbox(db: Db): Promise<{ smtp: TestSmtpServer; deliver: () => Promise<void>; close: () => Promise<void> }> {
  const smtp = await startTestSmtpServer();
  const transport = smtpTransport({ url: smtp.url, from: "Zorgpact <noreply@voorbeeld.nl>" });
  // Reminders are not part of these tests: their interval is set beyond any test's length.
  const worker = startMailWorker({ db, transport, log: quiet, appUrl: "https://zorgpact.voorbeeld.nl", autoStart: false, remindEveryMs: 10 ** 12 });
  return {
    smtp,
    deliver: () => worker.tick(),
    async close() {
      await worker.stop();
      await smtp.close();
    },
  };
}
