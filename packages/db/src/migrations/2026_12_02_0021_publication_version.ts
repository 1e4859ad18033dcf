import { sql, type Kysely } from "kysely";

/**
 * The publication version: one row whose number goes up with every committed change
 * (services/context.ts `mutate`). Public reads are cached in memory per version and their ETags
 * are derived from it, so it must be the same number on every server process: a row, updated
 * inside the change's transaction (writers queue on its lock, so versions follow commit order),
 * announced with NOTIFY on commit and read back cheaply by a process that missed a notification.
 */
// Frozen in time once landed: this migration takes Kysely<any> and never imports current schema types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("publication_version")
    .addColumn("id", "smallint", (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn("version", "bigint", (c) => c.notNull().defaultTo(1))
    .execute();
  await sql`insert into publication_version (id, version) values (1, 1)`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("publication_version").execute();
}
