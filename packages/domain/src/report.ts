import { z } from "zod";
import { barrierOutcomes, LETTER_FIGURES, type BarrierOutcome, type BarrierStats } from "./barrier.ts";
import { idSchema, integer, isoDateSchema } from "./common.ts";
import { adoptionOptions, challengeOptions, consolidationOptions, type Adoption, type Challenge, type Consolidation } from "./front-runner.ts";
import { governanceItems, type GovernanceItemKey } from "./governance.ts";
import { share } from "./insight.ts";
import { regionalFunctions, type RegionalFunction } from "./pact.ts";
import { phases, type PhaseNumber } from "./phase.ts";

/**
 * The national report (issue 12): the figures of the 2018 publication (seed 002, figures 6–17),
 * computed from what the pacts enter instead of from a survey, plus the figures of the national
 * team's own cycle. The database counts (report.repository.ts aggregates in SQL); this module
 * turns those counts into figures: rows in the publication's order with their labels, shares of
 * N, and the Dutch explanation of what is counted. A figure is plain data, so a published report
 * can be frozen as it is (jsonb) and read back unchanged.
 */

// ─── The period ────────────────────────────────────────────────────────────────────────────

export const REPORT_FIRST_YEAR = 2015;
export const REPORT_LAST_YEAR = 2100;

export const reportYearSchema = integer({ min: REPORT_FIRST_YEAR, max: REPORT_LAST_YEAR, message: "Kies een jaartal." });

/** A period of whole days, both ends included. */
export const reportPeriodSchema = z.object({ from: isoDateSchema, to: isoDateSchema }).superRefine((period, ctx) => {
  const inRange = (date: string) => {
    const year = Number(date.slice(0, 4));
    return year >= REPORT_FIRST_YEAR && year <= REPORT_LAST_YEAR;
  };
  if (!inRange(period.from)) ctx.addIssue({ code: "custom", path: ["from"], message: `Kies een begindatum vanaf ${REPORT_FIRST_YEAR}.` });
  if (!inRange(period.to)) ctx.addIssue({ code: "custom", path: ["to"], message: `Kies een einddatum tussen ${REPORT_FIRST_YEAR} en ${REPORT_LAST_YEAR}.` });
  if (period.to < period.from) ctx.addIssue({ code: "custom", path: ["to"], message: "De einddatum ligt vóór de begindatum." });
});
export type ReportPeriod = z.infer<typeof reportPeriodSchema>;

