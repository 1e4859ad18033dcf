import type { NationalReport, ReportFigure } from "@zorgpact/domain/report";
import { formatDate, formatTimestamp } from "../format.ts";
import { TableWrap } from "../TableWrap.tsx";
import { cellText, chartBars, figureAnchor, hasRowN, rowGroups } from "./figure-view.ts";
import { reportMessages as m } from "./report-messages.ts";

/**
 * One figure: what is counted, a bar chart, and beside it the table with every count and N. The
 * chart only repeats the table (each bar carries its value and series in text, and the series
 * differ in pattern as well as colour), so it is hidden from screen readers, who get the table.
 */
export function FigureSection({ figure, report }: { figure: ReportFigure; report: NationalReport }) {
  const id = figureAnchor(figure.key);
  const heading = m.figureHeading(figure.publicationNumber, figure.title);
  const basis =
    figure.timeBasis === "moment"
      ? m.timeBasis.moment(formatTimestamp(report.takenAt))
      : m.timeBasis.period(formatDate(report.period.from), formatDate(report.period.to));
  return (
    <section id={id} className="report-figure" aria-labelledby={`${id}-kop`}>
      <h2 id={`${id}-kop`}>{heading}</h2>
      <p>{figure.explanation}</p>
      <p className="muted">
        {basis}
        {figure.publicationNumber !== null ? <> {m.fromPublication(figure.publicationNumber)}</> : null}
      </p>
      <div className="report-figure__body">
        <FigureChart figure={figure} />
        <FigureTable figure={figure} heading={heading} />
      </div>
      {figure.notes.length > 0 ? (
        <ul className="report-figure__notes" aria-label={m.notesLabel}>
          {figure.notes.map((note) => (
            <li key={note} className={note.startsWith("Demodata") ? "demo-source" : undefined}>
              {note}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function FigureChart({ figure }: { figure: ReportFigure }) {
  const multi = figure.columns.length > 1;
  return (
    <div className="report-chart" aria-hidden="true">
      {multi ? (
        <ul className="report-chart__legend">
          {figure.columns.map((column, i) => (
            <li key={column.key}>
              <span className={`report-chart__swatch report-series-${i % 4}`} />
              {column.label}
            </li>
          ))}
        </ul>
      ) : null}
      {rowGroups(figure.rows).map((group, g) => (
        <div key={`${group.label ?? ""}-${g}`} className="report-chart__group">
          {group.label ? <p className="report-chart__group-label">{group.label}</p> : null}
          {group.rows.map((row) => (
            <div key={row.key} className="report-chart__row">
              <p className="report-chart__label">{row.label}</p>
              {chartBars(figure, row).map((bar, i) => (
                <div key={i} className={multi ? "report-chart__line report-chart__line--series" : "report-chart__line"}>
                  {bar.series !== null ? <span className="report-chart__series">{bar.series}</span> : null}
                  <span className="report-chart__track">
                    <span className={`report-chart__bar report-series-${i % 4}`} style={{ width: `${bar.width}%` }} />
                  </span>
                  <span className="report-chart__value">{bar.value}</span>
                </div>
              ))}
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}

function FigureTable({ figure, heading }: { figure: ReportFigure; heading: string }) {
  const rowN = hasRowN(figure);
  const hasSource = figure.rows.some((r) => r.source !== null);
  const width = 1 + (rowN ? 1 : 0) + figure.columns.length + (hasSource ? 1 : 0);
  return (
    <TableWrap label={m.tableLabel(heading)}>
      <table className="report-table">
        <caption className="visually-hidden">{m.tableCaption(heading)}</caption>
        <thead>
          <tr>
            <th scope="col">{m.rowColumn}</th>
            {rowN ? (
              <th scope="col" className="num">
                {m.nColumn}
              </th>
            ) : null}
            {figure.columns.map((column) => (
              <th key={column.key} scope="col" className="num">
                {m.columnHeading(column.label, figure.shares ? column.n : null)}
              </th>
            ))}
            {hasSource ? <th scope="col">{m.sourceColumn}</th> : null}
          </tr>
        </thead>
        {rowGroups(figure.rows).map((group, g) => (
          <tbody key={`${group.label ?? ""}-${g}`}>
            {group.label ? (
              <tr className="report-table__group">
                <th scope="rowgroup" colSpan={width}>
                  {group.label}
                </th>
              </tr>
            ) : null}
            {group.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                {rowN ? <td className="num">{row.n ?? ""}</td> : null}
                {row.cells.map((_, i) => (
                  <td key={i} className="num">
                    {cellText(figure, row, i)}
                  </td>
                ))}
                {hasSource ? <td>{row.source ?? m.platformSource}</td> : null}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </TableWrap>
  );
}
