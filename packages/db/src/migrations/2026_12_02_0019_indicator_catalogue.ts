import { sql, type Kysely } from "kysely";

/**
 * The indicator catalogue (issue 15, programme level): common indicators the national team
 * manages, their themes, the link from a pact's indicator to the entry it adopted, and
 * `catalogue_totals` — per adopting indicator and year, the last approved value in that year.
 * The programme page reads its national totals from that summary instead of scanning
 * measurements (issue 16); the writes that change an approved value refresh it in the same
 * transaction (refreshCatalogueTotals in the repository).
 */
// Frozen in time once landed: this migration takes Kysely<any> and never imports current schema types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("indicator_catalogue")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("definition", "text", (c) => c.notNull())
    .addColumn("unit", "text", (c) => c.notNull().check(sql`unit in ('aantal', 'euro', 'percentage')`))
    .addColumn("unit_label", "text", (c) => c.notNull())
    .addColumn("direction", "text", (c) => c.notNull().check(sql`direction in ('up', 'down')`))
    .addColumn("status", "text", (c) =>
      c
        .notNull()
        .defaultTo("active")
        .check(sql`status in ('active', 'archived')`),
    )
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create unique index indicator_catalogue_name_key on indicator_catalogue (lower(name))`.execute(db);

  await db.schema
    .createTable("indicator_catalogue_themes")
    .addColumn("catalogue_id", "uuid", (c) => c.notNull().references("indicator_catalogue.id").onDelete("cascade"))
    .addColumn("term_id", "uuid", (c) => c.notNull().references("taxonomy_terms.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("indicator_catalogue_themes_pkey", ["catalogue_id", "term_id"])
    .execute();

  await db.schema
    .alterTable("indicators")
    .addColumn("catalogue_id", "uuid", (c) => c.references("indicator_catalogue.id").onDelete("set null"))
    .execute();
  await db.schema.createIndex("indicators_catalogue_idx").on("indicators").column("catalogue_id").execute();

  await db.schema
    .createTable("catalogue_totals")
    .addColumn("indicator_id", "uuid", (c) => c.notNull().references("indicators.id").onDelete("cascade"))
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("catalogue_id", "uuid", (c) => c.notNull().references("indicator_catalogue.id").onDelete("cascade"))
    .addColumn("pact_id", "uuid", (c) => c.notNull().references("pacts.id").onDelete("cascade"))
    .addColumn("value", "double precision", (c) => c.notNull())
    .addColumn("measured_on", "date", (c) => c.notNull())
    .addPrimaryKeyConstraint("catalogue_totals_pkey", ["indicator_id", "year"])
    .execute();
  await db.schema.createIndex("catalogue_totals_year_idx").on("catalogue_totals").columns(["year", "catalogue_id"]).execute();
  await db.schema.createIndex("catalogue_totals_pact_idx").on("catalogue_totals").column("pact_id").execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("catalogue_totals").execute();
  await db.schema.dropIndex("indicators_catalogue_idx").execute();
  await db.schema.alterTable("indicators").dropColumn("catalogue_id").execute();
  await db.schema.dropTable("indicator_catalogue_themes").execute();
  await db.schema.dropTable("indicator_catalogue").execute();
}
