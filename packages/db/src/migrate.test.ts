import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "./database.ts";
import { migrateAllDown, migrateToLatest } from "./migrate.ts";
import { migrations } from "./migrations/index.ts";
import { createTestDatabase } from "./test/test-database.ts";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle.close());

async function userTables(): Promise<string[]> {
  const { rows } = await sql<{ tableName: string }>`
    select table_name from information_schema.tables
    where table_schema = current_schema() and table_name not like 'kysely_%'
    order by table_name`.execute(handle.db);
  return rows.map((r) => r.tableName);
}

describe("migrations", () => {
  it("run up, all the way down to an empty schema, and up again", async () => {
    const before = await userTables();
    expect(before).toContain("pacts");
    expect(before).toContain("measurements");

    const down = await migrateAllDown(handle.db);
    expect(down).toHaveLength(Object.keys(migrations).length);
    expect(await userTables()).toEqual([]);

    await migrateToLatest(handle.db);
    expect(await userTables()).toEqual(before);
  });

  it("are named so that their order is their date order", () => {
    const names = Object.keys(migrations);
    expect(names).toEqual([...names].sort());
    for (const name of names) expect(name).toMatch(/^\d{4}_\d{2}_\d{2}_\d{4}_[a-z0-9_]+$/);
  });
});
