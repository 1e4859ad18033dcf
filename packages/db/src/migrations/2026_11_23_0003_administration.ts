import { sql, type Kysely } from "kysely";

// Frozen in time: this migration takes Kysely<any> and never imports current schema types.
// National administration: funding streams, governance (figure 16), front-runner follow-up
// (figures 6–8), applications with their review, who changed a phase, and the log that rate
// limits the public forms.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("pacts")
    .addColumn("adoption", "text", (c) => c.check(sql`adoption in ('whole_concept','parts','interest','no')`))
    .addColumn("challenges", sql`text[]`, (c) =>
      c
        .notNull()
        .defaultTo(sql`'{}'`)
        .check(sql`challenges <@ array['funding','organisation_processes','education_requirements','role_perception','collective_agreements']::text[]`),
    )
    .addColumn("consolidation_agreements", sql`text[]`, (c) =>
      c
        .notNull()
        .defaultTo(sql`'{}'`)
        .check(sql`consolidation_agreements <@ array['regular_offering','regular_processes','joint_agenda','none']::text[]`),
    )
    .execute();
  await db.schema.createIndex("pacts_parent_idx").on("pacts").column("parent_pact_id").execute();

  // At most one lead (trekker) per pact, whatever the service checks first.
  await sql`create unique index pact_participants_one_lead on pact_participants (pact_id) where role = 'lead'`.execute(db);

  await db.schema
    .createTable("pact_funding_streams")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("pact_id", "uuid", (c) => c.notNull().references("pacts.id").onDelete("cascade"))
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("amount_cents", "bigint", (c) => c.check(sql`amount_cents >= 0`))
    .addColumn("in_kind", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("sort_order", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex("pact_funding_streams_pact_idx").on("pact_funding_streams").columns(["pact_id", "sort_order"]).execute();

  await db.schema
    .createTable("pact_governance")
    .addColumn("pact_id", "uuid", (c) => c.notNull().references("pacts.id").onDelete("cascade"))
    .addColumn("item_key", "text", (c) =>
      c
        .notNull()
        .check(
          sql`item_key in ('administrative_consultation','regional_vision','workforce_planning','shortages_surpluses','education_content','lifelong_learning','joint_employership','interwoven_activities')`,
        ),
    )
    .addColumn("now", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("in_five_years", "boolean", (c) => c.notNull().defaultTo(false))
    .addPrimaryKeyConstraint("pact_governance_pkey", ["pact_id", "item_key"])
    .execute();

  await db.schema
    .alterTable("phase_history")
    .addColumn("changed_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .execute();

  await db.schema
    .alterTable("phase_checklist_ticks")
    .addColumn("changed_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  // What an applicant sent through the public form; only pacts that started there have one.
  await db.schema
    .createTable("front_runner_applications")
    .addColumn("pact_id", "uuid", (c) => c.primaryKey().references("pacts.id").onDelete("cascade"))
    .addColumn("organisation_name", "text", (c) => c.notNull())
    .addColumn("contact_name", "text", (c) => c.notNull())
    .addColumn("contact_email", "text", (c) => c.notNull())
    .addColumn("motivation", "text", (c) => c.notNull())
    .addColumn("submitted_at", "timestamptz", (c) => c.notNull())
    .execute();

  // The national team's review of a front-runner and its decision.
  await db.schema
    .createTable("front_runner_reviews")
    .addColumn("pact_id", "uuid", (c) => c.primaryKey().references("pacts.id").onDelete("cascade"))
    .addColumn("started_at", "timestamptz")
    .addColumn("started_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("decided_at", "timestamptz")
    .addColumn("decided_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("decision_reason", "text")
    .execute();

  await db.schema
    .createTable("front_runner_criteria")
    .addColumn("pact_id", "uuid", (c) => c.notNull().references("pacts.id").onDelete("cascade"))
    .addColumn("criterion_key", "text", (c) =>
      c.notNull().check(sql`criterion_key in ('education_and_care','local_government','visible_results','transferable')`),
    )
    .addColumn("met", "boolean", (c) => c.notNull())
    .addColumn("note", "text")
    .addColumn("checked_at", "timestamptz", (c) => c.notNull())
    .addColumn("checked_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addPrimaryKeyConstraint("front_runner_criteria_pkey", ["pact_id", "criterion_key"])
    .execute();

  // Only the address and the time: enough to rate limit public forms, nothing of their content.
  await db.schema
    .createTable("public_submissions")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("form", "text", (c) => c.notNull())
    .addColumn("ip", "text", (c) => c.notNull())
    .addColumn("submitted_at", "timestamptz", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("public_submissions_ip_idx").on("public_submissions").columns(["form", "ip", "submitted_at"]).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "public_submissions",
    "front_runner_criteria",
    "front_runner_reviews",
    "front_runner_applications",
    "pact_governance",
    "pact_funding_streams",
  ]) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema.alterTable("phase_checklist_ticks").dropColumn("changed_by").dropColumn("updated_at").execute();
  await db.schema.alterTable("phase_history").dropColumn("changed_by").execute();
  await db.schema.dropIndex("pact_participants_one_lead").execute();
  await db.schema.dropIndex("pacts_parent_idx").execute();
  await db.schema.alterTable("pacts").dropColumn("adoption").dropColumn("challenges").dropColumn("consolidation_agreements").execute();
}
