import { barrierStats, type BarrierStats } from "@zorgpact/domain/barrier";
import { adoptionOptions, type Adoption, type Challenge, type Consolidation } from "@zorgpact/domain/front-runner";
import type { GovernanceItemKey } from "@zorgpact/domain/governance";
import type { RegionalFunction } from "@zorgpact/domain/pact";
import type { PhaseNumber } from "@zorgpact/domain/phase";
import type { TaxonomyKind } from "@zorgpact/domain/taxonomy";
import {
  REPORT_FIRST_YEAR,
  yearCutOffs,
  yearsOf,
  type FollowUpCounts,
  type HonouredApplications,
  type FunctionCounts,
  type GovernanceCounts,
  type KopgroepCounts,
  type NationalReport,
  type PhaseCounts,
  type ReportCounts,
  type ReportingCount,
  reportingKinds,
  type ReportPeriod,
  type ReportTerm,
  type TermCount,
  type ThemeCounts,
  type VolgspotCounts,
} from "@zorgpact/domain/report";
import { sql, type Kysely, type RawBuilder } from "kysely";
import type { Database } from "../schema.ts";
import { barrierStatRows } from "./barrier.repository.ts";
import { nationalFigures, type NationalFigures } from "./rollup.repository.ts";

/**
 * The national report's counts, each aggregated in SQL (count, filter, group by) so the database
 * does the counting; the domain (report.ts) turns counts into figures. Every figure counts what
 * the public sees: published pacts in use, and of front-runners only admitted ones.
 */
type Executor = Kysely<Database>;

async function rows<T>(db: Executor, query: RawBuilder<T>): Promise<T[]> {
  return (await query.execute(db)).rows;
}

// ─── Who reports ───────────────────────────────────────────────────────────────────────────

/** Published pacts per kind, and how many have a result or effect in their chain (N of figures 9–14); from the rollup (migration 0020). */
export async function reportingCounts(db: Executor, rollup?: NationalFigures): Promise<ReportingCount[]> {
  const figures = rollup ?? (await nationalFigures(db));
  return reportingKinds
    .map((kind) => ({ kind, published: figures.count("report:published", kind), reported: figures.count("report:reported", kind) }))
    .filter((r) => r.published > 0);
}

// ─── Results and effects ───────────────────────────────────────────────────────────────────

/** Terms in use of two kinds (group and member), in the national team's order. */
async function terms(db: Executor, groupKind: TaxonomyKind, memberKind: TaxonomyKind) {
  const found = await db
    .selectFrom("taxonomyTerms")
    .select(["id", "kind", "label", "parentId"])
    .where("kind", "in", [groupKind, memberKind])
    .where("retiredAt", "is", null)
    .orderBy("sortOrder")
    .orderBy("label")
    .execute();
  return {
    groups: found.filter((t) => t.kind === groupKind).map(({ id, label }) => ({ id, label })),
    members: found.filter((t) => t.kind === memberKind).map(({ id, label, parentId }): ReportTerm => ({ id, label, parentId })),
  };
}

/** Per term, the distinct counted pacts of each kind with a node of this kind naming it; from the rollup (migration 0020). */
export async function termCounts(db: Executor, nodeKind: "result" | "effect", rollup?: NationalFigures): Promise<TermCount[]> {
  const figures = rollup ?? (await nationalFigures(db));
  return (["regional_pact", "front_runner"] as const).flatMap((kind) =>
    figures.entries(`report:${nodeKind}:${kind}`).map(([termId, count]) => ({ termId, kind, count })),
  );
}

// ─── Front-runner follow-up ────────────────────────────────────────────────────────────────

const countedFrontRunner = sql`p.kind = 'front_runner' and p.admission_status = 'admitted'
  and p.archived_at is null and p.publication_status = 'published'`;

