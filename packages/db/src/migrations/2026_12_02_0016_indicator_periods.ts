import { sql, type Kysely } from "kysely";

/**
 * Periods and targets (issue 15). An indicator gets a unit kind (which values fit: whole counts,
 * percentages 0–100, euros in cents, or a free unit) and a reporting frequency; each measurement
 * stores the first day of the period it belongs to (recomputed when the frequency changes); and
 * `indicator_targets` holds a target per period beside the final target.
 *
 * Existing indicators are mapped from their unit text and values, the same rule as the domain's
 * guessUnitKind: "%" with values in 0–100 → percentage; "euro"/"€" → euro, its values turned into
 * cents; all values whole and not negative → aantal; anything else stays a free unit.
 */
// Frozen in time once landed: this migration takes Kysely<any> and never imports current schema types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("indicators")
    .addColumn("unit_kind", "text", (c) =>
      c
        .notNull()
        .defaultTo("anders")
        .check(sql`unit_kind in ('aantal', 'percentage', 'euro', 'anders')`),
    )
    .addColumn("frequency", "text", (c) =>
      c
        .notNull()
        .defaultTo("jaar")
        .check(sql`frequency in ('jaar', 'halfjaar', 'kwartaal')`),
    )
    .execute();
  await db.schema.alterTable("measurements").addColumn("period_start", "date").execute();

  // The lowest and highest of every value an indicator holds, and whether all are whole, to decide its kind by.
  await sql`
    with stats as (
      select i.id, min(x.v) as lo, max(x.v) as hi, bool_and(x.v = trunc(x.v)) as whole
      from indicators i
      cross join lateral (
        select i.baseline_value as v union all select i.target_value
        union all select m.value from measurements m where m.indicator_id = i.id
      ) x
      group by i.id
    )
    update indicators i set unit_kind = case
      when lower(trim(i.unit)) = '%' or lower(trim(i.unit)) like 'procent%' or lower(trim(i.unit)) like 'percent%' then
        case when s.lo >= 0 and s.hi <= 100 then 'percentage' else 'anders' end
      when i.unit like '%€%' or lower(trim(i.unit)) like 'euro%' then 'euro'
      when s.whole and s.lo >= 0 then 'aantal'
      else 'anders'
    end
    from stats s where s.id = i.id
  `.execute(db);
  // Euro values were typed in euros; from now on they are whole cents.
  await sql`
    update indicators set baseline_value = round(baseline_value * 100), target_value = round(target_value * 100)
    where unit_kind = 'euro'
  `.execute(db);
  await sql`
    update measurements m set value = round(m.value * 100), public_value = round(m.public_value * 100)
    from indicators i where i.id = m.indicator_id and i.unit_kind = 'euro'
  `.execute(db);
  // The period a date falls in (domain/indicator-period.ts periodStartOf, in SQL). Triggers keep
  // `period_start` right whoever writes a measurement (editor, import, review) and when an
  // indicator's frequency changes, so no writer can forget it.
  await sql`
    create function indicator_period_start(frequency text, day date) returns date language sql immutable as $$
      select case frequency
        when 'kwartaal' then date_trunc('quarter', day)::date
        when 'halfjaar' then make_date(extract(year from day)::int, case when extract(month from day) <= 6 then 1 else 7 end, 1)
        else date_trunc('year', day)::date
      end
    $$`.execute(db);
  await sql`
    create function measurements_set_period_start() returns trigger language plpgsql as $$
    begin
      new.period_start := indicator_period_start((select frequency from indicators where id = new.indicator_id), new.measured_on);
      return new;
    end;
    $$`.execute(db);
  await sql`
    create trigger measurements_period_start before insert or update of measured_on, indicator_id on measurements
    for each row execute function measurements_set_period_start()`.execute(db);
  await sql`
    create function indicators_refresh_period_starts() returns trigger language plpgsql as $$
    begin
      update measurements set period_start = indicator_period_start(new.frequency, measured_on) where indicator_id = new.id;
      return null;
    end;
    $$`.execute(db);
  await sql`
    create trigger indicators_period_starts after update of frequency on indicators
    for each row when (old.frequency is distinct from new.frequency) execute function indicators_refresh_period_starts()`.execute(db);
  // Every existing indicator is yearly, so each measurement belongs to its calendar year.
  await sql`update measurements set period_start = indicator_period_start('jaar', measured_on)`.execute(db);

  await db.schema
    .createTable("indicator_targets")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("indicator_id", "uuid", (c) => c.notNull().references("indicators.id").onDelete("cascade"))
    .addColumn("period_start", "date", (c) => c.notNull())
    .addColumn("target_value", "double precision", (c) => c.notNull())
    // Where the target comes from when an editor did not set it (the seed's invented targets say "Demodata"), shown beside it.
    .addColumn("source", "text")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint("indicator_targets_period_unique", ["indicator_id", "period_start"])
    .execute();
  await db.schema.createIndex("measurements_period_idx").on("measurements").columns(["indicator_id", "period_start"]).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("measurements_period_idx").execute();
  await sql`drop trigger indicators_period_starts on indicators`.execute(db);
  await sql`drop function indicators_refresh_period_starts()`.execute(db);
  await sql`drop trigger measurements_period_start on measurements`.execute(db);
  await sql`drop function measurements_set_period_start()`.execute(db);
  await sql`drop function indicator_period_start(text, date)`.execute(db);
  await db.schema.dropTable("indicator_targets").execute();
  await sql`
    update measurements m set value = m.value / 100, public_value = m.public_value / 100
    from indicators i where i.id = m.indicator_id and i.unit_kind = 'euro'
  `.execute(db);
  await sql`update indicators set baseline_value = baseline_value / 100, target_value = target_value / 100 where unit_kind = 'euro'`.execute(db);
  await db.schema.alterTable("measurements").dropColumn("period_start").execute();
  await db.schema.alterTable("indicators").dropColumn("frequency").dropColumn("unit_kind").execute();
}
