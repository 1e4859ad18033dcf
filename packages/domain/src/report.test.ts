import { describe, expect, it } from "vitest";
import {
  adoptionFigure,
  averageThemes,
  barriersFigure,
  buildReport,
  calendarYearOf,
  cellN,
  challengesFigure,
  consolidationFigure,
  figureHeading,
  functionCombinations,
  functionsFigure,
  governanceFigure,
  kopgroepFigure,
  phasesOverTimeFigure,
  reportingFigure,
  reportPeriodSchema,
  regulationsFigure,
  reportTitle,
  termFigures,
  themesPerPactFigure,
  volgspotFigure,
  yearCutOffs,
  yearPeriod,
  yearsOf,
  type ReportCounts,
} from "./report.ts";

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const cells = (figure: { rows: { label: string; cells: unknown[] }[] }) => Object.fromEntries(figure.rows.map((r) => [r.label, r.cells]));

describe("the report's period", () => {
  it("takes a year as 1 January to 31 December, and knows a calendar year again", () => {
    expect(yearPeriod(2017)).toEqual({ from: "2017-01-01", to: "2017-12-31" });
    expect(calendarYearOf(yearPeriod(2017))).toBe(2017);
    expect(calendarYearOf({ from: "2017-01-01", to: "2017-06-30" })).toBeNull();
    expect(yearsOf({ from: "2016-07-01", to: "2018-03-31" })).toEqual([2016, 2017, 2018]);
  });

  it("refuses an end before the start and years outside 2015–2100, naming the field", () => {
    const backwards = reportPeriodSchema.safeParse({ from: "2018-01-01", to: "2017-12-31" });
    expect(backwards.success).toBe(false);
    expect(backwards.error?.issues[0]?.path).toEqual(["to"]);
    expect(reportPeriodSchema.safeParse({ from: "2014-01-01", to: "2017-12-31" }).error?.issues[0]?.path).toEqual(["from"]);
    expect(reportPeriodSchema.safeParse({ from: "2017-02-30", to: "2017-12-31" }).success).toBe(false);
    expect(reportPeriodSchema.safeParse({ from: "2017-01-01", to: "2017-01-01" }).success).toBe(true);
  });

  it("titles a year's report by the year and another period by its dates", () => {
    expect(reportTitle(yearPeriod(2017))).toBe("Landelijke rapportage Zorgpact 2017");
    expect(reportTitle({ from: "2017-01-01", to: "2017-06-30" })).toBe("Landelijke rapportage Zorgpact 01-01-2017 tot en met 30-06-2017");
  });

  it("counts over time at each year's end, and at the period's end in its last year", () => {
    expect(yearCutOffs(2015, { from: "2017-01-01", to: "2017-06-30" })).toEqual([
      { year: 2015, cutOff: "2015-12-31" },
      { year: 2016, cutOff: "2016-12-31" },
      { year: 2017, cutOff: "2017-06-30" },
    ]);
    // Data that starts after the period: the period's own year only.
    expect(yearCutOffs(2019, yearPeriod(2017))).toEqual([{ year: 2017, cutOff: "2017-12-31" }]);
  });
});

describe("who reports (N)", () => {
  it("shows published and reported pacts per kind, the share of the published that reported", () => {
    const figure = reportingFigure([
      { kind: "regional_pact", published: 16, reported: 12 },
      { kind: "front_runner", published: 40, reported: 0 },
    ]);
    expect(cells(figure)).toEqual({
      "Regionale Zorgpacten": [
        { count: 16, share: null },
        { count: 12, share: 0.75 },
      ],
      Koplopers: [
        { count: 40, share: null },
        { count: 0, share: 0 },
      ],
    });
    expect(figure.explanation).toMatch(/effectketen/);
  });

  it("has no share for a kind without published pacts", () => {
    const figure = reportingFigure([]);
    expect(figure.rows.map((r) => r.cells[1])).toEqual([
      { count: 0, share: null },
      { count: 0, share: null },
    ]);
  });
});