/** Per answer of figure 6: counted front-runners that gave it; from the rollup (migration 0020). */
export async function adoptionAnswers(db: Executor, rollup?: NationalFigures): Promise<{ key: Adoption; count: number }[]> {
  const figures = rollup ?? (await nationalFigures(db, ["report:adoption"]));
  return adoptionOptions.map((o) => ({ key: o.key, count: figures.count("report:adoption", o.key) })).filter((a) => a.count > 0);
}

/** Per answer of a multiple-choice follow-up question: counted front-runners that gave it; from the rollup (migration 0022). */
function listAnswers<K extends string>(figures: NationalFigures, figure: "report:challenge" | "report:consolidation"): { key: K; count: number }[] {
  return figures.entries(figure).map(([key, count]) => ({ key: key as K, count }));
}

/** N (front-runners that answered) and how many of those answers are still the demo seed's, per question; from the rollup (migration 0022). */
function followUpTotals(figures: NationalFigures) {
  const question = (key: "adoption" | "challenges" | "consolidation") => ({
    answered: figures.count("report:follow-up", key),
    demo: figures.count("report:follow-up", `${key}-demo`),
  });
  return { adoption: question("adoption"), challenges: question("challenges"), consolidation: question("consolidation") };
}

export async function followUpCounts(
  db: Executor,
  rollup?: NationalFigures,
): Promise<{
  adoption: FollowUpCounts<Adoption>;
  challenges: FollowUpCounts<Challenge>;
  consolidation: FollowUpCounts<Consolidation>;
}> {
  const figures = rollup ?? (await nationalFigures(db));
  const totals = followUpTotals(figures);
  return {
    adoption: { ...totals.adoption, answers: await adoptionAnswers(db, figures) },
    challenges: { ...totals.challenges, answers: listAnswers<Challenge>(figures, "report:challenge") },
    consolidation: { ...totals.consolidation, answers: listAnswers<Consolidation>(figures, "report:consolidation") },
  };
}

// ─── Regional pacts ────────────────────────────────────────────────────────────────────────

/** Figure 15 from the rollup (migration 0022): counted regional pacts, per function and per combination. */
export async function functionCounts(db: Executor, rollup?: NationalFigures): Promise<FunctionCounts> {
  const figures = rollup ?? (await nationalFigures(db));
  return {
    regionalPacts: figures.count("report:published", "regional_pact"),
    perFunction: figures.entries("report:function").map(([key, count]) => ({ key: key as RegionalFunction, count })),
    combinations: figures
      .entries("report:function-set")
      .map(([key, count]) => ({ functions: key === "" ? [] : (key.split(",") as RegionalFunction[]), count })),
  };
}

/** Figure 16 from the rollup (migration 0022): regional pacts that answered, and per item yes now and in five years. */
export async function governanceCounts(db: Executor, rollup?: NationalFigures): Promise<GovernanceCounts> {
  const figures = rollup ?? (await nationalFigures(db));
  return {
    answered: figures.count("report:governance-answered", ""),
    items: figures.entries("report:governance-now").map(([key, now]) => ({
      key: key as GovernanceItemKey,
      now,
      inFiveYears: figures.count("report:governance-later", key),
    })),
  };
}

/** Themes per counted pact and counted pacts per theme, from the rollup (migration 0020); only the term list is read. */
export async function themeCounts(db: Executor, rollup?: NationalFigures): Promise<ThemeCounts> {
  const figures = rollup ?? (await nationalFigures(db));
  const themes = await db
    .selectFrom("taxonomyTerms")
    .select(["id", "label"])
    .where("kind", "=", "theme")
    .where("retiredAt", "is", null)
    .orderBy("sortOrder")
    .orderBy("label")
    .execute();
  const kinds = ["regional_pact", "front_runner"] as const;
  return {
    published: { regional_pact: figures.count("report:published", "regional_pact"), front_runner: figures.count("report:published", "front_runner") },
    perPact: kinds.flatMap((kind) => figures.entries(`report:themes-per-pact:${kind}`).map(([themes, pacts]) => ({ kind, themes: Number(themes), pacts }))),
    coverage: themes.map((t) => ({
      themeId: t.id,
      label: t.label,
      regionalPacts: figures.count("report:theme:regional_pact", t.id),
      frontRunners: figures.count("report:theme:front_runner", t.id),
    })),
  };
}

