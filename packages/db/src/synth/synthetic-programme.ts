import { sql, type Kysely } from "kysely";
import type { Database } from "../schema.ts";
import { bumpPublicationVersion } from "../repositories/publication-version.repository.ts";

/**
 * A synthetic national programme for measuring the platform at scale (`pnpm synth`, issue 16).
 * Everything is clearly fake: pacts are called "Synthetisch zorgpact 0042", organisations,
 * regions and terms "Synthetisch…", sources "Synthetisch (pnpm synth)", so nobody mistakes it for fact.
 *
 * Set-based: each table is filled with `insert … select … from generate_series(…)`; ids are
 * derived from a run tag and an ordinal (md5 → uuid), so later statements find earlier rows without
 * round trips and two runs never collide. Shape, like a programme that grew for years: pact 0001
 * holds 1,000 indicators (or a twentieth of all), the rest are spread evenly; every indicator has
 * the same number of approved measurements (±1), monthly and newest on 2026-11-01.
 */
export interface SynthOptions {
  pacts: number;
  indicators: number;
  measurements: number;
}

export type SynthStep = "regio's" | "begrippen" | "organisaties" | "pacten" | "ketens" | "indicatoren" | "metingen" | "catalogus" | "statistieken";

export interface SynthProgress {
  step: SynthStep;
  done: number;
  total: number;
}

export const defaultSynthOptions: SynthOptions = { pacts: 1_000, indicators: 20_000, measurements: 1_000_000 };

/** Marks every synthetic pact; also what a reader of the database sees first. */
export const SYNTHETIC_DESCRIPTION = "Synthetische gegevens voor prestatiemetingen (pnpm synth). Dit is geen echte zorgpact.";

const MEASUREMENT_BATCH = 50_000;

