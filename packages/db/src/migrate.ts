import { Migrator, NO_MIGRATIONS, type Kysely, type MigrationResultSet } from "kysely";
import { migrations } from "./migrations/index.ts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function migratorFor(db: Kysely<any>) {
  return new Migrator({ db, provider: { getMigrations: async () => migrations } });
}

function unwrap({ error, results }: MigrationResultSet): string[] {
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).map((r) => `${r.direction} ${r.migrationName}: ${r.status}`);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  return unwrap(await migratorFor(db).migrateToLatest());
}

/** Every migration down to an empty database; used by CI's up → down → up check. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function migrateAllDown(db: Kysely<any>): Promise<string[]> {
  return unwrap(await migratorFor(db).migrateTo(NO_MIGRATIONS));
}
