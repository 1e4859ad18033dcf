import { createTemplate, removeTemplate, TEMPLATE_ENV } from "./pglite-template.ts";

/**
 * vitest globalSetup: one migrated PGlite data directory per test run, which every test file's
 * fresh database starts from (see pglite-template.ts). On PostgreSQL (DATABASE_URL) each file gets
 * a schema of its own instead, so there is nothing to prepare.
 */
export default async function setup(): Promise<() => Promise<void>> {
  if (process.env.DATABASE_URL) return async () => {};
  const path = await createTemplate();
  process.env[TEMPLATE_ENV] = path;
  return () => removeTemplate(path);
}