describe("front-runner follow-up (figures 6–8)", () => {
  it("gives every answer in the publication's order with its count and share of those who answered", () => {
    const figure = adoptionFigure({
      answered: 20,
      demo: 0,
      answers: [
        { key: "parts", count: 13 },
        { key: "whole_concept", count: 1 },
        { key: "no", count: 4 },
        { key: "interest", count: 2 },
      ],
    });
    expect(figure.publicationNumber).toBe(6);
    expect(figure.columns).toEqual([{ key: "front_runners", label: "Koplopers", n: 20 }]);
    expect(cells(figure)).toEqual({
      "Ja, het hele concept": [{ count: 1, share: 0.05 }],
      "Ja, onderdelen van het concept": [{ count: 13, share: 0.65 }],
      "Nog niet, wel interesse": [{ count: 2, share: 0.1 }],
      Nee: [{ count: 4, share: 0.2 }],
    });
    expect(figure.notes).toEqual([]);
  });

  it("has counts of 0 and no shares when no front-runner answered", () => {
    for (const figure of [
      adoptionFigure({ answered: 0, demo: 0, answers: [] }),
      challengesFigure({ answered: 0, demo: 0, answers: [] }),
      consolidationFigure({ answered: 0, demo: 0, answers: [] }),
    ]) {
      expect(figure.rows.length).toBeGreaterThan(0);
      for (const row of figure.rows) expect(row.cells).toEqual([{ count: 0, share: null }]);
    }
  });

  it("lets shares of a multiple-choice question add up to more than 100%", () => {
    const figure = challengesFigure({
      answered: 4,
      demo: 0,
      answers: [
        { key: "funding", count: 3 },
        { key: "organisation_processes", count: 2 },
      ],
    });
    expect(figure.rows[0]).toMatchObject({ label: "Financiering rondkrijgen voor het project", cells: [{ count: 3, share: 0.75 }] });
    expect(figure.rows.reduce((sum, r) => sum + (r.cells[0]?.share ?? 0), 0)).toBeCloseTo(1.25);
  });

  it("says how many answers are demo data", () => {
    const figure = consolidationFigure({ answered: 12, demo: 12, answers: [{ key: "none", count: 2 }] });
    expect(figure.notes).toEqual(["Demodata: 12 van de 12 antwoorden zijn verzonnen voor de demonstratie, niet door koplopers gegeven."]);
  });
});

describe("results and effects (figures 9–10, 12–14)", () => {
  const education = { id: id(1), label: "Onderwijs" };
  const own = { id: id(2), label: "Eigen domein" };
  const internships = { id: id(11), label: "Toename stageplaatsen", parentId: education.id };
  const practice = { id: id(12), label: "Meer leren in de praktijk", parentId: education.id };
  const orphan = { id: id(13), label: "Los resultaatgebied", parentId: null };
  const ownArea = { id: id(14), label: "Eigen gebied", parentId: own.id };

  it("makes a figure per group with the publication's number, shares over the pacts that reported", () => {
    const [figure] = termFigures(
      "results",
      [education],
      [internships, practice],
      [
        { termId: internships.id, kind: "regional_pact", count: 3 },
        { termId: internships.id, kind: "front_runner", count: 1 },
      ],
      { regional_pact: 12, front_runner: 4 },
    );
    expect(figure).toMatchObject({ key: `results:${education.id}`, publicationNumber: 9, title: expect.stringMatching(/scholing en onderwijs/) });
    expect(figure!.columns.map((c) => c.n)).toEqual([12, 4]);
    expect(cells(figure!)).toEqual({
      "Toename stageplaatsen": [
        { count: 3, share: 0.25 },
        { count: 1, share: 0.25 },
      ],
      "Meer leren in de praktijk": [
        { count: 0, share: 0 },
        { count: 0, share: 0 },
      ],
    });
  });

  it("puts terms without a known group in a last figure, and leaves out groups without terms", () => {
    const figures = termFigures("effects", [education, own], [ownArea, orphan], [], { regional_pact: 0, front_runner: 0 });
    expect(figures.map((f) => [f.title, f.publicationNumber])).toEqual([
      ["Welke effecten beoogt de samenwerking te hebben op eigen domein?", null],
      ["Overige effectcategorieën", null],
    ]);
    // Nobody reported: no shares at all.
    expect(figures[0]!.rows[0]!.cells).toEqual([
      { count: 0, share: null },
      { count: 0, share: null },
    ]);
  });
});