export function yearPeriod(year: number): ReportPeriod {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The calendar year a period covers exactly, or null for any other period. */
export function calendarYearOf(period: ReportPeriod): number | null {
  const year = Number(period.from.slice(0, 4));
  return period.from === `${year}-01-01` && period.to === `${year}-12-31` ? year : null;
}

/** The years a period touches, first to last. */
export function yearsOf(period: ReportPeriod): number[] {
  const first = Number(period.from.slice(0, 4));
  const last = Number(period.to.slice(0, 4));
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** `2017-06-30` → "30-06-2017": the report's own short date, so stored titles need no locale. */
export function dutchDate(isoDate: string): string {
  const [year, month, day] = isoDate.split("-");
  return `${day}-${month}-${year}`;
}

export function reportTitle(period: ReportPeriod): string {
  const year = calendarYearOf(period);
  return year === null
    ? `Landelijke rapportage Zorgpact ${dutchDate(period.from)} tot en met ${dutchDate(period.to)}`
    : `Landelijke rapportage Zorgpact ${year}`;
}

// ─── What a figure is ──────────────────────────────────────────────────────────────────────

export const figureCellSchema = z.object({
  count: z.number().int().min(0),
  /** count / N, between 0 and 1; null when there is no N (a plain count) or N is 0. */
  share: z.number().min(0).max(1).nullable(),
});
export type FigureCell = z.infer<typeof figureCellSchema>;

export const figureColumnSchema = z.object({
  key: z.string(),
  label: z.string(),
  /** The N of every cell in this column; null when each row has its own N, or for plain counts. */
  n: z.number().int().min(0).nullable(),
});
export type FigureColumn = z.infer<typeof figureColumnSchema>;

export const figureRowSchema = z.object({
  key: z.string(),
  label: z.string(),
  /** Rows under a subheading (e.g. "Per combinatie"); null for none. */
  group: z.string().nullable(),
  /** The N of this row's cells when it differs per row (phases per year). */
  n: z.number().int().min(0).nullable(),
  /** Where a figure from outside the platform comes from (a seed document). */
  source: z.string().nullable(),
  cells: z.array(figureCellSchema),
});
export type FigureRow = z.infer<typeof figureRowSchema>;

/** "moment": the state when the report was taken; "period": what happened within the period. */
export const timeBases = ["moment", "period"] as const;

export const reportFigureSchema = z.object({
  key: z.string(),
  /** The figure's number in the 2018 publication, if it has one. */
  publicationNumber: z.number().int().nullable(),
  title: z.string(),
  /** What is counted and what N is, in a few Dutch sentences. */
  explanation: z.string(),
  timeBasis: z.enum(timeBases),
  /** false: plain counts (no N, no shares), e.g. the size of the Kopgroep. */
  shares: z.boolean(),
  columns: z.array(figureColumnSchema),
  rows: z.array(figureRowSchema),
  /** Remarks that belong with the figure: averages, how many answers are demo data. */
  notes: z.array(z.string()),
});
export type ReportFigure = z.infer<typeof reportFigureSchema>;

export const nationalReportSchema = z.object({
  title: z.string(),
  period: z.object({ from: z.string(), to: z.string() }),
  /** When the figures were counted (ISO timestamp). */
  takenAt: z.string(),
  /** The demo seed was loaded: the figures are computed from demo data. */
  demoData: z.boolean(),
  figures: z.array(reportFigureSchema),
});
export type NationalReport = z.infer<typeof nationalReportSchema>;

/** The N of a cell: its row's when the row has one, else its column's. */
export function cellN(figure: Pick<ReportFigure, "columns">, row: Pick<FigureRow, "n">, columnIndex: number): number | null {
  return row.n ?? figure.columns[columnIndex]?.n ?? null;
}

function cell(count: number, n: number | null): FigureCell {
  return n === null ? { count, share: null } : share(count, n);
}

interface RowInput {
  key: string;
  label: string;
  counts: readonly number[];
  group?: string | null;
  n?: number | null;
  source?: string | null;
}

function rowsOf(columns: readonly FigureColumn[], inputs: readonly RowInput[]): FigureRow[] {
  return inputs.map((input) => {
    const n = input.n ?? null;
    return {
      key: input.key,
      label: input.label,
      group: input.group ?? null,
      n,
      source: input.source ?? null,
      cells: input.counts.map((count, i) => cell(count, n ?? columns[i]?.n ?? null)),
    };
  });
}

const countOf = <K extends string>(list: readonly { key: K; count: number }[], key: K) => list.find((item) => item.key === key)?.count ?? 0;

// ─── Who reports (N) ───────────────────────────────────────────────────────────────────────

export const reportingKinds = ["regional_pact", "front_runner"] as const;
export type ReportingKind = (typeof reportingKinds)[number];

const kindPlural: Record<ReportingKind, string> = { regional_pact: "Regionale Zorgpacten", front_runner: "Koplopers" };

export interface ReportingCount {
  kind: ReportingKind;
  /** Published pacts of the kind (front-runners: admitted ones). */
  published: number;
  /** Of those, the ones whose effect chain holds at least one result or effect. */
  reported: number;
}

/** N of figures 9–14, per kind. */
export function reportedN(counts: readonly ReportingCount[]): Record<ReportingKind, number> {
  return {
    regional_pact: counts.find((c) => c.kind === "regional_pact")?.reported ?? 0,
    front_runner: counts.find((c) => c.kind === "front_runner")?.reported ?? 0,
  };
}

export function reportingFigure(counts: readonly ReportingCount[]): ReportFigure {
  const columns: FigureColumn[] = [
    { key: "published", label: "Gepubliceerd", n: null },
    { key: "reported", label: "Met een effectketen (gerapporteerd)", n: null },
  ];
  return {
    key: "reporting",
    publicationNumber: null,
    title: "Wie telt mee",
    explanation:
      "De figuren over resultaten en effecten tellen alleen de zorgpacten die hebben gerapporteerd: gepubliceerde regionale Zorgpacten en koplopers met een effectketen waarin ten minste één resultaat of effect staat. Hun aantal is de N van die figuren. Een gepubliceerd zorgpact zonder resultaten of effecten in zijn effectketen telt daar niet mee. Het aandeel is het deel van de gepubliceerde zorgpacten dat heeft gerapporteerd.",
    timeBasis: "moment",
    shares: true,
    columns,
    rows: reportingKinds.map((kind) => {
      const c = counts.find((x) => x.kind === kind) ?? { published: 0, reported: 0 };
      return { key: kind, label: kindPlural[kind], group: null, n: c.published, source: null, cells: [cell(c.published, null), cell(c.reported, c.published)] };
    }),
    notes: [],
  };
}

// ─── Front-runner follow-up (figures 6–8) ──────────────────────────────────────────────────

export interface FollowUpCounts<K extends string> {
  /** Front-runners that answered this question: N. */
  answered: number;
  /** Of those, how many answers are demo data (entered by the demo seed and not changed since). */
  demo: number;
  answers: readonly { key: K; count: number }[];
}

function demoNote(demo: number, answered: number): string[] {
  if (demo === 0) return [];
  return [`Demodata: ${demo} van de ${answered} antwoorden zijn verzonnen voor de demonstratie, niet door koplopers gegeven.`];
}

function followUpFigure<K extends string>(
  spec: { key: string; number: number; title: string; explanation: string; options: readonly { key: K; label: string }[] },
  counts: FollowUpCounts<K>,
): ReportFigure {
  const columns: FigureColumn[] = [{ key: "front_runners", label: "Koplopers", n: counts.answered }];
  return {
    key: spec.key,
    publicationNumber: spec.number,
    title: spec.title,
    explanation: spec.explanation,
    timeBasis: "moment",
    shares: true,
    columns,
    rows: rowsOf(
      columns,
      spec.options.map((o) => ({ key: o.key, label: o.label, counts: [countOf(counts.answers, o.key)] })),
    ),
    notes: demoNote(counts.demo, counts.answered),
  };
}

const OVER_ANSWERED = "Koplopers zonder antwoord tellen niet mee.";

export function adoptionFigure(counts: FollowUpCounts<Adoption>): ReportFigure {
  return followUpFigure(
    {
      key: "adoption",
      number: 6,
      title: "Is het concept van het koplopersinitiatief overgenomen door derden?",
      explanation: `Per antwoord het aantal toegelaten, gepubliceerde koplopers en hun aandeel. N is het aantal koplopers dat deze vraag heeft beantwoord. ${OVER_ANSWERED}`,
      options: adoptionOptions,
    },
    counts,
  );
}

export function challengesFigure(counts: FollowUpCounts<Challenge>): ReportFigure {
  return followUpFigure(
    {
      key: "challenges",
      number: 7,
      title: "Welke uitdagingen ervaren koplopers binnen hun samenwerking?",
      explanation: `Per uitdaging het aantal koplopers dat haar noemt en hun aandeel. Een koploper kan meer uitdagingen noemen, dus de aandelen tellen niet op tot 100%. N is het aantal koplopers dat ten minste één uitdaging heeft opgegeven. ${OVER_ANSWERED}`,
      options: challengeOptions,
    },
    counts,
  );
}

export function consolidationFigure(counts: FollowUpCounts<Consolidation>): ReportFigure {
  return followUpFigure(
    {
      key: "consolidation",
      number: 8,
      title: "Welke afspraken zijn er gemaakt over het bestendigen van de effecten en resultaten van het initiatief?",
      explanation: `Per soort afspraak het aantal koplopers en hun aandeel; meer afspraken per koploper zijn mogelijk. N is het aantal koplopers dat deze vraag heeft beantwoord, ook met 'Geen afspraken'. ${OVER_ANSWERED}`,
      options: consolidationOptions,
    },
    counts,
  );
}

// ─── Results and effects (figures 9–10 and 12–14) ─────────────────────────────────────────

export interface ReportTerm {
  id: string;
  label: string;
  parentId: string | null;
}

/** Distinct pacts of a kind that name a term in their effect chain. */
export interface TermCount {
  termId: string;
  kind: ReportingKind;
  count: number;
}

/** The publication's numbers and questions for the seeded groups; other groups get a plain title. */
const publicationGroups: Record<string, { number: number; title: string }> = {
  Onderwijs: { number: 9, title: "Welke resultaten levert de samenwerking op als het gaat om scholing en onderwijs?" },
  "Toekomst van de sector": { number: 10, title: "Welke resultaten levert de samenwerking op als het gaat om de toekomst van de sector?" },
  Studenten: { number: 12, title: "Welke effecten beoogt de samenwerking te hebben op studenten?" },
  Zorggebruikers: { number: 13, title: "Welke effecten beoogt de samenwerking te hebben op zorggebruikers?" },
  Zorgmedewerkers: { number: 14, title: "Welke effecten beoogt de samenwerking te hebben op zorgmedewerkers?" },
};

function nColumns(n: Record<ReportingKind, number>): FigureColumn[] {
  return [
    { key: "regional_pact", label: "Regionale Zorgpacten", n: n.regional_pact },
    { key: "front_runner", label: "Koplopers", n: n.front_runner },
  ];
}

/**
 * One figure per result domain (or target group), rows per result area (or effect category) in
 * the order given; terms without a known parent make a last figure "Overige …".
 */
export function termFigures(
  what: "results" | "effects",
  groups: readonly Omit<ReportTerm, "parentId">[],
  terms: readonly ReportTerm[],
  counts: readonly TermCount[],
  n: Record<ReportingKind, number>,
): ReportFigure[] {
  const columns = nColumns(n);
  const countFor = (termId: string, kind: ReportingKind) => counts.find((c) => c.termId === termId && c.kind === kind)?.count ?? 0;
  const known = new Set(groups.map((g) => g.id));
  const explanation =
    what === "results"
      ? "Per resultaatgebied het aantal regionale Zorgpacten en koplopers met ten minste één resultaat in dat gebied in hun effectketen, en hun aandeel. Een zorgpact kan meer resultaatgebieden noemen. N is het aantal dat heeft gerapporteerd (zie 'Wie telt mee'), niet het aantal gepubliceerde zorgpacten."
      : "Per effectcategorie het aantal regionale Zorgpacten en koplopers met ten minste één beoogd effect in die categorie in hun effectketen, en hun aandeel. Een zorgpact kan meer effecten noemen. N is het aantal dat heeft gerapporteerd (zie 'Wie telt mee'), niet het aantal gepubliceerde zorgpacten.";
  const sets: { key: string; label: string; group: Omit<ReportTerm, "parentId"> | null; terms: ReportTerm[] }[] = groups.map((group) => ({
    key: group.id,
    label: group.label,
    group,
    terms: terms.filter((t) => t.parentId === group.id),
  }));
  sets.push({ key: "other", label: "", group: null, terms: terms.filter((t) => t.parentId === null || !known.has(t.parentId)) });

  return sets
    .filter((set) => set.terms.length > 0)
    .map((set) => {
      const publication = set.group ? publicationGroups[set.group.label] : undefined;
      const title =
        publication?.title ??
        (set.group === null
          ? what === "results"
            ? "Overige resultaatgebieden"
            : "Overige effectcategorieën"
          : what === "results"
            ? `Welke resultaten levert de samenwerking op: ${set.group.label.toLowerCase()}?`
            : `Welke effecten beoogt de samenwerking te hebben op ${set.group.label.toLowerCase()}?`);
      return {
        key: `${what}:${set.key}`,
        publicationNumber: publication?.number ?? null,
        title,
        explanation,
        timeBasis: "moment" as const,
        shares: true,
        columns,
        rows: rowsOf(
          columns,
          set.terms.map((t) => ({ key: t.id, label: t.label, counts: [countFor(t.id, "regional_pact"), countFor(t.id, "front_runner")] })),
        ),
        notes: [],
      };
    });
}

// ─── Regional pacts: functions (15), governance (16), themes (17) ─────────────────────────

/** The functions' names as figure 15 shows them (the apps have the same in their labels). */
export const regionalFunctionNames: Record<RegionalFunction, string> = {
  platform: "Platform",
  podium: "Podium",
  project_lead: "Projecttrekker",
};

export interface FunctionCounts {
  /** Published regional pacts: N. */
  regionalPacts: number;
  perFunction: readonly { key: RegionalFunction; count: number }[];
  /** Per combination of functions (sorted keys; empty: none recorded). */
  combinations: readonly { functions: readonly RegionalFunction[]; count: number }[];
}

/** Every combination of the three functions, in figure 15's order: singles, pairs, all three, none. */
export function functionCombinations(): RegionalFunction[][] {
  const all: RegionalFunction[][] = [];
  for (let size = 1; size <= regionalFunctions.length; size++) {
    const pick = (start: number, chosen: RegionalFunction[]) => {
      if (chosen.length === size) {
        all.push(chosen);
        return;
      }
      for (let i = start; i < regionalFunctions.length; i++) pick(i + 1, [...chosen, regionalFunctions[i]!]);
    };
    pick(0, []);
  }
  all.push([]);
  return all;
}

function combinationLabel(functions: readonly RegionalFunction[]): string {
  if (functions.length === 0) return "Geen functie vastgelegd";
  const names = functions.map((f) => regionalFunctionNames[f].toLowerCase());
  if (names.length === 1) return `Alleen ${names[0]}`;
  const sentence = `${names.slice(0, -1).join(", ")} en ${names.at(-1)}`;
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

export function functionsFigure(counts: FunctionCounts): ReportFigure {
  const columns: FigureColumn[] = [{ key: "regional_pact", label: "Regionale Zorgpacten", n: counts.regionalPacts }];
  const perFunction = "Per functie";
  const perCombination = "Per combinatie";
  return {
    key: "functions",
    publicationNumber: 15,
    title: "Functies van regionale Zorgpacten",
    explanation:
      "Het aantal gepubliceerde regionale Zorgpacten dat een functie vervult: platform (regionale uitwisseling organiseren), podium (voor vernieuwende initiatieven in de regio) of projecttrekker (gezamenlijke projecten coördineren). Een pact kan meer functies hebben; daaronder staat elke combinatie één keer. N is het aantal gepubliceerde regionale Zorgpacten.",
    timeBasis: "moment",
    shares: true,
    columns,
    rows: rowsOf(columns, [
      ...regionalFunctions.map((f) => ({ key: f, label: regionalFunctionNames[f], group: perFunction, counts: [countOf(counts.perFunction, f)] })),
      ...functionCombinations().map((combo) => ({
        key: `combination:${combo.length === 0 ? "none" : combo.join("+")}`,
        label: combinationLabel(combo),
        group: perCombination,
        counts: [counts.combinations.filter((c) => sameSet(c.functions, combo)).reduce((sum, c) => sum + c.count, 0)],
      })),
    ]),
    notes: [],
  };
}

export interface GovernanceCounts {
  /** Published regional pacts that marked any item, now or in five years: N. */
  answered: number;
  items: readonly { key: GovernanceItemKey; now: number; inFiveYears: number }[];
}

export function governanceFigure(counts: GovernanceCounts): ReportFigure {
  const columns: FigureColumn[] = [
    { key: "now", label: "Nu", n: counts.answered },
    { key: "in_five_years", label: "Over 5 jaar", n: counts.answered },
  ];
  return {
    key: "governance",
    publicationNumber: 16,
    title: "Waaruit bestaat de bestuurlijke samenwerking in de regio, nu en over vijf jaar?",
    explanation:
      "Per onderdeel het aantal gepubliceerde regionale Zorgpacten dat het nu heeft, en dat het over vijf jaar verwacht, met hun aandeel. N is het aantal regionale Zorgpacten dat hun bestuurlijke samenwerking heeft ingevuld; pacten zonder antwoord tellen niet mee.",
    timeBasis: "moment",
    shares: true,
    columns,
    rows: rowsOf(
      columns,
      governanceItems.map((item) => {
        const c = counts.items.find((i) => i.key === item.key);
        return { key: item.key, label: item.label, counts: [c?.now ?? 0, c?.inFiveYears ?? 0] };
      }),
    ),
    notes: [],
  };
}

export interface ThemeCounts {
  /** Published regional pacts and front-runners: N per kind. */
  published: Record<ReportingKind, number>;
  /** How many pacts of a kind have this many (current) themes. */
  perPact: readonly { kind: ReportingKind; themes: number; pacts: number }[];
  /** Per current theme, in its order: how many pacts of each kind have it. */
  coverage: readonly { themeId: string; label: string; regionalPacts: number; frontRunners: number }[];
}

/** Rows of figure 17: no theme, 1, 2, 3, and "4 or more". */
const THEME_BUCKETS = [0, 1, 2, 3, 4] as const;
const bucketOf = (themes: number) => Math.min(themes, 4);
const bucketLabel = (bucket: number) =>
  bucket === 0 ? "Geen thema vastgelegd" : bucket === 4 ? "4 of meer thema's" : bucket === 1 ? "1 thema" : `${bucket} thema's`;

/** Average number of themes per pact of a kind, or null without pacts. */
export function averageThemes(perPact: ThemeCounts["perPact"], kind: ReportingKind): number | null {
  const rows = perPact.filter((r) => r.kind === kind);
  const pacts = rows.reduce((sum, r) => sum + r.pacts, 0);
  return pacts === 0 ? null : rows.reduce((sum, r) => sum + r.themes * r.pacts, 0) / pacts;
}

const oneDecimal = (value: number) => (Math.round(value * 10) / 10).toFixed(1).replace(".", ",");

export function themesPerPactFigure(counts: ThemeCounts): ReportFigure {
  const columns = nColumns(counts.published);
  const inBucket = (kind: ReportingKind, bucket: number) =>
    counts.perPact.filter((r) => r.kind === kind && bucketOf(r.themes) === bucket).reduce((sum, r) => sum + r.pacts, 0);
  const regional = averageThemes(counts.perPact, "regional_pact");
  const frontRunner = averageThemes(counts.perPact, "front_runner");
  const notes =
    regional === null && frontRunner === null
      ? []
      : [
          `Gemiddeld aantal thema's: ${regional === null ? "geen regionale Zorgpacten" : `${oneDecimal(regional)} per regionaal Zorgpact`}, ${frontRunner === null ? "geen koplopers" : `${oneDecimal(frontRunner)} per koploper`}.`,
        ];
  return {
    key: "themes-per-pact",
    publicationNumber: 17,
    title: "Zorgpacten omvatten over het algemeen meer thema's dan koplopers",
    explanation:
      "Hoeveel thema's gepubliceerde regionale Zorgpacten en koplopers hebben: per aantal thema's het aantal pacten en hun aandeel. N is het aantal gepubliceerde regionale Zorgpacten en het aantal gepubliceerde koplopers.",
    timeBasis: "moment",
    shares: true,
    columns,
    rows: rowsOf(
      columns,
      THEME_BUCKETS.map((bucket) => ({
        key: String(bucket),
        label: bucketLabel(bucket),
        counts: [inBucket("regional_pact", bucket), inBucket("front_runner", bucket)],
      })),
    ),
    notes,
  };
}

export function themeCoverageFigure(counts: ThemeCounts): ReportFigure {
  const columns = nColumns(counts.published);
  return {
    key: "theme-coverage",
    publicationNumber: null,
    title: "Thema's van regionale Zorgpacten en koplopers",
    explanation:
      "Per thema het aantal gepubliceerde regionale Zorgpacten en koplopers dat eraan werkt, en hun aandeel. Een pact kan meer thema's hebben. N is het aantal gepubliceerde regionale Zorgpacten en het aantal gepubliceerde koplopers.",
    timeBasis: "moment",
    shares: true,
    columns,
    rows: rowsOf(
      columns,
      counts.coverage.map((t) => ({ key: t.themeId, label: t.label, counts: [t.regionalPacts, t.frontRunners] })),
    ),
    notes: [],
  };
}

// ─── Over time: phases and the Kopgroep ────────────────────────────────────────────────────

/** The moment a yearly figure counts at: the end of the year, or the period's end in its last year. */
export interface YearCutOff {
  year: number;
  /** YYYY-MM-DD. */
  cutOff: string;
}

export function yearCutOffs(firstYear: number, period: ReportPeriod): YearCutOff[] {
  const lastYear = Number(period.to.slice(0, 4));
  const years: YearCutOff[] = [];
  for (let year = Math.min(firstYear, lastYear); year <= lastYear; year++) {
    years.push({ year, cutOff: year === lastYear ? period.to : `${year}-12-31` });
  }
  return years;
}

const cutOffLabel = (c: YearCutOff) => (c.cutOff === `${c.year}-12-31` ? `Eind ${c.year}` : `Op ${dutchDate(c.cutOff)}`);

export interface PhaseCounts {
  cutOffs: readonly YearCutOff[];
  /** Published regional pacts per phase they were in at a cut-off (the latest phase change on or before it). */
  counts: readonly { year: number; phase: PhaseNumber; count: number }[];
}

export function phasesOverTimeFigure(counts: PhaseCounts): ReportFigure {
  const columns: FigureColumn[] = phases.map((p) => ({ key: `phase_${p.number}`, label: `Fase ${p.number}: ${p.label}`, n: null }));
  const countAt = (year: number, phase: number) => counts.counts.find((c) => c.year === year && c.phase === phase)?.count ?? 0;
  return {
    key: "phases-over-time",
    publicationNumber: null,
    title: "Fasen van samenwerking door de tijd",
    explanation:
      "Per jaar in welke van de vier fasen van samenwerking (figuur 3) de gepubliceerde regionale Zorgpacten zich aan het eind van dat jaar bevonden, volgens de fasegeschiedenis die de pacten bijhouden. N is per jaar het aantal regionale Zorgpacten dat toen al een fase had.",
    timeBasis: "period",
    shares: true,
    columns,
    rows: rowsOf(
      columns,
      counts.cutOffs.map((c) => {
        const cells = phases.map((p) => countAt(c.year, p.number));
        return { key: String(c.year), label: cutOffLabel(c), n: cells.reduce((a, b) => a + b, 0), counts: cells };
      }),
    ),
    notes: [],
  };
}

/** The size of the Kopgroep as the seeds give it. */
export const kopgroepMilestones = [
  {
    key: "start",
    label: "Bij de start van de Kopgroep (2015): een zestal voorlopers",
    count: 6,
    source: "Platform31, Zorgpact: samen op weg naar beter (2018)",
  },
  { key: "end-2016", label: "Eind 2016", count: 51, source: "Kamerbrief eerste resultaten Zorgpact (2016)" },
  {
    key: "after-2.5-years",
    label: "Tweeënhalf jaar na de start (2018): ongeveer",
    count: 70,
    source: "Platform31, Zorgpact: samen op weg naar beter (2018)",
  },
] as const;

export interface KopgroepCounts {
  cutOffs: readonly YearCutOff[];
  /** Published, admitted front-runners admitted (review decision) on or before a cut-off. */
  admitted: readonly { year: number; count: number }[];
  /** Published, admitted front-runners now. */
  total: number;
  /** Of those, admitted without a recorded decision (before the platform). */
  undated: number;
}

export function kopgroepFigure(counts: KopgroepCounts): ReportFigure {
  const columns: FigureColumn[] = [{ key: "front_runners", label: "Aantal koplopers", n: null }];
  const fromSources = "Volgens de bronnen";
  const onPlatform = "Op dit platform";
  return {
    key: "kopgroep",
    publicationNumber: null,
    title: "Groei van de Kopgroep",
    explanation:
      "De Kopgroep groeide van een zestal voorlopers naar ongeveer zeventig koplopers. Eerst de aantallen uit de bronnen, dan de toegelaten, gepubliceerde koplopers op dit platform: per jaar wie vóór het eind van dat jaar is toegelaten volgens het toelatingsbesluit, en het aantal nu. Koplopers die al vóór het platform waren toegelaten hebben geen besluitdatum en tellen alleen in het aantal nu.",
    timeBasis: "period",
    shares: false,
    columns,
    rows: rowsOf(columns, [
      ...kopgroepMilestones.map((m) => ({ key: m.key, label: m.label, group: fromSources, source: m.source, counts: [m.count] })),
      ...counts.cutOffs.map((c) => ({
        key: `platform-${c.year}`,
        label: `${cutOffLabel(c)}: toegelaten met een besluitdatum`,
        group: onPlatform,
        counts: [counts.admitted.find((a) => a.year === c.year)?.count ?? 0],
      })),
      { key: "platform-now", label: "Nu toegelaten en gepubliceerd", group: onPlatform, counts: [counts.total] },
      { key: "platform-undated", label: "waarvan zonder vastgelegde besluitdatum", group: onPlatform, counts: [counts.undated] },
    ]),
    notes: [],
  };
}

// ─── The national team's cycle ─────────────────────────────────────────────────────────────

export interface VolgspotCounts {
  /** Published regional pacts now: N. */
  regionalPacts: number;
  /** Of those, how many hold an accepted Volgspot for each year of the period. */
  held: readonly { year: number; count: number }[];
}

/** "By the end of 2017, 15 of the 16 regions had held one" (the brief, from seed 002). */
export const volgspotMilestone = { year: 2017, held: 15, of: 16, source: "Platform31, Zorgpact: samen op weg naar beter (2018)" } as const;

export function volgspotFigure(counts: VolgspotCounts): ReportFigure {
  const columns: FigureColumn[] = [{ key: "regional_pact", label: "Regionale Zorgpacten met een Volgspot", n: counts.regionalPacts }];
  return {
    key: "volgspots",
    publicationNumber: null,
    title: "Gehouden Volgspots",
    explanation:
      "Per jaar van de periode het aantal gepubliceerde regionale Zorgpacten met een door het landelijke team geaccepteerde Volgspot over dat jaar, en hun aandeel. N is het aantal gepubliceerde regionale Zorgpacten nu. Ter vergelijking het aantal uit de bron.",
    timeBasis: "period",
    shares: true,
    columns,
    rows: rowsOf(columns, [
      ...counts.held.map((h) => ({ key: String(h.year), label: String(h.year), group: "Op dit platform", counts: [h.count] })),
      {
        key: "source-2017",
        label: `Eind ${volgspotMilestone.year}`,
        group: "Volgens de bron",
        n: volgspotMilestone.of,
        source: volgspotMilestone.source,
        counts: [volgspotMilestone.held],
      },
    ]),
    notes: [],
  };
}

/** The outcomes of treated barriers, as the register names them. */
const barrierOutcomeNames: Record<BarrierOutcome, string> = {
  more_room_than_thought: "Er is meer ruimte dan gedacht",
  not_regulation: "Bleek niet om regelgeving te gaan",
  rule_changed: "Regelgeving aangepast",
  remains: "Blijft een belemmering",
};

/**
 * Barriers treated in the period by outcome, from the register's own figures (`barrierStats` over
 * the barriers answered in the period), beside the letter's 51 (seed 004).
 */
export function barriersFigure(stats: Pick<BarrierStats, "total" | "byOutcome">): ReportFigure {
  const columns: FigureColumn[] = [{ key: "barriers", label: "Behandelde drempels", n: stats.total }];
  const letterSource = "Kamerbrief eerste resultaten Zorgpact (2016)";
  const letter: Partial<Record<BarrierOutcome, number>> = {
    more_room_than_thought: LETTER_FIGURES.moreRoomThanThought,
    not_regulation: LETTER_FIGURES.notRegulation,
    rule_changed: LETTER_FIGURES.ruleChanged,
  };
  return {
    key: "barriers",
    publicationNumber: null,
    title: "Drempels in de regelgeving naar uitkomst",
    explanation:
      "De drempels in wet- en regelgeving die het landelijke team in de periode heeft beantwoord of afgesloten, per uitkomst, met hun aandeel. N is het aantal in de periode behandelde drempels. Ter vergelijking de cijfers uit de Kamerbrief van 2016 (van 51 behandelde drempels).",
    timeBasis: "period",
    shares: true,
    columns,
    rows: rowsOf(columns, [
      ...barrierOutcomes.map((o) => ({
        key: o,
        label: barrierOutcomeNames[o],
        group: "Op dit platform, behandeld in de periode",
        counts: [stats.byOutcome[o]],
      })),
      ...barrierOutcomes
        .filter((o) => letter[o] !== undefined)
        .map((o) => ({
          key: `letter-${o}`,
          label: barrierOutcomeNames[o],
          group: "Volgens de Kamerbrief (2016)",
          n: LETTER_FIGURES.treated,
          source: letterSource,
          counts: [letter[o]!],
        })),
    ]),
    notes: [],
  };
}

export interface HonouredApplications {
  regulation: string;
  count: number;
}

/** The RIF figures of the seeds: 7 honoured by the end of 2016 (letter), 16 up to and including 2017 (publication). */
export const rifMilestones = [
  { key: "rif-2016", label: "Regionaal investeringsfonds mbo (RIF), eind 2016", count: 7, source: "Kamerbrief eerste resultaten Zorgpact (2016)" },
  {
    key: "rif-2017",
    label: "Regionaal investeringsfonds mbo (RIF), tot en met 2017",
    count: 16,
    source: "Platform31, Zorgpact: samen op weg naar beter (2018)",
  },
] as const;

export function regulationsFigure(honoured: readonly HonouredApplications[]): ReportFigure {
  const columns: FigureColumn[] = [{ key: "honoured", label: "Gehonoreerde aanvragen", n: null }];
  return {
    key: "regulations",
    publicationNumber: null,
    title: "Gehonoreerde aanvragen voor regelingen",
    explanation:
      "Per regeling het aantal gehonoreerde aanvragen van gepubliceerde zorgpacten met een aanvraagdatum in de periode, zoals het platform ze bijhoudt. Ter vergelijking de aantallen gehonoreerde aanvragen uit zorg en welzijn voor het RIF volgens de bronnen.",
    timeBasis: "period",
    shares: false,
    columns,
    rows: rowsOf(columns, [
      ...honoured.map((h, i) => ({ key: `platform-${i}`, label: h.regulation, group: "Op dit platform, aangevraagd in de periode", counts: [h.count] })),
      ...rifMilestones.map((m) => ({ key: m.key, label: m.label, group: "Volgens de bronnen", source: m.source, counts: [m.count] })),
    ]),
    notes: honoured.length === 0 ? ["Op dit platform zijn in de periode geen gehonoreerde aanvragen vastgelegd."] : [],
  };
}

// ─── The whole report ──────────────────────────────────────────────────────────────────────

export interface ReportCounts {
  reporting: readonly ReportingCount[];
  resultGroups: readonly Omit<ReportTerm, "parentId">[];
  resultAreas: readonly ReportTerm[];
  resultCounts: readonly TermCount[];
  targetGroups: readonly Omit<ReportTerm, "parentId">[];
  effectCategories: readonly ReportTerm[];
  effectCounts: readonly TermCount[];
  adoption: FollowUpCounts<Adoption>;
  challenges: FollowUpCounts<Challenge>;
  consolidation: FollowUpCounts<Consolidation>;
  functions: FunctionCounts;
  governance: GovernanceCounts;
  themes: ThemeCounts;
  phases: PhaseCounts;
  kopgroep: KopgroepCounts;
  volgspots: VolgspotCounts;
  /** Barriers treated in the period (the register's figures). */
  barriers: Pick<BarrierStats, "total" | "byOutcome">;
  /** Honoured applications per regulation, applied for in the period. */
  regulations: readonly HonouredApplications[];
}

export function buildReport(counts: ReportCounts, meta: { period: ReportPeriod; takenAt: string; demoData: boolean }): NationalReport {
  const n = reportedN(counts.reporting);
  return {
    title: reportTitle(meta.period),
    period: { from: meta.period.from, to: meta.period.to },
    takenAt: meta.takenAt,
    demoData: meta.demoData,
    figures: [
      reportingFigure(counts.reporting),
      adoptionFigure(counts.adoption),
      challengesFigure(counts.challenges),
      consolidationFigure(counts.consolidation),
      ...termFigures("results", counts.resultGroups, counts.resultAreas, counts.resultCounts, n),
      ...termFigures("effects", counts.targetGroups, counts.effectCategories, counts.effectCounts, n),
      functionsFigure(counts.functions),
      governanceFigure(counts.governance),
      themesPerPactFigure(counts.themes),
      themeCoverageFigure(counts.themes),
      phasesOverTimeFigure(counts.phases),
      kopgroepFigure(counts.kopgroep),
      volgspotFigure(counts.volgspots),
      barriersFigure(counts.barriers),
      regulationsFigure(counts.regulations),
    ],
  };
}

/** Figure headings as the report shows them: "Figuur 6. …" for the publication's figures. */
export function figureHeading(figure: Pick<ReportFigure, "publicationNumber" | "title">): string {
  return figure.publicationNumber === null ? figure.title : `Figuur ${figure.publicationNumber}. ${figure.title}`;
}

// ─── Procedures' inputs and the published snapshots ────────────────────────────────────────

export const reportLiveInputSchema = reportPeriodSchema;

export const reportPublishInputSchema = reportPeriodSchema;

export const reportSnapshotInputSchema = z.object({ id: idSchema });

export const reportExportInputSchema = z.union([z.object({ snapshotId: idSchema }), reportPeriodSchema]);
export type ReportExportInput = z.infer<typeof reportExportInputSchema>;

export const reportSnapshotSummarySchema = z.object({
  id: idSchema,
  title: z.string(),
  period: z.object({ from: z.string(), to: z.string() }),
  /** The calendar year the report is about, or null for another period. */
  year: z.number().int().nullable(),
  /** 1 for the first report of a period; a republished period gets the next edition. */
  edition: z.number().int().min(1),
  publishedAt: z.string(),
});
export type ReportSnapshotSummary = z.infer<typeof reportSnapshotSummarySchema>;

export const reportSnapshotSchema = reportSnapshotSummarySchema.extend({
  /** Only the national team sees who published it. */
  publishedByName: z.string().nullable(),
  report: nationalReportSchema,
});
export type ReportSnapshot = z.infer<typeof reportSnapshotSchema>;

export const reportEnvironmentSchema = z.object({
  /** The demo seed was loaded: both apps say so on every page. */
  demoData: z.boolean(),
  /** Front-runners whose follow-up answers (figures 6–8) are still the demo seed's invented ones, and which answers. */
  demoFollowUp: z.array(
    z.object({
      pactId: idSchema,
      fields: z.array(z.enum(["adoption", "challenges", "consolidationAgreements"])),
    }),
  ),
});
export type ReportEnvironment = z.infer<typeof reportEnvironmentSchema>;

export const reportFileSchema = z.object({
  fileName: z.string(),
  contentType: z.string(),
  contentBase64: z.string(),
});
export type ReportFile = z.infer<typeof reportFileSchema>;
