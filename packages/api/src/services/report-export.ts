import { calendarYearOf, cellN, dutchDate, figureHeading, type NationalReport, type ReportFigure } from "@zorgpact/domain/report";
import type { Cell, Section } from "./spreadsheet.ts";

/**
 * The national report as a workbook: a first sheet about the report, then a sheet per figure
 * with, per column, the count, its N and the share, so anyone can recompute every share.
 */

const FORBIDDEN_IN_SHEET_NAME = /[[\]:*?/\\]/g;

const shortNames: Record<string, string> = {
  reporting: "Wie telt mee",
  adoption: "Fig 6 Navolging",
  challenges: "Fig 7 Uitdagingen",
  consolidation: "Fig 8 Bestendiging",
  functions: "Fig 15 Functies",
  governance: "Fig 16 Bestuurlijk",
  "themes-per-pact": "Fig 17 Thema's per pact",
  "theme-coverage": "Thema's",
  "phases-over-time": "Fasen door de tijd",
  kopgroep: "Groei Kopgroep",
  volgspots: "Volgspots",
  barriers: "Drempels",
  regulations: "Regelingen",
};

/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\, unique in the workbook. */
function sheetName(figure: ReportFigure, taken: Set<string>): string {
  const wanted = shortNames[figure.key] ?? (figure.publicationNumber === null ? figure.title : `Fig ${figure.publicationNumber} ${figure.title}`);
  const base = wanted.replace(FORBIDDEN_IN_SHEET_NAME, " ").replace(/\s+/g, " ").trim().slice(0, 31);
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base.slice(0, 31 - ` (${i})`.length)} (${i})`;
  taken.add(name.toLowerCase());
  return name;
}

const percent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);

function figureSection(figure: ReportFigure, name: string): Section {
  const columns = ["rij", "groep"];
  for (const column of figure.columns) {
    columns.push(`${column.label}: aantal`);
    if (figure.shares) columns.push(`${column.label}: N`, `${column.label}: aandeel (%)`);
  }
  columns.push("bron");
  const rows: Cell[][] = figure.rows.map((row) => {
    const cells: Cell[] = [row.label, row.group];
    row.cells.forEach((cell, i) => {
      cells.push(cell.count);
      if (figure.shares) cells.push(cellN(figure, row, i), percent(cell.share));
    });
    cells.push(row.source);
    return cells;
  });
  // The heading and what is counted stay with the numbers, under the table.
  const blank = columns.map(() => null);
  const note = (text: string): Cell[] => [text, ...blank.slice(1)];
  rows.push(blank, note(figureHeading(figure)), note(figure.explanation), ...figure.notes.map(note));
  return { key: figure.key, sheetName: name, columns, rows };
}

function aboutSection(report: NationalReport, edition: number | null): Section {
  const rows: Cell[][] = [
    ["Titel", report.title],
    ["Periode", `${dutchDate(report.period.from)} tot en met ${dutchDate(report.period.to)}`],
    ["Geteld op", report.takenAt],
    ["Soort", edition === null ? "Actuele cijfers (niet gepubliceerd)" : `Gepubliceerde rapportage, editie ${edition}`],
    ["Wat telt", "Gepubliceerde zorgpacten; van de koplopers alleen de toegelaten. Per figuur staat onder de tabel wat er geteld is en wat N is."],
  ];
  if (report.demoData) rows.push(["Demodata", "Deze cijfers zijn berekend uit demodata, niet uit echte gegevens van zorgpacten."]);
  return { key: "about", sheetName: "Over deze rapportage", columns: ["onderdeel", "waarde"], rows };
}

export function reportSections(report: NationalReport, edition: number | null): Section[] {
  const taken = new Set(["over deze rapportage"]);
  return [aboutSection(report, edition), ...report.figures.map((figure) => figureSection(figure, sheetName(figure, taken)))];
}

export function reportFileName(report: NationalReport, edition: number | null): string {
  const year = calendarYearOf(report.period);
  const period = year === null ? `${report.period.from}-tot-${report.period.to}` : String(year);
  return `zorgpact-rapportage-${period}${edition === null ? "-actueel" : `-editie-${edition}`}.xlsx`;
}
