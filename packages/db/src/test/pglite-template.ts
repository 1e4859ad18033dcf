import { readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { CamelCasePlugin } from "kysely";
import { migrateToLatest } from "../migrate.ts";
import { createPGliteKysely } from "../pglite-dialect.ts";
import type { Database } from "../schema.ts";

/**
 * PGlite runs initdb on every start (about 3 s of the 4 s a fresh test database took); loading a
 * dumped, already migrated data directory takes about half a second. The dump is made once per
 * test run by `setupPgliteTemplate` (a vitest globalSetup) and read by each test file.
 */
export const TEMPLATE_ENV = "ZORGPACT_PGLITE_TEMPLATE";

export async function createTemplate(): Promise<string> {
  const pglite = await PGlite.create("memory://");
  const db = createPGliteKysely<Database>(pglite, { plugins: [new CamelCasePlugin()] });
  try {
    await migrateToLatest(db);
    const dump = await pglite.dumpDataDir("none");
    const path = join(tmpdir(), `zorgpact-pglite-template-${process.pid}-${Date.now()}.tar`);
    await writeFile(path, Buffer.from(await dump.arrayBuffer()));
    return path;
  } finally {
    await db.destroy();
  }
}

export async function readTemplate(): Promise<Blob | undefined> {
  const path = process.env[TEMPLATE_ENV];
  if (!path) return undefined;
  return new Blob([await readFile(path)]);
}

export async function removeTemplate(path: string): Promise<void> {
  await rm(path, { force: true });
}
