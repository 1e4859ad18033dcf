import type { Kysely } from "kysely";

/**
 * The audit log reads in words: each row keeps the name its record and pact had when the change
 * was made (a deleted record keeps its name), and finding "every change to this record" or
 * "everything this person did" uses an index instead of scanning the trail.
 */
// Frozen in time once landed: this migration takes Kysely<any> and never imports current schema types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("audit_log").addColumn("object_label", "text").addColumn("pact_label", "text").execute();
  await db.schema.createIndex("audit_log_object_idx").on("audit_log").columns(["object_type", "object_id"]).execute();
  await db.schema.createIndex("audit_log_pact_idx").on("audit_log").column("pact_id").execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("audit_log_pact_idx").execute();
  await db.schema.dropIndex("audit_log_object_idx").execute();
  await db.schema.alterTable("audit_log").dropColumn("pact_label").dropColumn("object_label").execute();
}
