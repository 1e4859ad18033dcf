import { sql, type Kysely } from "kysely";

// Frozen in time: this migration takes Kysely<any> and never imports current schema types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("regions")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("name", "text", (c) => c.notNull().unique())
    .addColumn("provinces", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("latitude", "double precision", (c) => c.notNull())
    .addColumn("longitude", "double precision", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable("organisations")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("sector", "text", (c) => c.notNull().check(sql`sector in ('care_welfare','education','government','employers_organisation','other')`))
    .addColumn("level", "text", (c) => c.check(sql`level in ('vmbo','mbo','hbo','wo','gemeente','provincie','rijk')`))
    .addColumn("place", "text")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  // Duplicates by name are caught case-insensitively.
  await sql`create unique index organisations_name_key on organisations (lower(name))`.execute(db);

  await db.schema
    .createTable("taxonomy_terms")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('theme','result_domain','result_area','target_group','effect_category')`))
    .addColumn("label", "text", (c) => c.notNull())
    .addColumn("parent_id", "uuid", (c) => c.references("taxonomy_terms.id"))
    .addColumn("sort_order", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("retired_at", "timestamptz")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint("taxonomy_terms_kind_label_key", ["kind", "label"])
    .execute();

  await db.schema
    .createTable("pacts")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('national','regional_pact','front_runner','breeding_ground')`))
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("region_id", "uuid", (c) => c.references("regions.id"))
    .addColumn("parent_pact_id", "uuid", (c) => c.references("pacts.id"))
    .addColumn("start_date", "date")
    .addColumn("contact_name", "text")
    .addColumn("contact_email", "text")
    .addColumn("publication_status", "text", (c) =>
      c
        .notNull()
        .defaultTo("draft")
        .check(sql`publication_status in ('draft','published')`),
    )
    .addColumn("admission_status", "text", (c) => c.check(sql`admission_status in ('applied','under_review','admitted','rejected')`))
    .addColumn("collaboration_form", "text", (c) => c.check(sql`collaboration_form in ('light','firm')`))
    .addColumn("functions", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("current_phase", "smallint", (c) => c.check(sql`current_phase between 1 and 4`))
    .addColumn("archived_at", "timestamptz")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  // Exactly one national pact.
  await sql`create unique index pacts_one_national on pacts (kind) where kind = 'national'`.execute(db);
  await db.schema.createIndex("pacts_kind_idx").on("pacts").columns(["kind", "publication_status"]).execute();

  await db.schema
    .createTable("pact_participants")
    .addColumn("pact_id", "uuid", (c) => c.notNull().references("pacts.id").onDelete("cascade"))
    .addColumn("organisation_id", "uuid", (c) => c.notNull().references("organisations.id"))
    .addColumn("role", "text", (c) => c.notNull().check(sql`role in ('lead','partner')`))
    .addPrimaryKeyConstraint("pact_participants_pkey", ["pact_id", "organisation_id"])
    .execute();

  await db.schema
    .createTable("pact_themes")
    .addColumn("pact_id", "uuid", (c) => c.notNull().references("pacts.id").onDelete("cascade"))
    .addColumn("term_id", "uuid", (c) => c.notNull().references("taxonomy_terms.id"))
    .addPrimaryKeyConstraint("pact_themes_pkey", ["pact_id", "term_id"])
    .execute();

  await db.schema
    .createTable("phase_history")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("pact_id", "uuid", (c) => c.notNull().references("pacts.id").onDelete("cascade"))
    .addColumn("phase", "smallint", (c) => c.notNull().check(sql`phase between 1 and 4`))
    .addColumn("changed_on", "date", (c) => c.notNull())
    .addColumn("note", "text")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable("phase_checklist_ticks")
    .addColumn("pact_id", "uuid", (c) => c.notNull().references("pacts.id").onDelete("cascade"))
    .addColumn("phase", "smallint", (c) => c.notNull().check(sql`phase between 1 and 4`))
    .addColumn("item_key", "text", (c) => c.notNull())
    .addColumn("done", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("done_on", "date")
    .addColumn("note", "text")
    .addPrimaryKeyConstraint("phase_checklist_ticks_pkey", ["pact_id", "phase", "item_key"])
    .execute();

  await db.schema
    .createTable("chain_nodes")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("pact_id", "uuid", (c) => c.notNull().references("pacts.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('input','activity','result','effect')`))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text")
    .addColumn("term_id", "uuid", (c) => c.references("taxonomy_terms.id"))
    .addColumn("amount_cents", "bigint")
    .addColumn("fte", "double precision")
    .addColumn("funding_source", "text")
    .addColumn("owner_organisation_id", "uuid", (c) => c.references("organisations.id"))
    .addColumn("period_start", "date")
    .addColumn("period_end", "date")
    .addColumn("status", "text", (c) => c.check(sql`status in ('planned','running','completed','stopped')`))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex("chain_nodes_pact_idx").on("chain_nodes").column("pact_id").execute();

  await db.schema
    .createTable("chain_links")
    .addColumn("from_id", "uuid", (c) => c.notNull().references("chain_nodes.id").onDelete("cascade"))
    .addColumn("to_id", "uuid", (c) => c.notNull().references("chain_nodes.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("chain_links_pkey", ["from_id", "to_id"])
    .addCheckConstraint("chain_links_not_self", sql`from_id <> to_id`)
    .execute();

  await db.schema
    .createTable("indicators")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("node_id", "uuid", (c) => c.notNull().references("chain_nodes.id").onDelete("cascade"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("unit", "text", (c) => c.notNull())
    .addColumn("direction", "text", (c) => c.notNull().check(sql`direction in ('up','down')`))
    .addColumn("baseline_value", "double precision", (c) => c.notNull())
    .addColumn("baseline_date", "date", (c) => c.notNull())
    .addColumn("target_value", "double precision", (c) => c.notNull())
    .addColumn("target_date", "date", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable("measurements")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("indicator_id", "uuid", (c) => c.notNull().references("indicators.id").onDelete("cascade"))
    .addColumn("measured_on", "date", (c) => c.notNull())
    .addColumn("value", "double precision", (c) => c.notNull())
    .addColumn("source", "text")
    .addColumn("note", "text")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint("measurements_indicator_date_key", ["indicator_id", "measured_on"])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "measurements",
    "indicators",
    "chain_links",
    "chain_nodes",
    "phase_checklist_ticks",
    "phase_history",
    "pact_themes",
    "pact_participants",
    "pacts",
    "taxonomy_terms",
    "organisations",
    "regions",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
