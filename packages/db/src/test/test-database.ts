import { randomUUID } from "node:crypto";
import pg from "pg";
import { createDatabase, type DatabaseHandle } from "../database.ts";
import { migrateToLatest } from "../migrate.ts";
import { readTemplate } from "./pglite-template.ts";

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a throwaway
 * schema on the PostgreSQL server in DATABASE_URL (dropped again on close).
 */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const template = await readTemplate();
    const handle = await createDatabase({ kind: "pglite", loadDataDir: template });
    // Without a template (a test run without the global setup) the database is migrated here.
    if (!template) await migrateToLatest(handle.db);
    return handle;
  }
  const schema = `test_${randomUUID().replaceAll("-", "")}`;
  await withClient(url, (client) => client.query(`create schema ${schema}`));
  const handle = await createDatabase({ kind: "postgres", url, searchPath: schema, max: 4 });
  await migrateToLatest(handle.db);
  return {
    ...handle,
    async close() {
      await handle.close();
      await withClient(url, (client) => client.query(`drop schema ${schema} cascade`));
    },
  };
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
