import { cellN, type FigureRow, type ReportFigure } from "@zorgpact/domain/report";
import { formatNumber, formatPercent } from "../format.ts";
import { reportMessages as m } from "./report-messages.ts";

/** An id for a figure's section that is safe in a URL fragment and a CSS selector. */
export function figureAnchor(key: string): string {
  return `figuur-${key.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
}

/** Consecutive rows under the same subheading. */
export function rowGroups(rows: readonly FigureRow[]): { label: string | null; rows: FigureRow[] }[] {
  const groups: { label: string | null; rows: FigureRow[] }[] = [];
  for (const row of rows) {
    const last = groups.at(-1);
    if (last && last.label === row.group) last.rows.push(row);
    else groups.push({ label: row.group, rows: [row] });
  }
  return groups;
}

/** A table cell: the count, and its share of N where the figure has shares and the cell an N. */
export function cellText(figure: ReportFigure, row: FigureRow, columnIndex: number): string {
  const cell = row.cells[columnIndex];
  if (!cell) return "";
  const count = formatNumber(cell.count);
  if (!figure.shares || cellN(figure, row, columnIndex) === null) return m.countOnly(count);
  return m.countAndShare(count, cell.share === null ? m.noShare : formatPercent(cell.share));
}

/** Rows with an N of their own get an N column in the table. */
export function hasRowN(figure: ReportFigure): boolean {
  return figure.shares && figure.rows.some((r) => r.n !== null);
}

export interface Bar {
  /** 0–100: the share, or the count against the largest count. */
  width: number;
  /** The series (column) the bar belongs to; null when the figure has one column. */
  series: string | null;
  /** What the bar says in text, so it never depends on its length or colour. */
  value: string;
}

export function chartBars(figure: ReportFigure, row: FigureRow): Bar[] {
  const max = Math.max(1, ...figure.rows.flatMap((r) => r.cells.map((c) => c.count)));
  return row.cells.map((cell, i) => {
    const withShare = figure.shares && cellN(figure, row, i) !== null;
    const width = withShare ? (cell.share ?? 0) * 100 : (cell.count / max) * 100;
    const value = withShare ? (cell.share === null ? formatNumber(cell.count) : formatPercent(cell.share)) : formatNumber(cell.count);
    return { width: Math.round(width * 10) / 10, series: figure.columns.length > 1 ? (figure.columns[i]?.label ?? "") : null, value };
  });
}