const countedRegional = sql`p.kind = 'regional_pact' and p.archived_at is null and p.publication_status = 'published'`;

// ─── Over time ─────────────────────────────────────────────────────────────────────────────

/**
 * Per year up to the period's end: the phase each counted regional pact was in at the year's end
 * (or at the period's end in its last year), from the latest phase change on or before it. Year
 * ends come from the rollup (migration 0020); a cut-off that is not a year's end, or a year the
 * rollup does not hold yet, is counted live (one lateral read per pact for that year only).
 */
export async function phaseCounts(db: Executor, period: ReportPeriod, rollup?: NationalFigures): Promise<PhaseCounts> {
  const figures = rollup ?? (await nationalFigures(db));
  const rolledYears = new Set(figures.entries("report:phase-year").map(([year]) => Number(year)));
  const firstRolled = rolledYears.size > 0 ? Math.min(...rolledYears) : REPORT_FIRST_YEAR;
  const cutOffs = yearCutOffs(Math.max(REPORT_FIRST_YEAR, firstRolled), period);
  const counts: { year: number; phase: PhaseNumber; count: number }[] = [];
  const live: typeof cutOffs = [];
  for (const c of cutOffs) {
    if (c.cutOff !== `${c.year}-12-31` || !rolledYears.has(c.year)) live.push(c);
    else for (const [phase, count] of figures.entries(`report:phase:${c.year}`)) counts.push({ year: c.year, phase: Number(phase) as PhaseNumber, count });
  }
  if (live.length > 0) {
    const found = await rows(
      db,
      sql<{ year: number; phase: PhaseNumber; count: number }>`
        select y.year, h.phase, count(*)::int as count
        from (values ${sql.join(live.map((c) => sql`(${c.year}::int, ${c.cutOff}::date)`))}) as y(year, cut_off)
        cross join pacts p
        cross join lateral (
          select ph.phase from phase_history ph
          where ph.pact_id = p.id and ph.changed_on <= y.cut_off
          order by ph.changed_on desc, ph.created_at desc
          limit 1
        ) h
        where ${countedRegional}
        group by y.year, h.phase`,
    );
    for (const r of found) counts.push({ year: Number(r.year), phase: Number(r.phase) as PhaseNumber, count: Number(r.count) });
  }
  counts.sort((a, b) => a.year - b.year || a.phase - b.phase);
  return { cutOffs, counts };
}

/**
 * Counted front-runners admitted by each year's end (by the review's decision, or the period's end
 * in its last year), the total and those without a decision date: sums over the decision dates
 * the rollup holds (migration 0022).
 */
export async function kopgroepCounts(db: Executor, period: ReportPeriod, rollup?: NationalFigures): Promise<KopgroepCounts> {
  const figures = rollup ?? (await nationalFigures(db));
  const cutOffs = yearCutOffs(REPORT_FIRST_YEAR, period);
  const decided = figures.entries("report:admitted-on");
  const admittedBy = (cutOff: string) => decided.reduce((sum, [date, count]) => (date !== "" && date <= cutOff ? sum + count : sum), 0);
  const years: number[] = [];
  for (let year = cutOffs[0]!.year; year <= cutOffs.at(-1)!.year; year++) years.push(year);
  const yearEnd = (year: number) => {
    const end = `${year}-12-31`;
    return end < period.to ? end : period.to;
  };
  const total = figures.count("report:published", "front_runner");
  return {
    cutOffs,
    // No counted front-runner: no years either, as counting them row by row gives.
    admitted: total === 0 ? [] : years.map((year) => ({ year, count: admittedBy(yearEnd(year)) })),
    total,
    undated: figures.count("report:admitted-on", ""),
  };
}

