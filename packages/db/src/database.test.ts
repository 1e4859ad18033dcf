import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "./database.ts";
import { insertNode, insertPact } from "./test/fixtures.ts";
import { createTestDatabase } from "./test/test-database.ts";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle.close());

describe("value round trips on both drivers", () => {
  it("keeps DATE columns as YYYY-MM-DD strings, so no day shifts in Europe/Amsterdam", async () => {
    const id = await insertPact(handle.db, { startDate: "2016-01-01" });
    const row = await handle.db.selectFrom("pacts").select("startDate").where("id", "=", id).executeTakeFirstOrThrow();
    expect(row.startDate).toBe("2016-01-01");
  });

  it("returns timestamps as ISO strings in UTC", async () => {
    const id = await insertPact(handle.db);
    const row = await handle.db.selectFrom("pacts").select("createdAt").where("id", "=", id).executeTakeFirstOrThrow();
    expect(row.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it("returns money in cents (bigint) as a number, beyond the 32-bit range", async () => {
    const pactId = await insertPact(handle.db);
    const rif = 125_000_000_00; // RIF: €125 million
    const id = await insertNode(handle.db, pactId, { kind: "input", amountCents: rif });
    const row = await handle.db.selectFrom("chainNodes").select("amountCents").where("id", "=", id).executeTakeFirstOrThrow();
    expect(row.amountCents).toBe(rif);
  });

  it("returns text arrays as arrays", async () => {
    const id = await insertPact(handle.db, { functions: ["platform", "podium"] });
    const row = await handle.db.selectFrom("pacts").select("functions").where("id", "=", id).executeTakeFirstOrThrow();
    expect(row.functions).toEqual(["platform", "podium"]);
  });

  it("serialises transactions: a rolled-back write leaves nothing behind", async () => {
    const slug = "rollback-check";
    await expect(
      handle.db.transaction().execute(async (trx) => {
        await insertPact(trx, { slug });
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    const count = await sql<{ n: string }>`select count(*) as n from pacts where slug = ${slug}`.execute(handle.db);
    expect(Number(count.rows[0]?.n)).toBe(0);
  });

  it("refuses a second national pact", async () => {
    await insertPact(handle.db, { kind: "national" });
    await expect(insertPact(handle.db, { kind: "national" })).rejects.toThrow();
  });
});
