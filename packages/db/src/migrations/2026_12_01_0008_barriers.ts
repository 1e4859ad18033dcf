import { sql, type Kysely } from "kysely";

// Frozen in time once landed: this migration takes Kysely<any> and never imports current schema types.
// Ruimte in de regels: the register of barriers, from report to published answer.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("barriers")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    // The register number behind the reference a submitter gets back ("RR-0042").
    .addColumn("number", "serial", (c) => c.notNull().unique())
    .addColumn("question", "text", (c) => c.notNull())
    .addColumn("context", "text")
    // Submitter details: never published; null for barriers the national team entered without them.
    .addColumn("organisation", "text")
    .addColumn("submitter_name", "text")
    .addColumn("submitter_email", "text")
    .addColumn("pact_id", "uuid", (c) => c.references("pacts.id").onDelete("set null"))
    .addColumn("received_on", "date", (c) => c.notNull())
    .addColumn("channel", "text", (c) => c.notNull().check(sql`channel in ('form', 'team')`))
    .addColumn("source", "text")
    .addColumn("ministry", "text", (c) => c.check(sql`ministry in ('OCW', 'VWS', 'SZW', 'other')`))
    .addColumn("topic", "text")
    .addColumn("status", "text", (c) =>
      c
        .notNull()
        .defaultTo("new")
        .check(sql`status in ('new', 'in_progress', 'answered', 'closed')`),
    )
    .addColumn("answer", "text")
    .addColumn("outcome", "text", (c) => c.check(sql`outcome in ('more_room_than_thought', 'not_regulation', 'rule_changed', 'remains')`))
    .addColumn("answered_on", "date")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    // What gets published is complete: a treated barrier has its ministry, answer, outcome and date.
    .addCheckConstraint(
      "barriers_treated_complete",
      sql`status not in ('answered', 'closed') or (ministry is not null and answer is not null and outcome is not null and answered_on is not null)`,
    )
    .execute();
  await db.schema.createIndex("barriers_status_idx").on("barriers").columns(["status", "answered_on"]).execute();
  await db.schema.createIndex("barriers_pact_idx").on("barriers").column("pact_id").execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("barriers").execute();
}
