import { sql, type Kysely } from "kysely";

// Frozen in time once landed: this migration takes Kysely<any> and never imports current schema types.
// Maatwerkondersteuning: support trajectories of a pact, never public. The lists of question
// types and statuses are copied here on purpose: a later change to the domain gets its own migration.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("support_trajectories")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("pact_id", "uuid", (c) => c.notNull().references("pacts.id").onDelete("cascade"))
    .addColumn("question_type", "text", (c) =>
      c
        .notNull()
        .check(
          sql`question_type in ('scaling', 'added_value', 'governance', 'financing', 'effect_research', 'curriculum_embedding', 'sustaining_after_subsidy')`,
        ),
    )
    .addColumn("question", "text", (c) => c.notNull())
    .addColumn("advisor_name", "text")
    .addColumn("status", "text", (c) =>
      c
        .notNull()
        .defaultTo("requested")
        .check(sql`status in ('requested', 'in_progress', 'completed', 'declined')`),
    )
    .addColumn("requested_on", "date", (c) => c.notNull())
    .addColumn("started_on", "date")
    .addColumn("ended_on", "date")
    .addColumn("outcome", "text")
    .addColumn("requested_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint("support_trajectories_dates_in_order", sql`started_on is null or started_on >= requested_on`)
    .addCheckConstraint("support_trajectories_end_after_start", sql`ended_on is null or ended_on >= coalesce(started_on, requested_on)`)
    .execute();
  await db.schema.createIndex("support_trajectories_pact_idx").on("support_trajectories").columns(["pact_id", "requested_on"]).execute();
  await db.schema.createIndex("support_trajectories_status_idx").on("support_trajectories").columns(["status", "question_type"]).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("support_trajectories").execute();
}
