import { sql, type Kysely } from "kysely";

// Frozen in time once landed: this migration takes Kysely<any> and never imports current schema types.
// Accounts by e-mail (issue 13): one-time links for invitations and password resets, kept only as
// a hash; and the password-reset requests, counted per address and per IP to throttle them.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("account_tokens")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("user_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("purpose", "text", (c) => c.notNull().check(sql`purpose in ('invitation', 'password_reset')`))
    // SHA-256 of the token in the link; the token itself is never stored.
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("expires_at", "timestamptz", (c) => c.notNull())
    .addColumn("used_at", "timestamptz")
    // Set when a newer link replaced this one, or a password was set another way.
    .addColumn("revoked_at", "timestamptz")
    .addColumn("created_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint("account_tokens_used_or_revoked", sql`used_at is null or revoked_at is null`)
    .execute();
  await db.schema.createIndex("account_tokens_user_idx").on("account_tokens").columns(["user_id", "purpose"]).execute();

  await db.schema
    .createTable("password_reset_requests")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("ip", "text", (c) => c.notNull())
    .addColumn("requested_at", "timestamptz", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("password_reset_requests_email_idx").on("password_reset_requests").columns(["email", "requested_at"]).execute();
  await db.schema.createIndex("password_reset_requests_ip_idx").on("password_reset_requests").columns(["ip", "requested_at"]).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("password_reset_requests").execute();
  await db.schema.dropTable("account_tokens").execute();
}
