import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "./database.ts";
import { appendAudit } from "./repositories/audit.repository.ts";
import { createTestDatabase } from "./test/test-database.ts";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
  await appendAudit(handle.db, {
    actorUserId: null,
    actorEmail: "beheer@test.zorgpact.nl",
    action: "pact.update",
    objectType: "pact",
    objectId: null,
    pactId: null,
    result: "ok",
    ip: "127.0.0.1",
    changes: { after: { name: "Zorgpact Noord" } },
  });
});
afterAll(() => handle.close());

const rows = async () => (await handle.db.selectFrom("auditLog").select(["action", "actorEmail"]).execute()).length;

// The application's own database role owns the table: only the database can keep the trail whole.
describe("the audit log is append-only, enforced by the database", () => {
  it("refuses to update a row", async () => {
    await expect(handle.db.updateTable("auditLog").set({ action: "iets anders" }).execute()).rejects.toThrow(/append-only/);
    expect(await handle.db.selectFrom("auditLog").select("action").executeTakeFirst()).toEqual({ action: "pact.update" });
  });

  it("refuses to delete a row", async () => {
    await expect(handle.db.deleteFrom("auditLog").execute()).rejects.toThrow(/append-only/);
    expect(await rows()).toBe(1);
  });

  it("refuses to truncate the table", async () => {
    await expect(sql`truncate audit_log`.execute(handle.db)).rejects.toThrow(/append-only/);
    expect(await rows()).toBe(1);
  });
});
