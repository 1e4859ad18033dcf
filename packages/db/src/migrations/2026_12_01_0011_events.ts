import { sql, type Kysely } from "kysely";

// Frozen in time once landed: this migration takes Kysely<any> and never imports current schema types.
// The events agenda: meetings with their instants (timestamptz; entered and shown as Amsterdam
// wall-clock time), linked pacts and themes.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("events")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("kind", "text", (c) =>
      c.notNull().check(sql`kind in ('thematic_meeting', 'national_working_day', 'volgspot_session', 'kopgroep_meeting', 'regional_meeting')`),
    )
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("starts_at", "timestamptz", (c) => c.notNull())
    .addColumn("ends_at", "timestamptz", (c) => c.notNull())
    .addColumn("location", "text")
    .addColumn("online_url", "text")
    .addColumn("organiser", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("expected_participants", "integer", (c) => c.check(sql`expected_participants >= 0`))
    .addColumn("actual_participants", "integer", (c) => c.check(sql`actual_participants >= 0`))
    .addColumn("registration_url", "text")
    .addColumn("source_note", "text")
    .addColumn("published", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint("events_end_not_before_start", sql`ends_at >= starts_at`)
    .execute();
  await db.schema.createIndex("events_ends_at_idx").on("events").columns(["published", "ends_at"]).execute();
  await db.schema.createIndex("events_starts_at_idx").on("events").column("starts_at").execute();

  await db.schema
    .createTable("event_pacts")
    .addColumn("event_id", "uuid", (c) => c.notNull().references("events.id").onDelete("cascade"))
    .addColumn("pact_id", "uuid", (c) => c.notNull().references("pacts.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("event_pacts_pkey", ["event_id", "pact_id"])
    .execute();
  await db.schema.createIndex("event_pacts_pact_idx").on("event_pacts").column("pact_id").execute();

  await db.schema
    .createTable("event_themes")
    .addColumn("event_id", "uuid", (c) => c.notNull().references("events.id").onDelete("cascade"))
    .addColumn("term_id", "uuid", (c) => c.notNull().references("taxonomy_terms.id"))
    .addPrimaryKeyConstraint("event_themes_pkey", ["event_id", "term_id"])
    .execute();
  await db.schema.createIndex("event_themes_term_idx").on("event_themes").column("term_id").execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["event_themes", "event_pacts", "events"]) await db.schema.dropTable(table).execute();
}
