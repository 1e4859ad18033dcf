import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "./database.ts";
import { createTestDatabase } from "./test/test-database.ts";

// Only PostgreSQL can drop a connection under us; PGlite runs in-process.
describe.runIf(process.env.DATABASE_URL)("pg pool on PostgreSQL", () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(() => handle.close());

  it("survives the server dropping its idle connections and answers the next query", async () => {
    await sql`select 1`.execute(handle.db);
    const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(handle.db);
    const pid = rows[0]!.pid;
    // Terminate from a separate statement: the idle pooled connection dies; the process must not.
    await sql`select pg_terminate_backend(${pid}) from pg_stat_activity where pid = ${pid}`.execute(handle.db).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const after = await sql<{ ok: number }>`select 1 as ok`.execute(handle.db);
    expect(after.rows[0]?.ok).toBe(1);
  });
});
