import { createDatabase, type DatabaseHandle } from "@zorgpact/db/database";
import { migrateToLatest } from "@zorgpact/db/migrate";
import type { ServerEnv } from "./env.ts";

/** PostgreSQL when DATABASE_URL is set, otherwise the embedded PGlite; migrated to the latest. */
export async function openDatabase(env: ServerEnv): Promise<DatabaseHandle> {
  const handle = await createDatabase(env.DATABASE_URL ? { kind: "postgres", url: env.DATABASE_URL } : { kind: "pglite", dataDir: env.PGLITE_DATA_DIR });
  await migrateToLatest(handle.db);
  return handle;
}