/** Published regional pacts holding an accepted Volgspot for each year of the period (the Volgspot's own count). */
export async function volgspotCounts(db: Executor, period: ReportPeriod, rollup?: NationalFigures): Promise<VolgspotCounts> {
  // From the rollup (migration 0020): counted the way `regionalPacts(db, true)` and `countHeld` count.
  const figures = rollup ?? (await nationalFigures(db));
  return {
    regionalPacts: figures.count("report:published", "regional_pact"),
    held: yearsOf(period).map((year) => ({ year, count: figures.count("report:volgspot-held", String(year)) })),
  };
}

/**
 * Barriers treated (answered) in the period, by outcome: the register's own rows and its own
 * definition of the figures (`barrierStats`), narrowed to the period.
 */
export async function barrierCounts(db: Executor, period: ReportPeriod): Promise<Pick<BarrierStats, "total" | "byOutcome">> {
  const rows = (await barrierStatRows(db)).filter((b) => b.answeredOn !== null && b.answeredOn >= period.from && b.answeredOn <= period.to);
  const { total, byOutcome } = barrierStats(rows);
  return { total, byOutcome };
}

/** Honoured applications of counted (published) pacts per regulation, applied for in the period. */
export async function honouredApplications(db: Executor, period: ReportPeriod): Promise<HonouredApplications[]> {
  const found = await rows(
    db,
    sql<{ regulation: string; count: number }>`
      select r.name as regulation, count(*)::int as count
      from regulation_applications a
      join regulations r on r.id = a.regulation_id
      join pacts p on p.id = a.pact_id
      where a.status = 'honoured' and a.applied_on between ${period.from}::date and ${period.to}::date
        and p.archived_at is null and p.publication_status = 'published'
      group by r.id, r.name
      order by r.name`,
  );
  return found.map((r) => ({ regulation: r.regulation, count: Number(r.count) }));
}

// ─── Everything for one report ─────────────────────────────────────────────────────────────

/** Every count of the report. Run on one transaction (or snapshot) for a consistent picture. */
export async function reportCounts(db: Executor, period: ReportPeriod): Promise<ReportCounts> {
  // One after the other: on PGlite a transaction has a single connection anyway. The rollup is
  // read once and shared by every figure that comes from it.
  const rollup = await nationalFigures(db);
  const reporting = await reportingCounts(db, rollup);
  const results = await terms(db, "result_domain", "result_area");
  const effects = await terms(db, "target_group", "effect_category");
  const resultCounts = await termCounts(db, "result", rollup);
  const effectCounts = await termCounts(db, "effect", rollup);
  const followUp = await followUpCounts(db, rollup);
  const functions = await functionCounts(db, rollup);
  const governance = await governanceCounts(db, rollup);
  const themes = await themeCounts(db, rollup);
  const phases = await phaseCounts(db, period, rollup);
  const kopgroep = await kopgroepCounts(db, period, rollup);
  const volgspots = await volgspotCounts(db, period, rollup);
  const barriers = await barrierCounts(db, period);
  const regulations = await honouredApplications(db, period);
  return {
    reporting,
    resultGroups: results.groups,
    resultAreas: results.members,
    resultCounts,
    targetGroups: effects.groups,
    effectCategories: effects.members,
    effectCounts,
    ...followUp,
    functions,
    governance,
    themes,
    phases,
    kopgroep,
    volgspots,
    barriers,
    regulations,
  };
}

// ─── Demo data ─────────────────────────────────────────────────────────────────────────────

export async function isDemoEnvironment(db: Executor): Promise<boolean> {
  const row = await db.selectFrom("demoEnvironment").select("id").executeTakeFirst();
  return row !== undefined;
}

export type DemoFollowUpField = "adoption" | "challenges" | "consolidationAgreements";

