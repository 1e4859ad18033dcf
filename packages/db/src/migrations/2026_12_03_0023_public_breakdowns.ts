import { sql, type Kysely } from "kysely";

/**
 * The public copy of measurements' breakdowns (issue 15, review before publication). A
 * measurement has a working copy and a public copy (migration 0015); its parts had only the
 * working one, so an edited breakdown of an approved measurement hid the public one while it
 * waited, and was one status flip from leaking. `measurement_public_parts` holds the parts as they
 * were last approved, written at the moments the measurement's public copy is (approval, a save by
 * the national team, a correction applied directly): one row per part, with its breakdown's source.
 *
 * Backfill: the working parts of every approved measurement, which is what the public saw until now.
 */
// Frozen in time once landed: this migration takes Kysely<any> and never imports current schema types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("measurement_public_parts")
    .addColumn("measurement_id", "uuid", (c) => c.notNull().references("measurements.id").onDelete("cascade"))
    .addColumn("dimension_id", "uuid", (c) => c.notNull().references("dimensions.id").onDelete("restrict"))
    .addColumn("category_id", "uuid", (c) => c.notNull().references("dimension_categories.id").onDelete("restrict"))
    .addColumn("value", "double precision", (c) => c.notNull().check(sql`value >= 0`))
    .addColumn("source", "text")
    .addPrimaryKeyConstraint("measurement_public_parts_pkey", ["measurement_id", "dimension_id", "category_id"])
    .execute();
  // The restricting foreign key of a category is checked on delete; the primary key serves reads by measurement.
  await db.schema.createIndex("measurement_public_parts_category_idx").on("measurement_public_parts").column("category_id").execute();

  await sql`
    insert into measurement_public_parts (measurement_id, dimension_id, category_id, value, source)
    select b.measurement_id, b.dimension_id, p.category_id, p.value, b.source
      from measurement_breakdowns b
      join measurement_parts p on p.breakdown_id = b.id
      join measurements m on m.id = b.measurement_id
     where m.review_status = 'approved'`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("measurement_public_parts").execute();
}
