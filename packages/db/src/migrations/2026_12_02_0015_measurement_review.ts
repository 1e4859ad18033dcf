import { sql, type Kysely } from "kysely";

/**
 * Review before publication (see domain/measurement-review.ts). The working copy stays in
 * `value`/`measured_on`; `public_value`/`public_measured_on` hold the last approved version and
 * are what public reads and open data use (`public_value is not null` = public). Measurements
 * that existed before review was introduced were public already, so they start approved.
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
    .execute();
  await sql`update measurements set public_value = value, public_measured_on = measured_on`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("measurements").dropColumn("public_measured_on").dropColumn("public_value").dropColumn("review_status").execute();
}