describe("regional pacts (figures 15–17)", () => {
  it("lists the seven combinations of functions and 'none', which together count every pact once", () => {
    expect(functionCombinations()).toEqual([
      ["platform"],
      ["podium"],
      ["project_lead"],
      ["platform", "podium"],
      ["platform", "project_lead"],
      ["podium", "project_lead"],
      ["platform", "podium", "project_lead"],
      [],
    ]);
    const figure = functionsFigure({
      regionalPacts: 5,
      perFunction: [
        { key: "platform", count: 4 },
        { key: "project_lead", count: 2 },
      ],
      combinations: [
        { functions: ["platform"], count: 2 },
        { functions: ["platform", "project_lead"], count: 1 },
        { functions: ["project_lead", "platform", "podium"], count: 1 },
        { functions: [], count: 1 },
      ],
    });
    const byKey = Object.fromEntries(figure.rows.map((r) => [r.key, r]));
    expect(byKey.platform?.cells).toEqual([{ count: 4, share: 0.8 }]);
    expect(byKey.podium?.cells).toEqual([{ count: 0, share: 0 }]);
    expect(byKey["combination:platform+project_lead"]).toMatchObject({ label: "Platform en projecttrekker", group: "Per combinatie" });
    // Keys in another order still find their combination.
    expect(byKey["combination:platform+podium+project_lead"]?.cells[0]?.count).toBe(1);
    expect(byKey["combination:none"]).toMatchObject({ label: "Geen functie vastgelegd", cells: [{ count: 1, share: 0.2 }] });
    const combinations = figure.rows.filter((r) => r.group === "Per combinatie");
    expect(combinations.reduce((sum, r) => sum + r.cells[0]!.count, 0)).toBe(5);
  });

  it("counts governance now and in five years over the pacts that answered", () => {
    const figure = governanceFigure({ answered: 4, items: [{ key: "regional_vision", now: 1, inFiveYears: 4 }] });
    expect(figure.rows).toHaveLength(8);
    expect(figure.rows.find((r) => r.key === "regional_vision")?.cells).toEqual([
      { count: 1, share: 0.25 },
      { count: 4, share: 1 },
    ]);
    expect(governanceFigure({ answered: 0, items: [] }).rows[0]?.cells).toEqual([
      { count: 0, share: null },
      { count: 0, share: null },
    ]);
  });

  it("buckets pacts by their number of themes, 4 and more together, with the averages", () => {
    const figure = themesPerPactFigure({
      published: { regional_pact: 3, front_runner: 2 },
      perPact: [
        { kind: "regional_pact", themes: 3, pacts: 1 },
        { kind: "regional_pact", themes: 5, pacts: 1 },
        { kind: "regional_pact", themes: 4, pacts: 1 },
        { kind: "front_runner", themes: 1, pacts: 1 },
        { kind: "front_runner", themes: 0, pacts: 1 },
      ],
      coverage: [],
    });
    expect(cells(figure)).toMatchObject({
      "Geen thema vastgelegd": [{ count: 0 }, { count: 1, share: 0.5 }],
      "1 thema": [{ count: 0 }, { count: 1, share: 0.5 }],
      "3 thema's": [{ count: 1 }, { count: 0 }],
      "4 of meer thema's": [{ count: 2, share: 2 / 3 }, { count: 0 }],
    });
    expect(averageThemes([{ kind: "front_runner", themes: 2, pacts: 3 }], "front_runner")).toBe(2);
    expect(averageThemes([], "regional_pact")).toBeNull();
    expect(figure.notes).toEqual(["Gemiddeld aantal thema's: 4,0 per regionaal Zorgpact, 0,5 per koploper."]);
  });
});

describe("over time", () => {
  it("shares each year's phases of the pacts that had a phase then (N per row)", () => {
    const figure = phasesOverTimeFigure({
      cutOffs: [
        { year: 2016, cutOff: "2016-12-31" },
        { year: 2017, cutOff: "2017-06-30" },
      ],
      counts: [
        { year: 2016, phase: 1, count: 2 },
        { year: 2017, phase: 1, count: 1 },
        { year: 2017, phase: 3, count: 3 },
      ],
    });
    expect(figure.rows.map((r) => [r.label, r.n])).toEqual([
      ["Eind 2016", 2],
      ["Op 30-06-2017", 4],
    ]);
    expect(figure.rows[1]!.cells.map((c) => c.share)).toEqual([0.25, 0, 0.75, 0]);
    expect(cellN(figure, figure.rows[1]!, 2)).toBe(4);
  });

  it("shows the Kopgroep from the sources (6, 51, about 70) and from the platform, as counts without shares", () => {
    const figure = kopgroepFigure({
      cutOffs: [
        { year: 2015, cutOff: "2015-12-31" },
        { year: 2016, cutOff: "2016-12-31" },
      ],
      admitted: [{ year: 2016, count: 3 }],
      total: 12,
      undated: 9,
    });
    expect(figure.shares).toBe(false);
    expect(figure.rows.filter((r) => r.source !== null).map((r) => r.cells[0]!.count)).toEqual([6, 51, 70]);
    expect(figure.rows.every((r) => r.source === null || r.source.length > 10)).toBe(true);
    expect(Object.fromEntries(figure.rows.map((r) => [r.key, r.cells[0]]))).toMatchObject({
      "platform-2015": { count: 0, share: null },
      "platform-2016": { count: 3, share: null },
      "platform-now": { count: 12, share: null },
      "platform-undated": { count: 9, share: null },
    });
  });

  it("counts Volgspots held per year over the published regional pacts, beside the source's 15 of 16", () => {
    const figure = volgspotFigure({ regionalPacts: 10, held: [{ year: 2017, count: 7 }] });
    expect(figure.rows[0]).toMatchObject({ label: "2017", cells: [{ count: 7, share: 0.7 }] });
    expect(figure.rows[1]).toMatchObject({ n: 16, cells: [{ count: 15, share: 15 / 16 }] });
  });
});

