import { sql, type Kysely } from "kysely";

/**
 * Disaggregation (issue 15; see domain/disaggregation.ts). Dimensions and their categories are
 * data the national team manages; an indicator picks the dimensions it is split by; a measurement
 * may carry a breakdown per dimension (a header with its source, and a value per category).
 *
 * Nothing here deletes a measurement or a stored part when dimensions change: removing a dimension
 * from an indicator sets `removed_at` (its breakdowns stay, archived), dimensions and categories
 * are retired rather than deleted, and parts refer to categories with ON DELETE RESTRICT.
 */
// Frozen in time once landed: this migration takes Kysely<any> and never imports current schema types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("dimensions")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("label", "text", (c) => c.notNull())
    .addColumn("description", "text")
    .addColumn("retired_at", "timestamptz")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create unique index dimensions_label_key on dimensions (lower(label))`.execute(db);

  await db.schema
    .createTable("dimension_categories")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("dimension_id", "uuid", (c) => c.notNull().references("dimensions.id").onDelete("restrict"))
    .addColumn("label", "text", (c) => c.notNull())
    .addColumn("sort_order", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("retired_at", "timestamptz")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create unique index dimension_categories_label_key on dimension_categories (dimension_id, lower(label))`.execute(db);

  await db.schema
    .createTable("indicator_dimensions")
    .addColumn("indicator_id", "uuid", (c) => c.notNull().references("indicators.id").onDelete("cascade"))
    .addColumn("dimension_id", "uuid", (c) => c.notNull().references("dimensions.id").onDelete("restrict"))
    .addColumn("added_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    // Null while the indicator is split by it; set when removed (its breakdowns are kept, archived).
    .addColumn("removed_at", "timestamptz")
    .addPrimaryKeyConstraint("indicator_dimensions_pkey", ["indicator_id", "dimension_id"])
    .execute();
  await db.schema.createIndex("indicator_dimensions_dimension_idx").on("indicator_dimensions").column("dimension_id").execute();

  await db.schema
    .createTable("measurement_breakdowns")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("measurement_id", "uuid", (c) => c.notNull().references("measurements.id").onDelete("cascade"))
    .addColumn("dimension_id", "uuid", (c) => c.notNull().references("dimensions.id").onDelete("restrict"))
    .addColumn("source", "text")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint("measurement_breakdowns_measurement_dimension_key", ["measurement_id", "dimension_id"])
    .execute();
  await db.schema.createIndex("measurement_breakdowns_dimension_idx").on("measurement_breakdowns").column("dimension_id").execute();

  await db.schema
    .createTable("measurement_parts")
    .addColumn("breakdown_id", "uuid", (c) => c.notNull().references("measurement_breakdowns.id").onDelete("cascade"))
    .addColumn("category_id", "uuid", (c) => c.notNull().references("dimension_categories.id").onDelete("restrict"))
    .addColumn("value", "double precision", (c) => c.notNull().check(sql`value >= 0`))
    .addPrimaryKeyConstraint("measurement_parts_pkey", ["breakdown_id", "category_id"])
    .execute();
  await db.schema.createIndex("measurement_parts_category_idx").on("measurement_parts").column("category_id").execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("measurement_parts").execute();
  await db.schema.dropTable("measurement_breakdowns").execute();
  await db.schema.dropTable("indicator_dimensions").execute();
  await db.schema.dropTable("dimension_categories").execute();
  await db.schema.dropTable("dimensions").execute();
}
