import { randomUUID } from "node:crypto";
import pg from "pg";
import { createDatabase } from "../database.ts";
import { migrateToLatest } from "../migrate.ts";

/**
 * Running every migration costs a test file about a second on PostgreSQL; copying an already
 * migrated database (`create database … template …`) takes a few hundredths. The template is
 * made once per test run by the vitest globalSetup and named in this variable; each test file
 * then gets a database of its own copied from it (test-database.ts).
 */
export const POSTGRES_TEMPLATE_ENV = "ZORGPACT_PG_TEMPLATE";

/** The same server and credentials as `url`, another database. */
export function urlForDatabase(url: string, database: string): string {
  const target = new URL(url);
  target.pathname = `/${database}`;
  return target.toString();
}

/** A unique, valid database name (lower case, under PostgreSQL's 63 characters). */
export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${randomUUID().replaceAll("-", "")}`;
}

/**
 * Migrates a new database and marks it as a template nobody may connect to: CREATE DATABASE
 * refuses a source with other sessions, and no session (autovacuum included) can then be one.
 * Unique per run, so the packages' runs on one server (turbo running them at once) never share
 * it or race to create it.
 */
export async function createPostgresTemplate(url: string): Promise<string> {
  const name = uniqueDatabaseName("zorgpact_template");
  await withClient(url, (client) => client.query(`create database ${name}`));
  const handle = await createDatabase({ kind: "postgres", url: urlForDatabase(url, name), max: 1 });
  try {
    await migrateToLatest(handle.db);
  } finally {
    await handle.close();
  }
  await withClient(url, (client) => client.query(`alter database ${name} with is_template true allow_connections false`));
  return name;
}

export async function dropPostgresTemplate(url: string, name: string): Promise<void> {
  await withClient(url, async (client) => {
    await client.query(`alter database ${name} with is_template false`);
    await client.query(`drop database if exists ${name}`);
  });
}

/** A new database, copied from `template` when given (else empty); returns its name. */
export async function createDatabaseCopy(url: string, template: string | undefined): Promise<string> {
  const name = uniqueDatabaseName("zorgpact_test");
  await withClient(url, (client) => client.query(template ? `create database ${name} template ${template}` : `create database ${name}`));
  return name;
}

/** Drops a test database, ending any session a test left open on it (a server it started). */
export async function dropTestDatabase(url: string, name: string): Promise<void> {
  await withClient(url, (client) => client.query(`drop database if exists ${name} with (force)`));
}

export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
