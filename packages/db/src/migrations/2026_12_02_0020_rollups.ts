import { sql, type Kysely } from "kysely";

/**
 * Programme scale (issue 16): indexes for the reads that grow with the programme, and the national
 * figures as a rollup.
 *
 * `national_figures` holds every count the public figures show (pacts per kind, phase, theme,
 * region; pacts that reported; pacts per result area and effect category), one row per
 * (figure, key). Statement-level triggers on the tables those counts come from (pacts,
 * chain_nodes, pact_themes) append a row to `rollup_dirty` — no locks, so writers never wait on
 * each other. `national_figures_current()` refreshes the rollup when any dirty row is visible and
 * returns it: the first read after a write recounts (~10–30 ms at 1,000 pacts), every other read
 * is a scan of ~100 rows. Correct under concurrency: the refresh deletes the dirty rows it sees
 * before it recounts, so a write committed meanwhile leaves its own dirty row for the next read;
 * one refresher at a time (advisory lock), the others read the previous counts for those
 * milliseconds. No measurements are read: none of the national figures count them.
 *
 * The national report's own figures are here too: themes per pact and per theme, accepted
 * Volgspots per year, and the phase of each counted regional pact at every year's end
 * ("report:phase-year" lists the years counted; a cut-off that is not a year's end, or a year
 * past them, is counted live by the report). So phase_history, volgspots and taxonomy_terms
 * (a retired theme stops counting) mark the rollup dirty as well.
 */
/** The tables the national figures count from: a write to any of them marks the rollup dirty. */
const rollupSources = ["pacts", "chain_nodes", "pact_themes", "phase_history", "volgspots", "taxonomy_terms"];

