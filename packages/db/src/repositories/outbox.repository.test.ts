import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../database.ts";
import { createTestDatabase } from "../test/test-database.ts";
import {
  claimDueMessages,
  countFailedMessages,
  deleteSentBefore,
  enqueueMessage,
  linkRemindersToMessage,
  listFailedMessages,
  markAttemptFailed,
  markSent,
  noteReminders,
  requeueFailedMessage,
  type NewOutboxMessage,
} from "./outbox.repository.ts";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle.close());
beforeEach(async () => {
  await handle.db.deleteFrom("reminderNotices").execute();
  await handle.db.deleteFrom("outboxMessages").execute();
});

const T0 = new Date("2026-12-01T08:00:00Z");
const later = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const message = (key: string, fields: Partial<NewOutboxMessage> = {}): NewOutboxMessage => ({
  idempotencyKey: key,
  topic: "reminder",
  recipient: "redacteur@voorbeeld.nl",
  subject: "Je hebt nieuwe taken",
  textBody: "Zie Mijn taken.",
  notBefore: T0,
  ...fields,
});
const row = (id: string) => handle.db.selectFrom("outboxMessages").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
const claim = (minutes: number, limit = 10) => claimDueMessages(handle.db, { now: later(minutes), claimUntil: later(minutes + 5), limit });

describe("enqueueing", () => {
  it("keeps the first message for a key and ignores the same key again", async () => {
    const first = await enqueueMessage(handle.db, message("reminders:u1:a"));
    const second = await enqueueMessage(handle.db, message("reminders:u1:a", { subject: "Iets anders" }));
    expect(first.created).toBe(true);
    expect(second).toEqual({ id: first.id, created: false });
    expect(await row(first.id)).toMatchObject({ subject: "Je hebt nieuwe taken", status: "pending", attempts: 0 });
  });
});

describe("claiming", () => {
  it("hands a due message to one claim at a time and counts the attempt", async () => {
    const { id } = await enqueueMessage(handle.db, message("k1"));
    await enqueueMessage(handle.db, message("k-not-yet", { notBefore: later(60) }));
    const first = await claim(0);
    expect(first.map((m) => [m.id, m.attempts])).toEqual([[id, 1]]);
    expect(await claim(1)).toEqual([]);
    expect(await row(id)).toMatchObject({ status: "sending", attempts: 1 });
  });

  it("takes over a message whose claim lapsed, and the late worker can no longer record its outcome", async () => {
    const { id } = await enqueueMessage(handle.db, message("k2"));
    const [stale] = await claim(0);
    const [fresh] = await claim(6);
    expect(fresh).toMatchObject({ id, attempts: 2 });
    expect(await markSent(handle.db, stale!, { at: later(7), transport: "smtp", providerMessageId: "old" })).toBe(false);
    expect(await markSent(handle.db, fresh!, { at: later(7), transport: "smtp", providerMessageId: "<abc@zorgpact>" })).toBe(true);
    expect(await row(id)).toMatchObject({ status: "sent", transport: "smtp", providerMessageId: "<abc@zorgpact>", attempts: 2 });
    expect(await claim(60)).toEqual([]);
  });

  it("respects the limit and claims the longest waiting first", async () => {
    const a = await enqueueMessage(handle.db, message("a", { notBefore: later(-10) }));
    await enqueueMessage(handle.db, message("b", { notBefore: later(-5) }));
    const claimed = await claim(0, 1);
    expect(claimed.map((m) => m.id)).toEqual([a.id]);
  });
});

