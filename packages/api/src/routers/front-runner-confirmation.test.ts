import type { DatabaseHandle } from "@zorgpact/db/database";
import { createTestDatabase } from "@zorgpact/db/test/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor } from "../test/caller.ts";
import { plainText } from "../test/mail-text.ts";
import { testMailbox } from "../test/mail-worker.ts";

let handle: DatabaseHandle;
let mailbox: Awaited<ReturnType<typeof testMailbox>>;

beforeAll(async () => {
  handle = await createTestDatabase();
  mailbox = await testMailbox(handle.db);
});
afterAll(async () => {
  await mailbox.close();
  await handle.close();
});

const application = (overrides: object = {}) => ({
  initiativeName: "Leerwerkplaats De Brug",
  description: "Studenten leren in de wijk met een wijkdocent.",
  organisationName: "Graafschapcollege",
  contactName: "Jan Jansen",
  contactEmail: "jan@graafschap.example",
  motivation: "We willen onze aanpak delen met andere regio's en ervan leren.",
  ...overrides,
});

describe("confirmation e-mail to a front-runner applicant", () => {
  it("reaches the applicant through the outbox, once, in Dutch and with the initiative's name", async () => {
    await callerFor(handle.db, { ip: "198.51.100.21" }).frontRunner.submitApplication(application());
    const queued = await handle.db.selectFrom("outboxMessages").select(["topic", "recipient"]).where("topic", "=", "confirmation").execute();
    expect(queued).toEqual([{ topic: "confirmation", recipient: "jan@graafschap.example" }]);
    await mailbox.deliver();
    await mailbox.deliver();
    const mails = mailbox.smtp.received.filter((m) => m.to.includes("jan@graafschap.example"));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe("Aanmelding ontvangen: Leerwerkplaats De Brug");
    expect(plainText(mails[0]!)).toContain("Beste Jan Jansen,");
    expect(mails[0]!.raw).toMatch(/text\/html/);
  });

  it("sends nothing when the application is refused (a filled spam trap, an unknown region)", async () => {
    await callerFor(handle.db, { ip: "198.51.100.22" }).frontRunner.submitApplication(
      application({ contactEmail: "spam@voorbeeld.nl", website: "http://spam" }),
    );
    await expect(
      callerFor(handle.db, { ip: "198.51.100.23" }).frontRunner.submitApplication(
        application({ contactEmail: "regio@voorbeeld.nl", regionId: "00000000-0000-4000-8000-000000000000" }),
      ),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const queued = await handle.db
      .selectFrom("outboxMessages")
      .select("recipient")
      .where("recipient", "in", ["spam@voorbeeld.nl", "regio@voorbeeld.nl"])
      .execute();
    expect(queued).toEqual([]);
  });
});