// Frozen in time once landed: this migration takes Kysely<any> and never imports current schema types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // Reads that grow with the programme.
  await sql`create index indicators_node_idx on indicators (node_id)`.execute(db);
  await sql`create index measurements_public_idx on measurements (indicator_id, public_measured_on, id) where public_value is not null`.execute(db);
  await sql`create index chain_links_to_idx on chain_links (to_id)`.execute(db);
  await sql`create index chain_nodes_term_idx on chain_nodes (term_id, kind) where term_id is not null`.execute(db);
  await sql`create index pacts_name_idx on pacts (name, id)`.execute(db);
  await sql`create index pacts_region_idx on pacts (region_id)`.execute(db);
  await sql`create index pact_themes_term_idx on pact_themes (term_id)`.execute(db);

  await sql`create table national_figures (
    figure text not null,
    key text not null,
    count integer not null,
    primary key (figure, key)
  )`.execute(db);
  await sql`create table rollup_dirty (id bigint generated always as identity primary key, marked_at timestamptz not null default now())`.execute(db);
  // Start dirty: the first read counts.
  await sql`insert into rollup_dirty default values`.execute(db);

  await sql`create function mark_rollups_dirty() returns trigger language plpgsql as $$
    begin
      insert into rollup_dirty default values;
      return null;
    end $$`.execute(db);
  for (const table of rollupSources) {
    await sql
      .raw(`create trigger ${table}_rollups after insert or update or delete or truncate on ${table} for each statement execute function mark_rollups_dirty()`)
      .execute(db);
  }

  // Visible = published and not archived (what the public sees). "report:" figures count as the
  // national report does: regional pacts and admitted front-runners only.
  await sql`create function refresh_national_figures() returns void language plpgsql as $$
    begin
      delete from national_figures;
      insert into national_figures (figure, key, count)
      with visible as (
        select id, kind, current_phase, region_id, adoption,
          kind = 'regional_pact' or (kind = 'front_runner' and admission_status = 'admitted') as in_report
        from pacts where archived_at is null and publication_status = 'published'
      ),
      mention as (
        select distinct n.pact_id, n.kind as node_kind, n.term_id from chain_nodes n
        where n.kind in ('result', 'effect') and n.term_id is not null
      ),
      reported as (
        select distinct n.pact_id from chain_nodes n where n.kind in ('result', 'effect')
      ),
      -- The years a counted regional pact has a phase at the year's end: from its first phase
      -- change to this year (or the last change, if later).
      phase_span as (
        select extract(year from min(h.changed_on))::int as first_year,
          greatest(extract(year from max(h.changed_on)), extract(year from current_date))::int as last_year
        from phase_history h join visible v on v.id = h.pact_id where v.kind = 'regional_pact'
      ),
      year_end_phase as (
        select y.year, h.phase
        from phase_span s cross join generate_series(s.first_year, s.last_year) as y(year)
        cross join visible v
        cross join lateral (
          select ph.phase from phase_history ph
          where ph.pact_id = v.id and ph.changed_on <= make_date(y.year, 12, 31)
          order by ph.changed_on desc, ph.created_at desc
          limit 1
        ) h
        where v.kind = 'regional_pact'
      )
      select 'kind', kind, count(*)::int from visible group by kind
      union all
      select 'phase', current_phase::text, count(*)::int from visible where kind = 'regional_pact' and current_phase is not null group by current_phase
      union all
      select 'theme:' || v.kind, t.term_id::text, count(*)::int from visible v join pact_themes t on t.pact_id = v.id
        where v.kind in ('regional_pact', 'front_runner') group by v.kind, t.term_id
      union all
      select 'region:' || kind, region_id::text, count(*)::int from visible where region_id is not null
        and kind in ('regional_pact', 'breeding_ground', 'front_runner') group by kind, region_id
      union all
      select 'reported', v.kind, count(*)::int from visible v join reported r on r.pact_id = v.id
        where v.kind in ('regional_pact', 'front_runner') group by v.kind
      union all
      select m.node_kind || ':' || v.kind, m.term_id::text, count(*)::int from visible v join mention m on m.pact_id = v.id
        where v.kind in ('regional_pact', 'front_runner') group by m.node_kind, v.kind, m.term_id
      union all
      select 'report:published', kind, count(*)::int from visible where in_report group by kind
      union all
      select 'report:reported', v.kind, count(*)::int from visible v join reported r on r.pact_id = v.id where v.in_report group by v.kind
      union all
      select 'report:' || m.node_kind || ':' || v.kind, m.term_id::text, count(*)::int from visible v join mention m on m.pact_id = v.id
        where v.in_report group by m.node_kind, v.kind, m.term_id
      union all
      select 'report:adoption', adoption, count(*)::int from visible where kind = 'front_runner' and in_report and adoption is not null group by adoption
      union all
      select 'report:theme:' || v.kind, t.term_id::text, count(*)::int from visible v join pact_themes t on t.pact_id = v.id
        where v.in_report group by v.kind, t.term_id
      union all
      select 'report:themes-per-pact:' || t.kind, t.themes::text, count(*)::int from (
        select v.kind, count(term.id)::int as themes from visible v
        left join pact_themes pt on pt.pact_id = v.id
        left join taxonomy_terms term on term.id = pt.term_id and term.retired_at is null
        where v.in_report group by v.id, v.kind
      ) t group by t.kind, t.themes
      union all
      select 'report:volgspot-held', s.year::text, count(distinct s.pact_id)::int from visible v join volgspots s on s.pact_id = v.id
        where v.kind = 'regional_pact' and s.status = 'accepted' group by s.year
      union all
      select 'report:phase-year', year::text, count(*)::int from year_end_phase group by year
      union all
      select 'report:phase:' || year, phase::text, count(*)::int from year_end_phase group by year, phase;
    end $$`.execute(db);

  await sql`create function national_figures_current() returns setof national_figures language plpgsql as $$
    begin
      if exists (select 1 from rollup_dirty) and pg_try_advisory_xact_lock(1620020) then
        delete from rollup_dirty;
        perform refresh_national_figures();
      end if;
      return query select * from national_figures;
    end $$`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop function national_figures_current()`.execute(db);
  await sql`drop function refresh_national_figures()`.execute(db);
  for (const table of rollupSources) await sql.raw(`drop trigger ${table}_rollups on ${table}`).execute(db);
  await sql`drop function mark_rollups_dirty()`.execute(db);
  await sql`drop table rollup_dirty`.execute(db);
  await sql`drop table national_figures`.execute(db);
  for (const index of [
    "pact_themes_term_idx",
    "pacts_region_idx",
    "pacts_name_idx",
    "chain_nodes_term_idx",
    "chain_links_to_idx",
    "measurements_public_idx",
    "indicators_node_idx",
  ])
    await sql.raw(`drop index ${index}`).execute(db);
}
