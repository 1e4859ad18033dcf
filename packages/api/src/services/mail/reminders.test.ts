import type { Db, DatabaseHandle } from "@zorgpact/db/database";
import { insertIndicator, insertMeasurement, insertNode, insertOrganisation, insertPact } from "@zorgpact/db/test/fixtures";
import { createTestDatabase } from "@zorgpact/db/test/test-database";
import { sql } from "kysely";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTestUser } from "../../test/caller.ts";
import { startTestSmtpServer, type TestSmtpServer } from "../../test/smtp.ts";
import { deliverDueMail } from "./delivery.ts";
import { enqueueReminders } from "./reminders.ts";
import { smtpTransport, type MailLog, type MailTransport } from "./transport.ts";
import { startMailWorker } from "./worker.ts";

const APP_URL = "https://zorgpact.voorbeeld.nl";
const quiet: MailLog = { info() {}, warn() {}, error() {} };

let handle: DatabaseHandle;
let db: Db;
let smtp: TestSmtpServer;
let transport: MailTransport;
let editor: { id: string; email: string };
let national: { id: string; email: string };

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  const pactId = await insertPact(db, { name: "Zorgpact Noord" });
  const ownerOrganisationId = await insertOrganisation(db, { name: "Noorderpoort" });
  // Due on 20 November: a reminder from 6 November, overdue from 21 November.
  await db
    .insertInto("volgspotAgreements")
    .values({ pactId, year: 2025, text: "Stageplaatsen in kaart brengen", ownerOrganisationId, dueOn: "2026-11-20" })
    .execute();
  editor = await createTestUser(db, "regional_editor", [pactId], "redacteur.noord@voorbeeld.nl");
  national = await createTestUser(db, "national_admin", [], "landelijk@voorbeeld.nl");
  await createTestUser(db, "regional_editor", [], "zonder.pact@voorbeeld.nl");
  smtp = await startTestSmtpServer();
  transport = smtpTransport({ url: smtp.url, from: "Zorgpact <noreply@voorbeeld.nl>" });
});
afterAll(async () => {
  transport.close();
  await smtp.close();
  await handle.close();
});
afterEach(() => {
  smtp.refuseWith(null);
});

const mailTo = (email: string) => smtp.received.filter((m) => m.to.includes(email));

describe("reminder e-mail", () => {
  it("reaches the in-process SMTP server exactly once, however often the scheduler and the worker run", async () => {
    const now = new Date("2026-11-10T08:00:00Z");
    // The scheduler twice (two at once, as two server processes would), then the worker twice.
    await Promise.all([enqueueReminders({ db, now, appUrl: APP_URL }), enqueueReminders({ db, now, appUrl: APP_URL })]);
    await enqueueReminders({ db, now, appUrl: APP_URL });
    const worker = startMailWorker({ db, transport, log: quiet, appUrl: APP_URL, now: () => now, autoStart: false });
    await worker.tick();
    await worker.tick();
    await worker.stop();

    const received = mailTo(editor.email);
    expect(received).toHaveLength(1);
    expect(received[0]!.subject).toBe("Zorgpact: een nieuwe taak");
    expect(received[0]!.raw).toContain("Stageplaatsen in kaart brengen");
    expect(received[0]!.raw).toContain(`${APP_URL}/admin/taken`);
    const row = await db.selectFrom("outboxMessages").selectAll().where("id", "=", received[0]!.outboxId!).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: "sent", transport: "smtp", attempts: 1, recipient: editor.email, topic: "reminder" });
    // Not overdue yet, so nothing for the national team; nobody without tasks gets mail.
    expect(mailTo(national.email)).toEqual([]);
    expect(mailTo("zonder.pact@voorbeeld.nl")).toEqual([]);
  });

  it("sends one more reminder once the task is overdue, to the editor and the national team, and then no more", async () => {
    const now = new Date("2026-11-22T08:00:00Z");
    for (let run = 0; run < 2; run++) {
      await enqueueReminders({ db, now, appUrl: APP_URL });
      await deliverDueMail({ db, transport, log: quiet, now: () => now });
    }
    expect(mailTo(editor.email).map((m) => m.subject)).toEqual(["Zorgpact: een nieuwe taak", "Zorgpact: een nieuwe taak (te laat)"]);
    expect(mailTo(national.email).map((m) => m.subject)).toEqual(["Zorgpact: een nieuwe taak (te laat)"]);
  });

  it("notes nothing when the outbox cannot take the message, so the next run tries again", async () => {
    // A second agreement due soon: new for the editor. The transaction fails after noting it.
    const pactId = (await db.selectFrom("userPactScopes").select("pactId").where("userId", "=", editor.id).executeTakeFirstOrThrow()).pactId;
    const ownerOrganisationId = await insertOrganisation(db);
    const { id } = await db
      .insertInto("volgspotAgreements")
      .values({ pactId, year: 2025, text: "Tweede afspraak", ownerOrganisationId, dueOn: "2026-12-10" })
      .returning("id")
      .executeTakeFirstOrThrow();
    const noted = () => db.selectFrom("reminderNotices").select("reminderKey").where("reminderKey", "like", `%${id}%`).execute();
    const now = new Date("2026-12-01T08:00:00Z");
    // A check no new row meets (existing rows are not checked): every enqueue fails.
    await sql`alter table outbox_messages add constraint test_refuse_all check (false) not valid`.execute(db);
    await expect(enqueueReminders({ db, now, appUrl: APP_URL })).rejects.toThrow();
    await sql`alter table outbox_messages drop constraint test_refuse_all`.execute(db);
    expect(await noted()).toEqual([]);

    await enqueueReminders({ db, now, appUrl: APP_URL });
    await deliverDueMail({ db, transport, log: quiet, now: () => now });
    expect(mailTo(editor.email).at(-1)!.raw).toContain("Tweede afspraak");
    expect(await noted()).toHaveLength(1);
  });

  it("reminds of a quarterly indicator's measurement in the last month of its quarter, not before", async () => {
    const pactId = await insertPact(db, { name: "Zorgpact Oost" });
    const indicatorId = await insertIndicator(db, await insertNode(db, pactId, { kind: "result" }), {
      name: "Wachttijd stageplaats",
      frequency: "kwartaal",
      baselineDate: "2026-01-01",
    });
    // Measured in the fourth quarter of 2026: the first quarter of 2027's is due on 31 March.
    await insertMeasurement(db, indicatorId, "2026-11-20", 12);
    const oost = await createTestUser(db, "regional_editor", [pactId], "redacteur.oost@voorbeeld.nl");
    const run = async (now: Date) => {
      await enqueueReminders({ db, now, appUrl: APP_URL });
      await deliverDueMail({ db, transport, log: quiet, now: () => now });
    };
    await run(new Date("2027-02-28T08:00:00Z"));
    expect(mailTo(oost.email)).toEqual([]);
    await run(new Date("2027-03-01T08:00:00Z"));
    expect(mailTo(oost.email)).toHaveLength(1);
    expect(mailTo(oost.email)[0]!.raw).toContain("Wachttijd stageplaats");
    expect(await db.selectFrom("reminderNotices").select("reminderKey").where("userId", "=", oost.id).execute()).toEqual([
      { reminderKey: `due:measurement:${indicatorId}:2027-03-31` },
    ]);
  });
});
