import { sql, type Kysely } from "kysely";

// Frozen in time once landed: this migration takes Kysely<any> and never imports current schema types.
// The national report (issue 12): the published yearly reports, frozen as they were published;
// what the demo seed marks as invented (the environment as a whole, and front-runners' follow-up
// answers while they stay as the seed left them); and the taxonomy labels exactly as seed 002
// names them, for databases seeded before.

/** Effect categories and result areas whose label seed 002 spells otherwise: [kind, old, new]. */
const relabels = [
  ["effect_category", "Meer zelfstandigheid door toepassing technologie", "Meer zelfstandigheid door toepassing technologie in zorgverlening"],
  ["result_area", "Meer arbeidsmarktplaatsen voor niveau 1 en 2 mbo", "Meer arbeidsmarktplaatsen voor niveau 1 en 2, mbo"],
] as const;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("report_snapshots")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("period_from", "date", (c) => c.notNull())
    .addColumn("period_to", "date", (c) => c.notNull())
    // Set when the period is exactly one calendar year.
    .addColumn("year", "integer", (c) => c.check(sql`year between 2015 and 2100`))
    // The edition of this period's report: 1, and one more for each republication.
    .addColumn("version", "integer", (c) => c.notNull().check(sql`version >= 1`))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("figures", "jsonb", (c) => c.notNull())
    .addColumn("published_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("published_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("published_by_name", "text")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint("report_snapshots_period_order", sql`period_from <= period_to`)
    .addUniqueConstraint("report_snapshots_period_version_key", ["period_from", "period_to", "version"])
    .execute();
  await db.schema.createIndex("report_snapshots_published_idx").on("report_snapshots").column("published_at").execute();
  // Frozen means frozen: no update of a published report, whatever a service might try.
  await sql`
    create function report_snapshots_frozen() returns trigger language plpgsql as $$
    begin
      raise exception 'a published report is frozen' using errcode = 'check_violation';
    end $$`.execute(db);
  await sql`create trigger report_snapshots_no_update before update on report_snapshots for each row execute function report_snapshots_frozen()`.execute(db);

  // One row when the demo seed was loaded into this database.
  await db.schema
    .createTable("demo_environment")
    .addColumn("id", "boolean", (c) =>
      c
        .primaryKey()
        .defaultTo(true)
        .check(sql`id`),
    )
    .addColumn("loaded_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  // A front-runner's follow-up answers as the demo seed invented them; while the pact's answers
  // still equal these, they are shown as demo data.
  await db.schema
    .createTable("demo_follow_up")
    .addColumn("pact_id", "uuid", (c) => c.primaryKey().references("pacts.id").onDelete("cascade"))
    .addColumn("adoption", "text")
    .addColumn("challenges", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("consolidation_agreements", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .execute();

  // A database seeded with demo data before this migration: its measurements say "Demodata".
  // Mark the environment, and the follow-up answers the demo seed wrote (all there were).
  await sql`
    insert into demo_environment (id)
    select true where exists (select 1 from measurements where source like 'Demodata%')`.execute(db);
  await sql`
    insert into demo_follow_up (pact_id, adoption, challenges, consolidation_agreements)
    select id, adoption, challenges, consolidation_agreements from pacts
    where kind = 'front_runner' and exists (select 1 from demo_environment)
      and (adoption is not null or cardinality(challenges) > 0 or cardinality(consolidation_agreements) > 0)`.execute(db);

  for (const [kind, from, to] of relabels) {
    // Only where the old label is still there and the new one is not taken (labels are unique per kind).
    await sql`
      update taxonomy_terms set label = ${to}, version = version + 1, updated_at = now()
      where kind = ${kind} and label = ${from}
        and not exists (select 1 from taxonomy_terms t where t.kind = ${kind} and t.label = ${to})`.execute(db);
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const [kind, from, to] of relabels) {
    await sql`
      update taxonomy_terms set label = ${from}, version = version + 1, updated_at = now()
      where kind = ${kind} and label = ${to}
        and not exists (select 1 from taxonomy_terms t where t.kind = ${kind} and t.label = ${from})`.execute(db);
  }
  await db.schema.dropTable("demo_follow_up").execute();
  await db.schema.dropTable("demo_environment").execute();
  await db.schema.dropTable("report_snapshots").execute();
  await sql`drop function report_snapshots_frozen()`.execute(db);
}
