import { sql, type Kysely } from "kysely";

// Frozen in time once landed: this migration takes Kysely<any> and never imports current schema types.
// Regelingen, the applications pacts made for them, and a chain input naming its regeling.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("regulations")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("ministry", "text", (c) => c.notNull().check(sql`ministry in ('OCW', 'VWS', 'SZW', 'other')`))
    .addColumn("purpose", "text", (c) => c.notNull())
    .addColumn("start_year", "integer")
    .addColumn("end_year", "integer")
    // bigint: 125 million euros in cents is beyond an integer column.
    .addColumn("budget_cents", "bigint", (c) => c.check(sql`budget_cents >= 0`))
    .addColumn("conditions", "text")
    .addColumn("link", "text")
    .addColumn("results", "text")
    .addColumn("source", "text")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint("regulations_period", sql`start_year is null or end_year is null or end_year >= start_year`)
    .execute();
  await db.schema.createIndex("regulations_name_idx").on("regulations").column("name").execute();

  await db.schema
    .createTable("regulation_applications")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("regulation_id", "uuid", (c) => c.notNull().references("regulations.id").onDelete("cascade"))
    .addColumn("pact_id", "uuid", (c) => c.notNull().references("pacts.id").onDelete("cascade"))
    .addColumn("applied_on", "date", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull().check(sql`status in ('applied', 'honoured', 'rejected')`))
    .addColumn("amount_cents", "bigint", (c) => c.check(sql`amount_cents >= 0`))
    .addColumn("note", "text")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex("regulation_applications_regulation_idx").on("regulation_applications").columns(["regulation_id", "status"]).execute();
  await db.schema.createIndex("regulation_applications_pact_idx").on("regulation_applications").column("pact_id").execute();

  // An input of an effect chain may name its regeling instead of (or beside) a free-text source.
  await db.schema
    .alterTable("chain_nodes")
    .addColumn("regulation_id", "uuid", (c) => c.references("regulations.id").onDelete("set null"))
    .execute();
  await db.schema.createIndex("chain_nodes_regulation_idx").on("chain_nodes").column("regulation_id").execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("chain_nodes_regulation_idx").execute();
  await db.schema.alterTable("chain_nodes").dropColumn("regulation_id").execute();
  await db.schema.dropTable("regulation_applications").execute();
  await db.schema.dropTable("regulations").execute();
}
