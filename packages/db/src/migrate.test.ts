import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "./database.ts";
import { migrateAllDown, migrateToLatest } from "./migrate.ts";
import * as publicBreakdowns from "./migrations/2026_12_03_0023_public_breakdowns.ts";
import { migrations } from "./migrations/index.ts";
import { insertIndicator, insertMeasurement, insertNode, insertPact } from "./test/fixtures.ts";
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

describe("migration 0023 on a database with breakdowns", () => {
  it("copies the parts of approved measurements to the public copy, not those waiting for review", async () => {
    const db = handle.db;
    await publicBreakdowns.down(db);
    const indicatorId = await insertIndicator(db, await insertNode(db, await insertPact(db), { kind: "result" }));
    const approved = await insertMeasurement(db, indicatorId, "2017-12-31", 10);
    const submitted = await insertMeasurement(db, indicatorId, "2018-12-31", 12, false);
    const { id: dimensionId } = await db.insertInto("dimensions").values({ label: "Geslacht", description: null }).returning("id").executeTakeFirstOrThrow();
    const { id: categoryId } = await db.insertInto("dimensionCategories").values({ dimensionId, label: "Vrouw" }).returning("id").executeTakeFirstOrThrow();
    for (const [measurementId, value] of [
      [approved, 10],
      [submitted, 12],
    ] as const) {
      const { id } = await db
        .insertInto("measurementBreakdowns")
        .values({ measurementId, dimensionId, source: "demodata" })
        .returning("id")
        .executeTakeFirstOrThrow();
      await db.insertInto("measurementParts").values({ breakdownId: id, categoryId, value }).execute();
    }

    await publicBreakdowns.up(db);

    expect(await db.selectFrom("measurementPublicParts").selectAll().execute()).toEqual([
      { measurementId: approved, dimensionId, categoryId, value: 10, source: "demodata" },
    ]);
  });
});
