import { TRPCError } from "@trpc/server";
import type { DatabaseHandle } from "@zorgpact/db/database";
import { appendAudit } from "@zorgpact/db/repositories/audit.repository";
import { insertIssue, insertNode, insertOrganisation, insertPact } from "@zorgpact/db/test/fixtures";
import { createTestDatabase } from "@zorgpact/db/test/test-database";
import { amsterdamDayRange } from "@zorgpact/domain/audit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInCaller } from "../test/caller.ts";

let handle: DatabaseHandle;
let team: Awaited<ReturnType<typeof signedInCaller>>;
let editor: Awaited<ReturnType<typeof signedInCaller>>;
const ids: { [key: string]: string } = {};

beforeAll(async () => {
  handle = await createTestDatabase();
  const db = handle.db;
  ids.pact = await insertPact(db, { name: "Zorgpact Noord" });
  ids.school = await insertOrganisation(db, { name: "Noorderpoort", sector: "education", level: "mbo" });
  team = await signedInCaller(db, "national_admin");
  editor = await signedInCaller(db, "regional_editor", [ids.pact]);
});
afterAll(() => handle.close());

const latest = async (filters: { action?: string; objectType?: string; objectId?: string } = {}) => {
  const page = await team.caller.audit.list({ ...filters, pageSize: 1 });
  const row = page.items[0];
  if (!row) throw new Error("no audit row");
  return row;
};

describe("the audit log in words", () => {
  it("keeps the names of the record and the pact with the row of a change", async () => {
    await editor.caller.partner.add({ pactId: ids.pact!, organisationId: ids.school! });
    const row = await latest({ action: "partner.add" });
    expect(row).toMatchObject({
      objectType: "pact_partner",
      objectLabel: "Noorderpoort",
      pactId: ids.pact,
      pactLabel: "Zorgpact Noord",
      actorEmail: editor.user.email,
      actorName: expect.stringMatching(/^Gebruiker \d+$/),
    });
  });

  it("keeps the name a record had when the change deleted it", async () => {
    const node = await insertNode(handle.db, ids.pact!, { kind: "activity", title: "Stagebank opzetten", issueId: await insertIssue(handle.db, ids.pact!) });
    await editor.caller.chain.deleteNode({ id: node, version: 1 });
    const row = await latest({ action: "chain.deleteNode" });
    expect(row).toMatchObject({ objectId: node, objectLabel: "Stagebank opzetten", pactLabel: "Zorgpact Noord" });
  });

  it("shows the new name after a rename and keeps the old one in the changes", async () => {
    const id = await insertOrganisation(handle.db, { name: "ROC Oud", sector: "education", level: "mbo" });
    await team.caller.organisation.update({ id, version: 1, name: "ROC Nieuw", sector: "education", level: "mbo", place: null });
    const row = await latest({ objectType: "organisation", objectId: id });
    expect(row.objectLabel).toBe("ROC Nieuw");
    expect(row.changes).toEqual({ before: { name: "ROC Oud" }, after: { name: "ROC Nieuw" } });
  });

  it("names records in rows written before names were kept, and leaves a deleted one unnamed", async () => {
    const gone = "6f1c1a52-6a47-4d7a-9a52-2b8f0f2b4c11";
    for (const objectId of [`${ids.pact}:${ids.school}`, gone]) {
      await appendAudit(handle.db, {
        actorUserId: null,
        actorEmail: "oud@test.zorgpact.nl",
        action: "partner.setRole",
        objectType: "pact_partner",
        objectId,
        pactId: null,
        result: "ok",
        ip: null,
        changes: { before: { role: "partner" }, after: { role: "lead" } },
      });
    }
    const page = await team.caller.audit.list({ actorEmail: "oud@test" });
    expect(page.items.map((r) => [r.objectLabel, r.pactLabel])).toEqual([
      [null, null],
      ["Noorderpoort", "Zorgpact Noord"],
    ]);
  });
});

