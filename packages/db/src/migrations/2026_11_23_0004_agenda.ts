import { sql, type Kysely } from "kysely";

// Frozen in time: this migration takes Kysely<any> and never imports current schema types.
// The action agenda: issues with themes, coalition and ambitions; chain nodes under an issue.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("agenda_issues")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("pact_id", "uuid", (c) => c.notNull().references("pacts.id").onDelete("cascade"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("sort_order", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex("agenda_issues_pact_idx").on("agenda_issues").columns(["pact_id", "sort_order"]).execute();

  await db.schema
    .createTable("agenda_issue_themes")
    .addColumn("issue_id", "uuid", (c) => c.notNull().references("agenda_issues.id").onDelete("cascade"))
    .addColumn("term_id", "uuid", (c) => c.notNull().references("taxonomy_terms.id"))
    .addPrimaryKeyConstraint("agenda_issue_themes_pkey", ["issue_id", "term_id"])
    .execute();

  // Each issue has its own coalition (figure 18); that its members are partners of the pact is
  // checked by the service, since partners come and go.
  await db.schema
    .createTable("agenda_issue_coalition")
    .addColumn("issue_id", "uuid", (c) => c.notNull().references("agenda_issues.id").onDelete("cascade"))
    .addColumn("organisation_id", "uuid", (c) => c.notNull().references("organisations.id"))
    .addPrimaryKeyConstraint("agenda_issue_coalition_pkey", ["issue_id", "organisation_id"])
    .execute();

  await db.schema
    .createTable("ambitions")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("issue_id", "uuid", (c) => c.notNull().references("agenda_issues.id").onDelete("cascade"))
    .addColumn("statement", "text", (c) => c.notNull())
    .addColumn("sort_order", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex("ambitions_issue_idx").on("ambitions").column("issue_id").execute();

  // Nodes of chains from before the agenda keep issue_id null and belong to the pact alone. No
  // action on delete (checked at the end of the statement), so deleting a pact still cascades.
  await db.schema
    .alterTable("chain_nodes")
    .addColumn("issue_id", "uuid", (c) => c.references("agenda_issues.id"))
    .addColumn("in_kind", "text")
    .addColumn("quantity", "double precision", (c) => c.check(sql`quantity >= 0`))
    .addColumn("unit", "text")
    .execute();
  await db.schema.createIndex("chain_nodes_issue_idx").on("chain_nodes").column("issue_id").execute();

  // Measurements become editable records: a version guards against lost updates.
  await db.schema
    .alterTable("measurements")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("measurements").dropColumn("version").dropColumn("updated_at").execute();
  await db.schema.dropIndex("chain_nodes_issue_idx").execute();
  await db.schema.alterTable("chain_nodes").dropColumn("issue_id").dropColumn("in_kind").dropColumn("quantity").dropColumn("unit").execute();
  for (const table of ["ambitions", "agenda_issue_coalition", "agenda_issue_themes", "agenda_issues"]) {
    await db.schema.dropTable(table).execute();
  }
}
