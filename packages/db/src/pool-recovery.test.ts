import { sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { classifyDatabaseError } from "./database-errors.ts";
import type { DatabaseHandle } from "./database.ts";
import { createTestDatabase } from "./test/test-database.ts";

// Only PostgreSQL can drop a connection under us; PGlite runs in-process.
describe.runIf(process.env.DATABASE_URL)("pg pool on PostgreSQL", () => {
  let handle: DatabaseHandle;
  /** A connection outside the pool, as an operator's session would be. */
  let operator: pg.Client;

  beforeAll(async () => {
    handle = await createTestDatabase();
    operator = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await operator.connect();
  });
  afterAll(async () => {
    await operator.end();
    await handle.close();
  });

  const backendPid = async (db = handle.db) => (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db)).rows[0]!.pid;
  const terminate = async (pid: number) => {
    const { rows } = await operator.query<{ done: boolean }>("select pg_terminate_backend($1) as done", [pid]);
    expect(rows[0]?.done).toBe(true);
  };
  /** Until the server has closed the backend, so the client has had its chance to hear of it. */
  const gone = async (pid: number) => {
    for (let tries = 0; tries < 100; tries++) {
      const { rowCount } = await operator.query("select 1 from pg_stat_activity where pid = $1", [pid]);
      if (rowCount === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`backend ${pid} still alive`);
  };

  it("survives another session terminating an idle pooled connection, and answers the next query", async () => {
    // The query returned, so its connection now sits idle in the pool.
    const pid = await backendPid();
    await terminate(pid);
    await gone(pid);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const { rows } = await sql<{ ok: number }>`select 1 as ok`.execute(handle.db);
    expect(rows[0]?.ok).toBe(1);
    // Without a listener the idle client's 'error' event would have ended this process before here.
  });

  it("survives the connection of an open transaction being terminated between two queries, failing it as 'unavailable'", async () => {
    let pid = 0;
    const failure = await handle.db
      .transaction()
      .execute(async (trx) => {
        pid = await backendPid(trx);
        // The connection is checked out but idle in the transaction: the case that crashed the server.
        await terminate(pid);
        await gone(pid);
        await new Promise((resolve) => setTimeout(resolve, 100));
        await sql`select 1`.execute(trx);
      })
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(pid).toBeGreaterThan(0);
    expect(classifyDatabaseError(failure)).toEqual({ kind: "unavailable" });
    const { rows } = await sql<{ ok: number }>`select 1 as ok`.execute(handle.db);
    expect(rows[0]?.ok).toBe(1);
    expect(await backendPid()).not.toBe(pid);
  });
});