describe("filters", () => {
  it("finds the rows of one person, of one record and by part of a name", async () => {
    const byEditor = await team.caller.audit.list({ actorUserId: editor.user.id });
    expect(byEditor.total).toBeGreaterThanOrEqual(2);
    expect(byEditor.items.every((r) => r.actorUserId === editor.user.id)).toBe(true);

    const record = await team.caller.audit.list({ objectType: "pact_partner", objectId: `${ids.pact}:${ids.school}` });
    expect(record.items.map((r) => r.action).sort()).toEqual(["partner.add", "partner.setRole"]);

    const byName = await team.caller.audit.list({ record: "noorderp" });
    expect(byName.items.map((r) => r.action)).toEqual(["partner.add"]);
    const byPact = await team.caller.audit.list({ record: "zorgpact noord", action: "chain.deleteNode" });
    expect(byPact.total).toBe(1);
  });

  it("treats a percent sign in the name search as a letter", async () => {
    expect((await team.caller.audit.list({ record: "%" })).total).toBe(0);
  });

  it("is for the national team only", async () => {
    await expect(editor.caller.audit.list({})).rejects.toThrow(TRPCError);
    await expect(editor.caller.audit.list({})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("dates are Amsterdam days", () => {
  const at = async (iso: string, action: string) => {
    await handle.db
      .insertInto("auditLog")
      .values({ at: iso, actorUserId: null, actorEmail: "klok@test.zorgpact.nl", action, result: "ok", changes: null })
      .execute();
  };

  beforeAll(async () => {
    // 23:30 UTC on 14 January is 00:30 on the 15th in Amsterdam (winter, +1).
    await at("2026-01-14T23:30:00Z", "clock.winterAfterMidnight");
    await at("2026-01-14T22:59:59Z", "clock.winterBeforeMidnight");
    // 22:30 UTC on 14 July is 00:30 on the 15th in Amsterdam (summer, +2).
    await at("2026-07-14T22:30:00Z", "clock.summerAfterMidnight");
    await at("2026-07-14T21:59:59Z", "clock.summerBeforeMidnight");
    // 29 March 2026 has 23 hours: 00:00 local is 23:00 UTC the day before, the next midnight 22:00 UTC.
    await at("2026-03-28T23:00:00Z", "clock.dstStart");
    await at("2026-03-29T21:59:59Z", "clock.dstEnd");
    await at("2026-03-29T22:00:00Z", "clock.dstNextDay");
    // 25 October 2026 has 25 hours: from 22:00 UTC on the 24th to 23:00 UTC on the 25th.
    await at("2026-10-24T22:00:00Z", "clock.autumnStart");
    await at("2026-10-25T22:59:59Z", "clock.autumnEnd");
    await at("2026-10-25T23:00:00Z", "clock.autumnNextDay");
  });

  const actionsOn = async (from: string, to = from) => (await team.caller.audit.list({ actorEmail: "klok@", from, to })).items.map((r) => r.action).sort();

  it("counts a change at 00:30 in Amsterdam to that day, not to the UTC day before", async () => {
    expect(await actionsOn("2026-01-15")).toEqual(["clock.winterAfterMidnight"]);
    expect(await actionsOn("2026-01-14")).toEqual(["clock.winterBeforeMidnight"]);
    expect(await actionsOn("2026-07-15")).toEqual(["clock.summerAfterMidnight"]);
    expect(await actionsOn("2026-07-14")).toEqual(["clock.summerBeforeMidnight"]);
  });

  it("gives the days summer time starts and ends their 23 and 25 hours", async () => {
    expect(await actionsOn("2026-03-29")).toEqual(["clock.dstEnd", "clock.dstStart"]);
    expect(await actionsOn("2026-10-25")).toEqual(["clock.autumnEnd", "clock.autumnStart"]);
    expect(amsterdamDayRange({ from: "2026-03-29", to: "2026-03-29" })).toEqual({ start: "2026-03-28T23:00:00.000Z", end: "2026-03-29T22:00:00.000Z" });
    expect(amsterdamDayRange({ from: "2026-10-25", to: "2026-10-25" })).toEqual({ start: "2026-10-24T22:00:00.000Z", end: "2026-10-25T23:00:00.000Z" });
  });

  it("includes both ends of a range and takes far-off dates without failing", async () => {
    expect(await actionsOn("2026-03-29", "2026-03-30")).toEqual(["clock.dstEnd", "clock.dstNextDay", "clock.dstStart"]);
    expect((await team.caller.audit.list({ actorEmail: "klok@", from: "0001-01-01", to: "9999-12-31" })).total).toBe(10);
  });
});
