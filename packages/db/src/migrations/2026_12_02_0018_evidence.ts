import { sql, type Kysely } from "kysely";

/**
 * Evidence behind a measurement or a Volgspot (see domain/evidence.ts): a file kept in object
 * storage under a server-made key, or a link. Exactly one of measurement_id / volgspot_id; a file
 * row has its storage key, name, type, size and sha256, a link row its https URL.
 */
// Frozen in time once landed: this migration takes Kysely<any> and never imports current schema types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("evidence")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("measurement_id", "uuid", (c) => c.references("measurements.id").onDelete("cascade"))
    .addColumn("volgspot_id", "uuid", (c) => c.references("volgspots.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('file', 'link')`))
    .addColumn("title", "text")
    .addColumn("file_name", "text")
    .addColumn("content_type", "text")
    .addColumn("size_bytes", "integer", (c) => c.check(sql`size_bytes >= 0`))
    .addColumn("sha256", "text")
    .addColumn("storage_key", "text", (c) => c.unique())
    .addColumn("url", "text")
    .addColumn("created_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint("evidence_one_target", sql`(measurement_id is null) <> (volgspot_id is null)`)
    .addCheckConstraint(
      "evidence_kind_fields",
      sql`(kind = 'file' and storage_key is not null and file_name is not null and content_type is not null and size_bytes is not null and sha256 is not null and url is null)
       or (kind = 'link' and url is not null and storage_key is null and file_name is null)`,
    )
    .execute();
  await db.schema
    .createIndex("evidence_measurement_idx")
    .on("evidence")
    .columns(["measurement_id", "created_at"])
    .where(sql.ref("measurement_id"), "is not", null)
    .execute();
  await db.schema
    .createIndex("evidence_volgspot_idx")
    .on("evidence")
    .columns(["volgspot_id", "created_at"])
    .where(sql.ref("volgspot_id"), "is not", null)
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("evidence").ifExists().execute();
}