describe("failures", () => {
  it("puts a failed attempt back in the queue for later, keeping the error", async () => {
    const { id } = await enqueueMessage(handle.db, message("f1"));
    const [c] = await claim(0);
    expect(await markAttemptFailed(handle.db, c!, { at: later(0), error: "421 probeer later", retryAt: later(1) })).toBe(true);
    expect(await row(id)).toMatchObject({ status: "pending", lastError: "421 probeer later", attempts: 1 });
    expect(await claim(0.5)).toEqual([]);
    expect((await claim(1)).map((m) => m.attempts)).toEqual([2]);
  });

  it("keeps a message it gave up on as failed, lists it for the national team, and can send it again", async () => {
    const { id } = await enqueueMessage(handle.db, message("f2"));
    const [c] = await claim(0);
    await markAttemptFailed(handle.db, c!, { at: later(0), error: "550 onbekend adres", retryAt: null });
    expect(await claim(60 * 24 * 30)).toEqual([]);
    expect(await countFailedMessages(handle.db)).toBe(1);
    const page = await listFailedMessages(handle.db, { page: 1, pageSize: 20 });
    expect(page.items).toMatchObject([{ id, recipient: "redacteur@voorbeeld.nl", lastError: "550 onbekend adres", attempts: 1, topic: "reminder" }]);

    expect(await requeueFailedMessage(handle.db, id, later(100))).toBe(true);
    expect(await requeueFailedMessage(handle.db, id, later(100))).toBe(false);
    expect((await claim(100)).map((m) => [m.id, m.attempts])).toEqual([[id, 1]]);
  });
});

describe("housekeeping", () => {
  it("forgets delivered messages after a while, never pending or failed ones", async () => {
    const sent = await enqueueMessage(handle.db, message("h1"));
    const failed = await enqueueMessage(handle.db, message("h2"));
    const pending = await enqueueMessage(handle.db, message("h3", { notBefore: later(10) }));
    const claimed = await claim(0);
    await markSent(
      handle.db,
      claimed.find((m) => m.id === sent.id)!,
      { at: later(0), transport: "log", providerMessageId: null },
    );
    await markAttemptFailed(
      handle.db,
      claimed.find((m) => m.id === failed.id)!,
      { at: later(0), error: "x", retryAt: null },
    );
    expect(await deleteSentBefore(handle.db, later(1))).toBe(1);
    const left = await handle.db.selectFrom("outboxMessages").select("id").orderBy("id").execute();
    expect(left.map((r) => r.id).sort()).toEqual([failed.id, pending.id].sort());
  });
});

describe("reminders already mailed", () => {
  it("returns only the keys a user was not told about yet, per user", async () => {
    const [u1, u2] = await Promise.all(
      ["een", "twee"].map(
        async (name) =>
          (
            await handle.db
              .insertInto("users")
              .values({ email: `${name}-${crypto.randomUUID()}@voorbeeld.nl`, name, role: "regional_editor", passwordHash: "x" })
              .returning("id")
              .executeTakeFirstOrThrow()
          ).id,
      ),
    );
    expect((await noteReminders(handle.db, u1!, ["due:a", "due:b"], T0)).sort()).toEqual(["due:a", "due:b"]);
    expect(await noteReminders(handle.db, u1!, ["due:b", "overdue:a"], T0)).toEqual(["overdue:a"]);
    expect(await noteReminders(handle.db, u2!, ["due:a"], T0)).toEqual(["due:a"]);
    expect(await noteReminders(handle.db, u1!, [], T0)).toEqual([]);

    const { id } = await enqueueMessage(handle.db, message("reminders:u1"));
    await linkRemindersToMessage(handle.db, u1!, ["due:a", "due:b"], id);
    const linked = await handle.db.selectFrom("reminderNotices").select("reminderKey").where("messageId", "=", id).orderBy("reminderKey").execute();
    expect(linked.map((r) => r.reminderKey)).toEqual(["due:a", "due:b"]);
  });
});

describe.runIf(process.env.DATABASE_URL)("several server processes on PostgreSQL", () => {
  it("never hand one message to two workers at once (for update skip locked)", async () => {
    const ids = new Set<string>();
    for (let i = 0; i < 6; i++) ids.add((await enqueueMessage(handle.db, message(`p${i}`))).id);
    // Lock one message in an open transaction, as a worker in the middle of claiming it would.
    const locked = [...ids][0]!;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let lockTaken!: () => void;
    const lockReady = new Promise<void>((resolve) => (lockTaken = resolve));
    const holder = handle.db.transaction().execute(async (trx) => {
      await trx.selectFrom("outboxMessages").select("id").where("id", "=", locked).forUpdate().execute();
      lockTaken();
      await held;
    });
    await lockReady;
    const [a, b] = await Promise.all([claim(0, 3), claim(0, 3)]);
    release();
    await holder;
    const claimed = [...a, ...b].map((m) => m.id);
    expect(new Set(claimed).size).toBe(claimed.length);
    expect(claimed).not.toContain(locked);
    expect(claimed).toHaveLength(5);
  });
});