describe("the national team's cycle", () => {
  it("counts barriers by outcome over those treated in the period, beside the letter's 39, 11 and 1 of 51", () => {
    const figure = barriersFigure({ total: 4, byOutcome: { more_room_than_thought: 3, not_regulation: 0, rule_changed: 1, remains: 0 } });
    expect(figure.rows.filter((r) => r.source === null).map((r) => [r.label, r.cells[0]])).toEqual([
      ["Er is meer ruimte dan gedacht", { count: 3, share: 0.75 }],
      ["Bleek niet om regelgeving te gaan", { count: 0, share: 0 }],
      ["Regelgeving aangepast", { count: 1, share: 0.25 }],
      ["Blijft een belemmering", { count: 0, share: 0 }],
    ]);
    expect(figure.rows.filter((r) => r.source !== null).map((r) => [r.cells[0]!.count, r.n])).toEqual([
      [39, 51],
      [11, 51],
      [1, 51],
    ]);
  });

  it("counts honoured applications per regulation, beside the RIF's 7 and 16 from the sources", () => {
    const figure = regulationsFigure([{ regulation: "Stagefonds", count: 2 }]);
    expect(figure.rows.map((r) => [r.label, r.cells[0]!.count, r.source !== null])).toEqual([
      ["Stagefonds", 2, false],
      ["Regionaal investeringsfonds mbo (RIF), eind 2016", 7, true],
      ["Regionaal investeringsfonds mbo (RIF), tot en met 2017", 16, true],
    ]);
    expect(regulationsFigure([]).notes).toHaveLength(1);
  });
});

describe("the whole report", () => {
  const empty: ReportCounts = {
    reporting: [],
    resultGroups: [],
    resultAreas: [],
    resultCounts: [],
    targetGroups: [],
    effectCategories: [],
    effectCounts: [],
    adoption: { answered: 0, demo: 0, answers: [] },
    challenges: { answered: 0, demo: 0, answers: [] },
    consolidation: { answered: 0, demo: 0, answers: [] },
    functions: { regionalPacts: 0, perFunction: [], combinations: [] },
    governance: { answered: 0, items: [] },
    themes: { published: { regional_pact: 0, front_runner: 0 }, perPact: [], coverage: [] },
    phases: { cutOffs: [], counts: [] },
    kopgroep: { cutOffs: [], admitted: [], total: 0, undated: 0 },
    volgspots: { regionalPacts: 0, held: [] },
    barriers: { total: 0, byOutcome: { more_room_than_thought: 0, not_regulation: 0, rule_changed: 0, remains: 0 } },
    regulations: [],
  };

  it("puts the figures in the publication's order with unique keys and numbered headings", () => {
    const report = buildReport(empty, { period: yearPeriod(2017), takenAt: "2018-01-15T10:00:00.000Z", demoData: true });
    expect(report).toMatchObject({ title: "Landelijke rapportage Zorgpact 2017", demoData: true, period: { from: "2017-01-01", to: "2017-12-31" } });
    expect(report.figures.map((f) => f.key)).toEqual([
      "reporting",
      "adoption",
      "challenges",
      "consolidation",
      "functions",
      "governance",
      "themes-per-pact",
      "theme-coverage",
      "phases-over-time",
      "kopgroep",
      "volgspots",
      "barriers",
      "regulations",
    ]);
    expect(figureHeading(report.figures[1]!)).toBe("Figuur 6. Is het concept van het koplopersinitiatief overgenomen door derden?");
    expect(figureHeading(report.figures[0]!)).toBe("Wie telt mee");
  });
});