export async function synthesizeProgramme(
  db: Kysely<Database>,
  options: SynthOptions,
  onProgress: (progress: SynthProgress) => void = () => {},
): Promise<{ tag: string; pacts: number; indicators: number; measurements: number }> {
  const { pacts, indicators, measurements } = options;
  if (pacts < 2 || indicators < 1 || measurements < 0) throw new Error("Minstens 2 pacten en 1 indicator.");
  const tag = Date.now().toString(36);
  // A version-4 shaped uuid (version and variant digits set), as the API's id schema demands.
  const id = (kind: string, ordinal: ReturnType<typeof sql>) =>
    sql`overlay(overlay(md5(${tag} || ':' || ${kind} || ':' || (${ordinal})::text) placing '4' from 13) placing '8' from 17)::uuid`;

  // Regions and terms: the real ones when the database has them (demo or production), else synthetic.
  onProgress({ step: "regio's", done: 0, total: 1 });
  const regionCount = Number((await sql<{ n: number }>`select count(*)::int as n from regions`.execute(db)).rows[0]?.n ?? 0);
  if (regionCount === 0) {
    await sql`insert into regions (name, provinces, latitude, longitude)
      select 'Synthetische regio ' || lpad(g::text, 2, '0'), array['Utrecht'], 51.5 + (g % 6) * 0.3, 4.2 + (g / 6) * 0.4
      from generate_series(1, 30) g`.execute(db);
  }
  onProgress({ step: "begrippen", done: 0, total: 1 });
  await ensureTerms(db);

  onProgress({ step: "organisaties", done: 0, total: 1 });
  await sql`insert into organisations (id, name, sector)
    select ${id("org", sql`g`)}, 'Synthetische organisatie ' || lpad(g::text, 3, '0') || ' (' || ${tag} || ')',
      (array['care_welfare', 'education', 'government', 'employers_organisation'])[1 + g % 4]
    from generate_series(1, 100) g`.execute(db);

  onProgress({ step: "pacten", done: 0, total: pacts });
  // Kinds: 60 % regional pacts, 25 % front-runners, 15 % breeding grounds; 90 % published.
  await sql`
    with region as (select id, row_number() over (order by name) - 1 as i, count(*) over () as n from regions)
    insert into pacts (id, kind, slug, name, description, region_id, publication_status, admission_status, current_phase, start_date, functions)
    select ${id("pact", sql`g`)}, k.kind, 'synthetisch-zorgpact-' || lpad(g::text, 4, '0') || '-' || ${tag},
      'Synthetisch zorgpact ' || lpad(g::text, 4, '0'), ${SYNTHETIC_DESCRIPTION}, r.id,
      case when g % 10 = 9 then 'draft' else 'published' end,
      case when k.kind = 'front_runner' then 'admitted' end,
      case when k.kind in ('regional_pact', 'breeding_ground') then 1 + g % 4 end,
      date '2023-01-01' + (g % 700), '{}'
    from generate_series(1, ${pacts}::int) g
    cross join lateral (select case when g % 20 < 12 then 'regional_pact' when g % 20 < 17 then 'front_runner' else 'breeding_ground' end as kind) k
    join region r on r.i = g % r.n`.execute(db);
  await sql`insert into pact_participants (pact_id, organisation_id, role)
    select ${id("pact", sql`g`)}, ${id("org", sql`1 + g % 100`)}, 'lead' from generate_series(1, ${pacts}::int) g`.execute(db);
  await sql`
    with theme as (select id, row_number() over (order by sort_order, label) - 1 as i, count(*) over () as n from taxonomy_terms where kind = 'theme' and retired_at is null)
    insert into pact_themes (pact_id, term_id)
    select distinct ${id("pact", sql`g`)}, t.id from generate_series(1, ${pacts}::int) g, generate_series(0, 1 + ${pacts}::int % 2) j
    join theme t on true where t.i = (g * 7 + j * 3) % t.n`.execute(db);
  // The phase path of each regional pact and breeding ground up to its current phase, one step
  // per 200 days from its start, and an accepted Volgspot for each of the last three years of the
  // published regional pacts: the report's phase-over-time and Volgspot figures count these.
  await sql`
    insert into phase_history (pact_id, phase, changed_on, note)
    select p.id, ph, p.start_date + (ph - 1) * 200, 'Synthetisch (pnpm synth)'
    from pacts p cross join generate_series(1, 4) ph
    where p.slug like ${`%-${tag}`} and p.current_phase is not null and ph <= p.current_phase`.execute(db);
  const thisYear = new Date().getUTCFullYear();
  await sql`
    insert into volgspots (pact_id, year, status, held_on, report, submitted_at, decided_at)
    select p.id, y, 'accepted', make_date(y, 10, 1), 'Synthetisch verslag (pnpm synth)', make_date(y, 10, 2), make_date(y, 10, 15)
    from pacts p cross join generate_series(${thisYear - 3}::int, ${thisYear - 1}::int) y
    where p.slug like ${`%-${tag}`} and p.kind = 'regional_pact' and p.publication_status = 'published'`.execute(db);
  onProgress({ step: "pacten", done: pacts, total: pacts });

  // Indicator g (0-based) belongs to pact 1 when g < big, else pact 2 + (g - big) % (pacts - 1);
  // its node is the pact's (local / 4)th result (even) or effect (odd).
  const big = Math.min(1_000, Math.floor(indicators / 20), indicators);
  const placement = sql`(select g,
      case when g < ${big}::int then 1 else 2 + (g - ${big}::int) % (${pacts}::int - 1) end as pact,
      case when g < ${big}::int then g else (g - ${big}::int) / (${pacts}::int - 1) end as local
    from generate_series(0, ${indicators}::int - 1) g) p`;

  onProgress({ step: "ketens", done: 0, total: 1 });
  await sql`
    with area as (select id, row_number() over (order by sort_order, label) - 1 as i, count(*) over () as n from taxonomy_terms where kind = 'result_area' and retired_at is null),
      category as (select id, row_number() over (order by sort_order, label) - 1 as i, count(*) over () as n from taxonomy_terms where kind = 'effect_category' and retired_at is null),
      node as (select distinct pact, local / 4 as n from ${placement})
    insert into chain_nodes (id, pact_id, kind, title, term_id)
    select ${id("node", sql`node.pact || ':' || node.n`)}, ${id("pact", sql`node.pact`)},
      case when node.n % 2 = 0 then 'result' else 'effect' end,
      case when node.n % 2 = 0 then 'Synthetisch resultaat ' else 'Synthetisch effect ' end || (node.n / 2 + 1),
      case when node.n % 2 = 0 then (select id from area where area.i = (node.pact + node.n) % area.n)
        else (select id from category where category.i = (node.pact + node.n) % category.n) end
    from node`.execute(db);
  // Every pact: one input and two activities, linked input → activities → results → effects.
  await sql`insert into chain_nodes (id, pact_id, kind, title, status, amount_cents)
    select ${id("node", sql`g || ':' || a`)}, ${id("pact", sql`g`)}, case when a = 'in' then 'input' else 'activity' end,
      case when a = 'in' then 'Synthetische inzet' else 'Synthetische activiteit ' || a end,
      case when a = 'in' then null else 'running' end, case when a = 'in' then 10000000 + g * 100 end
    from generate_series(1, ${pacts}::int) g, unnest(array['in', 'a1', 'a2']) a`.execute(db);
  await sql`insert into chain_links (from_id, to_id)
    select ${id("node", sql`g || ':in'`)}, ${id("node", sql`g || ':' || a`)} from generate_series(1, ${pacts}::int) g, unnest(array['a1', 'a2']) a`.execute(db);
  await sql`
    with node as (select distinct pact, local / 4 as n from ${placement})
    insert into chain_links (from_id, to_id)
    select case when n % 2 = 0 then ${id("node", sql`pact || ':a' || (1 + n / 2 % 2)`)} else ${id("node", sql`pact || ':' || (n - 1)`)} end,
      ${id("node", sql`pact || ':' || n`)}
    from node`.execute(db);

  onProgress({ step: "indicatoren", done: 0, total: indicators });
  // Half go up from 10–59 by 20, half go down from 60–109 by 20.
  await sql`insert into indicators (id, node_id, name, unit, direction, baseline_value, baseline_date, target_value, target_date)
    select ${id("ind", sql`g`)}, ${id("node", sql`pact || ':' || (local / 4)`)}, 'Synthetische indicator ' || (g + 1),
      case when g % 3 = 0 then '%' when g % 3 = 1 then 'fte' else 'aantal' end,
      case when g % 2 = 0 then 'up' else 'down' end,
      case when g % 2 = 0 then 10 + g % 50 else 60 + g % 50 end, date '2022-01-01',
      case when g % 2 = 0 then 30 + g % 50 else 40 + g % 50 end, date '2030-12-31'
    from ${placement}`.execute(db);
  onProgress({ step: "indicatoren", done: indicators, total: indicators });

  // Measurements per indicator: `each`, the first `extra` indicators one more; monthly, newest first.
  const each = Math.floor(measurements / indicators);
  const extra = measurements % indicators;
  const perBatch = Math.max(1, Math.floor(MEASUREMENT_BATCH / Math.max(1, each + 1)));
  let done = 0;
  onProgress({ step: "metingen", done, total: measurements });
  for (let lo = 0; lo < indicators && measurements > 0; lo += perBatch) {
    const hi = Math.min(indicators, lo + perBatch) - 1;
    const result = await sql`
      insert into measurements (indicator_id, measured_on, value, source, review_status, public_value, public_measured_on)
      select ${id("ind", sql`g`)}, d.on, v.value, 'Synthetisch (pnpm synth)', 'approved', v.value, d.on
      from generate_series(${lo}::int, ${hi}::int) g
      cross join lateral generate_series(0, ${each}::int - (case when g < ${extra}::int then 0 else 1 end)) j
      cross join lateral (select (date '2026-11-01' - make_interval(months => j))::date as on) d
      cross join lateral (select round((case when g % 2 = 0 then 10 + g % 50 + 20 * (1 - j / (${each}::float + 1))
        else 60 + g % 50 - 20 * (1 - j / (${each}::float + 1)) end + (random() - 0.5) * 4)::numeric, 1)::float as value) v`.execute(db);
    done += Number(result.numAffectedRows ?? 0);
    onProgress({ step: "metingen", done, total: measurements });
  }

  // Programme totals at scale: every tenth indicator adopts a synthetic catalogue entry of its own
  // unit (percentages and counts; fte has no catalogue unit), and catalogue_totals is filled
  // set-based as refreshCatalogueTotals would per indicator: per year, the last approved value.
  onProgress({ step: "catalogus", done: 0, total: 1 });
  const entries = await sql<{ id: string; unit: string }>`
    insert into indicator_catalogue (name, definition, unit, unit_label, direction)
    select 'Synthetische catalogusindicator ' || u.label || ' ' || ${tag}, 'Synthetisch (pnpm synth): gemeten door elke tiende synthetische indicator.', u.unit, u.label, 'up'
    from (values ('percentage', '%'), ('aantal', 'aantal')) as u(unit, label)
    returning id, unit`.execute(db);
  const entryOf = (unit: string) => entries.rows.find((e) => e.unit === unit)!.id;
  await sql`update indicators set catalogue_id = case when g % 3 = 0 then ${entryOf("percentage")}::uuid else ${entryOf("aantal")}::uuid end
    from generate_series(0, ${indicators}::int - 1) g
    where g % 10 = 0 and g % 3 <> 1 and indicators.id = ${id("ind", sql`g`)}`.execute(db);
  await sql`insert into catalogue_totals (indicator_id, year, catalogue_id, pact_id, value, measured_on)
    select distinct on (m.indicator_id, extract(year from m.public_measured_on))
      m.indicator_id, extract(year from m.public_measured_on)::int, i.catalogue_id, n.pact_id, m.public_value, m.public_measured_on
    from indicators i
    join chain_nodes n on n.id = i.node_id
    join measurements m on m.indicator_id = i.id and m.public_value is not null and m.public_measured_on is not null
    where i.catalogue_id in (${entryOf("percentage")}::uuid, ${entryOf("aantal")}::uuid)
    order by m.indicator_id, extract(year from m.public_measured_on), m.public_measured_on desc`.execute(db);
  onProgress({ step: "catalogus", done: 1, total: 1 });

  onProgress({ step: "statistieken", done: 0, total: 1 });
  await sql`analyze`.execute(db);
  // Written outside the services' `mutate`: raise the publication version so every running
  // server drops what it cached before.
  await bumpPublicationVersion(db);
  onProgress({ step: "statistieken", done: 1, total: 1 });
  return { tag, pacts, indicators, measurements: done };
}