/** Published front-runners whose follow-up answers are (partly) still the demo seed's, and which. */
export async function demoFollowUp(db: Executor): Promise<{ pactId: string; fields: DemoFollowUpField[] }[]> {
  const found = await rows(
    db,
    sql<{ pactid: string; adoption: boolean; challenges: boolean; consolidation: boolean }>`
      select p.id as pactid,
        (p.adoption is not null and d.adoption = p.adoption) as adoption,
        (cardinality(p.challenges) > 0 and d.challenges = p.challenges) as challenges,
        (cardinality(p.consolidation_agreements) > 0 and d.consolidation_agreements = p.consolidation_agreements) as consolidation
      from pacts p join demo_follow_up d on d.pact_id = p.id
      where ${countedFrontRunner}
      order by p.id`,
  );
  return found
    .map((r) => ({
      pactId: r.pactid,
      fields: [r.adoption ? "adoption" : null, r.challenges ? "challenges" : null, r.consolidation ? "consolidationAgreements" : null].filter(
        (f): f is DemoFollowUpField => f !== null,
      ),
    }))
    .filter((r) => r.fields.length > 0);
}

/** Marks the database as holding the demo seed, with the front-runners' invented follow-up answers. */
export async function markDemoData(
  db: Executor,
  followUp: readonly { pactId: string; adoption: string | null; challenges: readonly string[]; consolidationAgreements: readonly string[] }[],
): Promise<void> {
  await db
    .insertInto("demoEnvironment")
    .defaultValues()
    .onConflict((oc) => oc.doNothing())
    .execute();
  if (followUp.length === 0) return;
  await db
    .insertInto("demoFollowUp")
    .values(
      followUp.map((f) => ({ pactId: f.pactId, adoption: f.adoption, challenges: [...f.challenges], consolidationAgreements: [...f.consolidationAgreements] })),
    )
    .onConflict((oc) => oc.column("pactId").doNothing())
    .execute();
}

// ─── Published snapshots ───────────────────────────────────────────────────────────────────

export interface StoredSnapshot {
  id: string;
  periodFrom: string;
  periodTo: string;
  year: number | null;
  version: number;
  title: string;
  publishedAt: string;
  publishedByName: string | null;
}

const summaryColumns = ["id", "periodFrom", "periodTo", "year", "version", "title", "publishedAt", "publishedByName"] as const;

export async function listSnapshots(db: Executor): Promise<StoredSnapshot[]> {
  return db.selectFrom("reportSnapshots").select(summaryColumns).orderBy("periodTo", "desc").orderBy("version", "desc").execute();
}

export async function findSnapshot(db: Executor, id: string): Promise<(StoredSnapshot & { figures: NationalReport }) | undefined> {
  return db
    .selectFrom("reportSnapshots")
    .select([...summaryColumns, "figures"])
    .where("id", "=", id)
    .executeTakeFirst();
}

/** The next edition number of a period's report. */
export async function nextSnapshotVersion(db: Executor, period: ReportPeriod): Promise<number> {
  const row = await db
    .selectFrom("reportSnapshots")
    .select((eb) => eb.fn.max("version").as("latest"))
    .where("periodFrom", "=", period.from)
    .where("periodTo", "=", period.to)
    .executeTakeFirst();
  return Number(row?.latest ?? 0) + 1;
}

export async function insertSnapshot(
  db: Executor,
  snapshot: { period: ReportPeriod; year: number | null; version: number; report: NationalReport; publishedBy: string | null; publishedByName: string | null },
): Promise<StoredSnapshot> {
  return db
    .insertInto("reportSnapshots")
    .values({
      periodFrom: snapshot.period.from,
      periodTo: snapshot.period.to,
      year: snapshot.year,
      version: snapshot.version,
      title: snapshot.report.title,
      figures: JSON.stringify(snapshot.report),
      publishedBy: snapshot.publishedBy,
      publishedByName: snapshot.publishedByName,
    })
    .returning(summaryColumns)
    .executeTakeFirstOrThrow();
}
