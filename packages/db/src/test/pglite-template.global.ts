import { createTemplate, removeTemplate, TEMPLATE_ENV } from "./pglite-template.ts";
import { createPostgresTemplate, dropPostgresTemplate, POSTGRES_TEMPLATE_ENV } from "./postgres-template.ts";

/**
 * vitest globalSetup: the migrations run once per test run, and every test file's fresh database
 * starts from the result — on PGlite a dumped data directory (pglite-template.ts), on PostgreSQL
 * (DATABASE_URL) a template database that each file's database is copied from
 * (postgres-template.ts).
 */
export default async function setup(): Promise<() => Promise<void>> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = await createPostgresTemplate(url);
    process.env[POSTGRES_TEMPLATE_ENV] = name;
    return () => dropPostgresTemplate(url, name);
  }
  const path = await createTemplate();
  process.env[TEMPLATE_ENV] = path;
  return () => removeTemplate(path);
}
