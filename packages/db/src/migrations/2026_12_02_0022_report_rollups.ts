import { sql, type Kysely } from "kysely";

/**
 * The rest of the national report's counts into the rollup of migration 0020, so a live report
 * reads one small table instead of counting pacts per request (issue 16):
 * - follow-up of front-runners (figures 6–8): per question how many answered and how many of
 *   those answers are still the demo seed's, and per answer of challenges and consolidation;
 * - functions of regional pacts (figure 15): per function and per combination (sorted, joined
 *   with commas; "" for none);
 * - governance (figure 16): pacts that answered, and per item the pacts saying yes now and in
 *   five years (every item that has a row, zeros included, as the live query gave);
 * - the Kopgroep (figure 11): admitted front-runners per decision date (Amsterdam), and those
 *   without one, so any period's cut-offs are sums over dates.
 * `refresh_report_figures()` adds these rows after `refresh_national_figures()` has rewritten the
 * table; demo_follow_up, pact_governance and front_runner_reviews now mark the rollup dirty too.
 */
const newSources = ["pact_governance", "demo_follow_up", "front_runner_reviews"];

// Frozen in time once landed: this migration takes Kysely<any> and never imports current schema types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const table of newSources) {
    await sql
      .raw(`create trigger ${table}_rollups after insert or update or delete or truncate on ${table} for each statement execute function mark_rollups_dirty()`)
      .execute(db);
  }

  await sql`create function refresh_report_figures() returns void language plpgsql as $$
    begin
      insert into national_figures (figure, key, count)
      with counted_front_runner as (
        select p.* from pacts p
        where p.kind = 'front_runner' and p.admission_status = 'admitted' and p.archived_at is null and p.publication_status = 'published'
      ),
      counted_regional as (
        select p.* from pacts p where p.kind = 'regional_pact' and p.archived_at is null and p.publication_status = 'published'
      ),
      follow_up as (
        select
          count(*) filter (where p.adoption is not null)::int as adoption_n,
          count(*) filter (where p.adoption is not null and d.adoption = p.adoption)::int as adoption_demo,
          count(*) filter (where cardinality(p.challenges) > 0)::int as challenges_n,
          count(*) filter (where cardinality(p.challenges) > 0 and d.challenges = p.challenges)::int as challenges_demo,
          count(*) filter (where cardinality(p.consolidation_agreements) > 0)::int as consolidation_n,
          count(*) filter (where cardinality(p.consolidation_agreements) > 0
            and d.consolidation_agreements = p.consolidation_agreements)::int as consolidation_demo
        from counted_front_runner p left join demo_follow_up d on d.pact_id = p.id
      )
      select 'report:follow-up', k.key, k.count from follow_up f
        cross join lateral (values ('adoption', f.adoption_n), ('adoption-demo', f.adoption_demo),
          ('challenges', f.challenges_n), ('challenges-demo', f.challenges_demo),
          ('consolidation', f.consolidation_n), ('consolidation-demo', f.consolidation_demo)) as k(key, count)
      union all
      select 'report:challenge', a.answer, count(*)::int from counted_front_runner p cross join lateral unnest(p.challenges) as a(answer) group by a.answer
      union all
      select 'report:consolidation', a.answer, count(*)::int from counted_front_runner p
        cross join lateral unnest(p.consolidation_agreements) as a(answer) group by a.answer
      union all
      select 'report:function', f.fn, count(*)::int from counted_regional p cross join lateral unnest(p.functions) as f(fn) group by f.fn
      union all
      select 'report:function-set', c.functions, count(*)::int
        from (select array_to_string(array(select distinct unnest(p.functions) order by 1), ',') as functions from counted_regional p) c
        group by c.functions
      union all
      select 'report:governance-answered', '', count(distinct g.pact_id)::int
        from pact_governance g join counted_regional p on p.id = g.pact_id where g.now or g.in_five_years
      union all
      select 'report:governance-now', g.item_key, count(*) filter (where g.now)::int
        from pact_governance g join counted_regional p on p.id = g.pact_id group by g.item_key
      union all
      select 'report:governance-later', g.item_key, count(*) filter (where g.in_five_years)::int
        from pact_governance g join counted_regional p on p.id = g.pact_id group by g.item_key
      union all
      select 'report:admitted-on', coalesce(((r.decided_at at time zone 'Europe/Amsterdam')::date)::text, ''), count(*)::int
        from counted_front_runner p left join front_runner_reviews r on r.pact_id = p.id
        group by 2;
    end $$`.execute(db);

  await sql`create or replace function national_figures_current() returns setof national_figures language plpgsql as $$
    begin
      if exists (select 1 from rollup_dirty) and pg_try_advisory_xact_lock(1620020) then
        delete from rollup_dirty;
        perform refresh_national_figures();
        perform refresh_report_figures();
      end if;
      return query select * from national_figures;
    end $$`.execute(db);
  // Count the new figures at the first read.
  await sql`insert into rollup_dirty default values`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await sql`create or replace function national_figures_current() returns setof national_figures language plpgsql as $$
    begin
      if exists (select 1 from rollup_dirty) and pg_try_advisory_xact_lock(1620020) then
        delete from rollup_dirty;
        perform refresh_national_figures();
      end if;
      return query select * from national_figures;
    end $$`.execute(db);
  await sql`drop function refresh_report_figures()`.execute(db);
  for (const table of newSources) await sql.raw(`drop trigger ${table}_rollups on ${table}`).execute(db);
  await sql`insert into rollup_dirty default values`.execute(db);
}
