import { sql, type Kysely } from "kysely";

/**
 * Review before publication (see domain/measurement-review.ts). The working copy stays in
 * `value`/`measured_on`; `public_value`/`public_measured_on` hold the last approved version and
 * are what public reads and open data use (`public_value is not null` = public). Measurements
 * that existed before review was introduced were public already, so they start approved.
 *
 * Also: who submitted the working copy (a submitter never approves their own), the pact's opt-in
 * to review by a second editor, the review history, period locks per indicator (a date range, so
 * it does not depend on how periods are modelled) and the corrections of locked values.
 */
// Frozen in time once landed: this migration takes Kysely<any> and never imports current schema types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("measurements")
    .addColumn("review_status", "text", (c) =>
      c
        .notNull()
        .defaultTo("approved")
        .check(sql`review_status in ('submitted', 'returned', 'approved')`),
    )
    .addColumn("public_value", "double precision")
    .addColumn("public_measured_on", "date")
    // The approved source and note go public with the approved value (an unreviewed note must not).
    .addColumn("public_source", "text")
    .addColumn("public_note", "text")
    .addColumn("submitted_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .execute();
  await sql`update measurements set public_value = value, public_measured_on = measured_on, public_source = source, public_note = note`.execute(db);
  await db.schema
    .createIndex("measurements_review_status_idx")
    .on("measurements")
    .column("review_status")
    .where(sql.ref("review_status"), "<>", "approved")
    .execute();

  await db.schema
    .alterTable("pacts")
    .addColumn("peer_review", "boolean", (c) => c.notNull().defaultTo(false))
    .execute();

  await db.schema
    .createTable("measurement_reviews")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("measurement_id", "uuid", (c) => c.notNull().references("measurements.id").onDelete("cascade"))
    .addColumn("action", "text", (c) => c.notNull().check(sql`action in ('submitted', 'approved', 'returned', 'corrected')`))
    .addColumn("comment", "text")
    // The working copy the step was about, so the history reads without the measurement's later state.
    .addColumn("value", "double precision", (c) => c.notNull())
    .addColumn("measured_on", "date", (c) => c.notNull())
    .addColumn("user_id", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex("measurement_reviews_measurement_idx").on("measurement_reviews").columns(["measurement_id", "created_at"]).execute();

  await db.schema
    .createTable("measurement_period_locks")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("indicator_id", "uuid", (c) => c.notNull().references("indicators.id").onDelete("cascade"))
    .addColumn("period_start", "date", (c) => c.notNull())
    .addColumn("period_end", "date", (c) => c.notNull())
    .addColumn("locked_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint("measurement_period_locks_order", sql`period_start <= period_end`)
    .addUniqueConstraint("measurement_period_locks_start_key", ["indicator_id", "period_start"])
    .execute();

  await db.schema
    .createTable("measurement_corrections")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("measurement_id", "uuid", (c) => c.notNull().references("measurements.id").onDelete("cascade"))
    .addColumn("before_value", "double precision", (c) => c.notNull())
    .addColumn("after_value", "double precision", (c) => c.notNull())
    .addColumn("before_source", "text")
    .addColumn("after_source", "text")
    .addColumn("before_note", "text")
    .addColumn("after_note", "text")
    .addColumn("reason", "text", (c) => c.notNull())
    // true: applied at once by the national team; false: submitted for review like any change.
    .addColumn("applied_directly", "boolean", (c) => c.notNull())
    .addColumn("user_id", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex("measurement_corrections_measurement_idx").on("measurement_corrections").columns(["measurement_id", "created_at"]).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("measurement_corrections").execute();
  await db.schema.dropTable("measurement_period_locks").execute();
  await db.schema.dropTable("measurement_reviews").execute();
  await db.schema.alterTable("pacts").dropColumn("peer_review").execute();
  await db.schema.dropIndex("measurements_review_status_idx").execute();
  await db.schema
    .alterTable("measurements")
    .dropColumn("submitted_by")
    .dropColumn("public_note")
    .dropColumn("public_source")
    .dropColumn("public_measured_on")
    .dropColumn("public_value")
    .dropColumn("review_status")
    .execute();
}