/** The taxonomy the figures count: the database's own terms, or synthetic ones when a kind has none. */
async function ensureTerms(db: Kysely<Database>): Promise<void> {
  const have = async (kind: string) =>
    Number((await sql<{ n: number }>`select count(*)::int as n from taxonomy_terms where kind = ${kind}`.execute(db)).rows[0]?.n ?? 0) > 0;
  if (!(await have("theme")))
    await sql`insert into taxonomy_terms (kind, label, sort_order) select 'theme', 'Synthetisch thema ' || g, g from generate_series(1, 8) g`.execute(db);
  for (const [parentKind, kind, word] of [
    ["result_domain", "result_area", "resultaatgebied"],
    ["target_group", "effect_category", "effectcategorie"],
  ] as const) {
    if (await have(kind)) continue;
    await sql`insert into taxonomy_terms (kind, label, sort_order) select ${parentKind}, 'Synthetisch ' || ${parentKind === "result_domain" ? "domein" : "doelgroep"} || ' ' || g, g
      from generate_series(1, 3) g on conflict do nothing`.execute(db);
    await sql`insert into taxonomy_terms (kind, label, parent_id, sort_order)
      select ${kind}, 'Synthetisch ' || ${word} || ' ' || g, p.id, g
      from generate_series(1, 18) g join (select id, row_number() over (order by sort_order, label) as i from taxonomy_terms where kind = ${parentKind}) p on p.i = 1 + g % 3`.execute(
      db,
    );
  }
}
