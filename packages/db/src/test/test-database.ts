import { sql } from "kysely";
import { createDatabase, type DatabaseHandle, type Db } from "../database.ts";
import { migrateToLatest } from "../migrate.ts";
import { readTemplate } from "./pglite-template.ts";
import { createDatabaseCopy, dropTestDatabase, POSTGRES_TEMPLATE_ENV, urlForDatabase } from "./postgres-template.ts";

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a throwaway
 * database on the PostgreSQL server in DATABASE_URL (dropped again on close). Both start from a
 * template migrated once per test run by the vitest globalSetup (pglite-template.global.ts).
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
  const template = process.env[POSTGRES_TEMPLATE_ENV];
  const name = await createDatabaseCopy(url, template);
  const handle = await createDatabase({ kind: "postgres", url: urlForDatabase(url, name), max: 4 });
  if (!template) await migrateToLatest(handle.db);
  return {
    ...handle,
    async close() {
      await handle.close();
      await dropTestDatabase(url, name);
    },
  };
}

/**
 * The connection URL of the PostgreSQL test database `db` works on, for a second pool, a
 * listener or a server process of the same test (every test file has a database of its own).
 */
export async function testDatabaseUrl(db: Db): Promise<string> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("testDatabaseUrl: alleen op PostgreSQL (DATABASE_URL)");
  const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(db);
  return urlForDatabase(url, rows[0]!.name);
}
