import { sql, type Kysely } from "kysely";

// Frozen in time once landed: this migration takes Kysely<any> and never imports current schema types.
// The Volgspot (figure 4): a yearly reflection per pact in revisions, its participants, the
// substantive results it looked at, and the agreements (verbeterafspraken) that came out of it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("volgspots")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("pact_id", "uuid", (c) => c.notNull().references("pacts.id").onDelete("cascade"))
    .addColumn("year", "integer", (c) => c.notNull().check(sql`year between 2015 and 2100`))
    .addColumn("revision", "integer", (c) =>
      c
        .notNull()
        .defaultTo(1)
        .check(sql`revision >= 1`),
    )
    .addColumn("status", "text", (c) =>
      c
        .notNull()
        .defaultTo("draft")
        .check(sql`status in ('draft','submitted','returned','accepted','superseded')`),
    )
    .addColumn("held_on", "date", (c) => c.notNull())
    .addColumn("report", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("actions_answer", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("position_answer", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("factors_answer", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("new_collaborations", "integer", (c) => c.check(sql`new_collaborations >= 0`))
    .addColumn("collaborations_note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("themes_note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("success_factors", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("failure_factors", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("guest_names", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("submitted_at", "timestamptz")
    .addColumn("submitted_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("decided_at", "timestamptz")
    .addColumn("decided_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("return_comment", "text")
    .addColumn("created_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint("volgspots_pact_year_revision_key", ["pact_id", "year", "revision"])
    .execute();
  // One accepted revision and one revision in the works per pact and year, whatever the service checks first.
  await sql`create unique index volgspots_one_accepted on volgspots (pact_id, year) where status = 'accepted'`.execute(db);
  await sql`create unique index volgspots_one_open on volgspots (pact_id, year) where status in ('draft','submitted','returned')`.execute(db);
  await db.schema.createIndex("volgspots_year_idx").on("volgspots").columns(["year", "status"]).execute();

  await db.schema
    .createTable("volgspot_participants")
    .addColumn("volgspot_id", "uuid", (c) => c.notNull().references("volgspots.id").onDelete("cascade"))
    .addColumn("organisation_id", "uuid", (c) => c.notNull().references("organisations.id"))
    .addPrimaryKeyConstraint("volgspot_participants_pkey", ["volgspot_id", "organisation_id"])
    .execute();

  await db.schema
    .createTable("volgspot_results")
    .addColumn("volgspot_id", "uuid", (c) => c.notNull().references("volgspots.id").onDelete("cascade"))
    .addColumn("node_id", "uuid", (c) => c.notNull().references("chain_nodes.id").onDelete("cascade"))
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("sort_order", "integer", (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint("volgspot_results_pkey", ["volgspot_id", "node_id"])
    .execute();

  await db.schema
    .createTable("volgspot_agreements")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("pact_id", "uuid", (c) => c.notNull().references("pacts.id").onDelete("cascade"))
    .addColumn("year", "integer", (c) => c.notNull().check(sql`year between 2015 and 2100`))
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("owner_organisation_id", "uuid", (c) => c.notNull().references("organisations.id"))
    .addColumn("due_on", "date", (c) => c.notNull())
    .addColumn("status", "text", (c) =>
      c
        .notNull()
        .defaultTo("open")
        .check(sql`status in ('open','done','dropped')`),
    )
    .addColumn("status_reason", "text")
    .addColumn("status_changed_on", "date")
    .addColumn("sort_order", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint("volgspot_agreements_dropped_reason", sql`status <> 'dropped' or status_reason is not null`)
    .execute();
  await db.schema.createIndex("volgspot_agreements_pact_year_idx").on("volgspot_agreements").columns(["pact_id", "year"]).execute();
  await db.schema.createIndex("volgspot_agreements_due_idx").on("volgspot_agreements").columns(["status", "due_on"]).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["volgspot_agreements", "volgspot_results", "volgspot_participants", "volgspots"]) {
    await db.schema.dropTable(table).execute();
  }
}
