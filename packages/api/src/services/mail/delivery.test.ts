import type { Db, DatabaseHandle } from "@zorgpact/db/database";
import { requeueFailedMessage } from "@zorgpact/db/repositories/outbox.repository";
import { createTestDatabase } from "@zorgpact/db/test/test-database";
import { MAX_DELIVERY_ATTEMPTS } from "@zorgpact/domain/outbox";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startTestSmtpServer, type TestSmtpServer } from "../../test/smtp.ts";
import { deliverDueMail } from "./delivery.ts";
import { enqueueMail } from "./outbox.ts";
import { logTransport, smtpTransport, transportFromConfig, type MailLog, type MailTransport } from "./transport.ts";

let handle: DatabaseHandle;
let db: Db;
let smtp: TestSmtpServer;
let transport: MailTransport;

/** A log that keeps what it was told, to check what the worker reports. */
function recordingLog() {
  const lines: { level: string; message: string; details: object }[] = [];
  const log: MailLog = {
    info: (details, message) => lines.push({ level: "info", message, details }),
    warn: (details, message) => lines.push({ level: "warn", message, details }),
    error: (details, message) => lines.push({ level: "error", message, details }),
  };
  return { log, lines };
}

/** A clock the test moves by hand. */
let clock = new Date("2026-12-01T09:00:00Z");
const now = () => clock;
const advance = (minutes: number) => (clock = new Date(clock.getTime() + minutes * 60_000));

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  smtp = await startTestSmtpServer();
  transport = smtpTransport({ url: smtp.url, from: "Zorgpact <noreply@voorbeeld.nl>", timeoutMs: 2_000 });
});
afterAll(async () => {
  transport.close();
  await smtp.close();
  await handle.close();
});
beforeEach(() => {
  smtp.refuseWith(null);
});

async function enqueue(key: string) {
  const { id } = await enqueueMail(db, { key, topic: "invitation", to: `${key}@voorbeeld.nl`, subject: `Bericht ${key}`, text: "Hallo.", notBefore: clock });
  return id;
}
const row = (id: string) => db.selectFrom("outboxMessages").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
const received = (id: string) => smtp.received.filter((m) => m.outboxId === id);

describe("a failing SMTP server", () => {
  it("refusing, then down: the message is retried with growing pauses and delivered once it is back", async () => {
    const { log, lines } = recordingLog();
    const id = await enqueue("weigeren");
    const deliver = () => deliverDueMail({ db, transport, log, now });

    // 1st attempt: the server says "try later".
    smtp.refuseWith(451);
    expect(await deliver()).toEqual({ sent: 0, retrying: 1, failed: 0 });
    expect(await row(id)).toMatchObject({ status: "pending", attempts: 1, nextAttemptAt: new Date(clock.getTime() + 60_000).toISOString() });
    expect((await row(id)).lastError).toMatch(/451/);

    // Not yet due half a minute later; the 2nd attempt after a minute is refused for good measure.
    advance(0.5);
    expect(await deliver()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    advance(0.5);
    smtp.refuseWith(550);
    expect(await deliver()).toEqual({ sent: 0, retrying: 1, failed: 0 });
    expect(await row(id)).toMatchObject({ attempts: 2, nextAttemptAt: new Date(clock.getTime() + 5 * 60_000).toISOString() });

    // 3rd attempt, five minutes on: the server is down altogether.
    await smtp.close();
    advance(5);
    expect(await deliver()).toEqual({ sent: 0, retrying: 1, failed: 0 });
    expect(await row(id)).toMatchObject({ status: "pending", attempts: 3, nextAttemptAt: new Date(clock.getTime() + 30 * 60_000).toISOString() });
    expect((await row(id)).lastError).toMatch(/ECONNREFUSED/);

    // Back on the same address: the 4th attempt, half an hour later, delivers it, once.
    smtp = await startTestSmtpServer(smtp.port);
    advance(30);
    expect(await deliver()).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(await deliver()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(await row(id)).toMatchObject({ status: "sent", attempts: 4, lastError: null, transport: "smtp" });
    expect(received(id)).toHaveLength(1);
    expect(received(id)[0]!.subject).toBe("Bericht weigeren");
    expect(lines.filter((l) => l.level === "warn")).toHaveLength(3);
  });

  it("never loses a message: after the last attempt it stays as failed, and sent again it arrives", async () => {
    const { log, lines } = recordingLog();
    const id = await enqueue("blijvend");
    smtp.refuseWith(550);
    for (let attempt = 1; attempt <= MAX_DELIVERY_ATTEMPTS; attempt++) {
      const run = await deliverDueMail({ db, transport, log, now });
      expect(run.retrying + run.failed).toBe(1);
      advance(24 * 60);
    }
    expect(await row(id)).toMatchObject({ status: "failed", attempts: MAX_DELIVERY_ATTEMPTS });
    expect(lines.filter((l) => l.level === "error")).toHaveLength(1);
    advance(7 * 24 * 60);
    expect(await deliverDueMail({ db, transport, log, now })).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(received(id)).toEqual([]);

    // The national team fixes the cause and sends it again (task.retryMail).
    smtp.refuseWith(null);
    expect(await requeueFailedMessage(db, id, clock)).toBe(true);
    expect(await deliverDueMail({ db, transport, log, now })).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(received(id)).toHaveLength(1);
  });
});

describe("without an SMTP server", () => {
  it("writes the message to the log and marks it sent as 'log'", async () => {
    const { log, lines } = recordingLog();
    const id = await enqueue("gelogd");
    const logOnly = transportFromConfig({ smtpUrl: null, mailFrom: null }, log);
    expect(logOnly.name).toBe("log");
    expect(await deliverDueMail({ db, transport: logOnly, log, now })).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(await row(id)).toMatchObject({ status: "sent", transport: "log", attempts: 1 });
    expect(lines).toContainEqual(
      expect.objectContaining({ level: "info", details: expect.objectContaining({ outboxId: id, to: "gelogd@voorbeeld.nl", text: "Hallo." }) }),
    );
    expect(received(id)).toEqual([]);
  });

  it("needs a sender with SMTP_URL, and an smtp:// or smtps:// address", () => {
    const { log } = recordingLog();
    expect(() => transportFromConfig({ smtpUrl: "smtp://mail.voorbeeld.nl", mailFrom: null }, log)).toThrow(/MAIL_FROM/);
    expect(() => transportFromConfig({ smtpUrl: "http://mail.voorbeeld.nl", mailFrom: "a@b.nl" }, log)).toThrow(/smtp:\/\//);
    expect(transportFromConfig({ smtpUrl: "smtps://u:p@mail.voorbeeld.nl:465", mailFrom: "a@b.nl" }, log).name).toBe("smtp");
    expect(logTransport(log).name).toBe("log");
  });
});

describe("enqueueing", () => {
  it("is idempotent per key and refuses a line break in a header field", async () => {
    const first = await enqueueMail(db, { key: "uitnodiging:1", topic: "invitation", to: "a@voorbeeld.nl", subject: "Welkom", text: "…" });
    const again = await enqueueMail(db, { key: "uitnodiging:1", topic: "invitation", to: "a@voorbeeld.nl", subject: "Welkom", text: "…" });
    expect(again).toEqual({ id: first.id, created: false });
    await expect(enqueueMail(db, { key: "x", topic: "invitation", to: "a@voorbeeld.nl", subject: "Hallo\r\nBcc: b@voorbeeld.nl", text: "…" })).rejects.toThrow(
      /regeleinde/,
    );
  });
});
