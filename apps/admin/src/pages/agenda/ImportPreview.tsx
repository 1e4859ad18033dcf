import "./import-preview.css";
import { useId, useState } from "react";
import { importRowStatuses, type ImportReport, type ImportRowReport, type ImportRowStatus } from "@zorgpact/domain/measurement-import";
import { formatDate, formatNumber } from "@zorgpact/ui/format.ts";
import { Pagination } from "@zorgpact/ui/Pagination.tsx";
import { importMessages as m } from "../../messages/agenda-import.ts";

const PAGE_SIZE = 50;
const ICON: Record<ImportRowStatus, string> = { new: "+", updated: "✎", unchanged: "=", error: "✗" };

/**
 * The import's row-by-row report: per row whether it is new, updated (before → after),
 * unchanged or wrong (and why), said in words and not by colour alone. Thousands of rows are
 * shown a page at a time and can be narrowed to one status; on a phone each row is a card.
 */
export function ImportPreview({ report }: { report: ImportReport }) {
  const id = useId();
  const [shown, setShown] = useState<ImportRowStatus | "all">(report.counts.error > 0 ? "error" : report.counts.updated > 0 ? "updated" : "all");
  const [page, setPage] = useState(1);
  const rows = shown === "all" ? report.rows : report.rows.filter((row) => row.status === shown);
  const pageCount = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const current = Math.min(page, pageCount);
  const visible = rows.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
  const changes = report.counts.new + report.counts.updated;
  const caption = m.caption(report.fileName);

  const choose = (next: ImportRowStatus | "all") => {
    setShown(next);
    setPage(1);
  };

  return (
    <div className="import-preview">
      <h3>{m.summaryHeading}</h3>
      <ul className="import-preview__counts">
        {importRowStatuses.map((status) => (
          <li key={status} className={`import-status import-status--${status}`}>
            <span aria-hidden="true">{ICON[status]} </span>
            {m.statusCount[status](report.counts[status])}
          </li>
        ))}
      </ul>
      {report.skipped > 0 ? <p>{m.skipped(report.skipped)}</p> : null}
      <p className={report.valid ? "notice notice--ok" : "notice"}>
        {report.rows.length === 0 ? m.noRows : !report.valid ? m.fixFirst : changes === 0 ? m.allUnchanged : m.ready(changes)}
      </p>
      {report.rows.length > 0 ? (
        <>
          <fieldset className="import-preview__filter">
            <legend>{m.filterLegend}</legend>
            <label>
              <input type="radio" name={`${id}-toon`} checked={shown === "all"} onChange={() => choose("all")} />
              {m.filterAll(report.rows.length)}
            </label>
            {importRowStatuses
              .filter((status) => report.counts[status] > 0)
              .map((status) => (
                <label key={status}>
                  <input type="radio" name={`${id}-toon`} checked={shown === status} onChange={() => choose(status)} />
                  {m.filterStatus(m.status[status], report.counts[status])}
                </label>
              ))}
          </fieldset>
          <p className="import-preview__range">
            {rows.length > 0 ? m.shown((current - 1) * PAGE_SIZE + 1, (current - 1) * PAGE_SIZE + visible.length, rows.length) : ""}
          </p>
          <table className="import-preview__table">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  {m.row}
                </th>
                <th scope="col">{m.statusColumn}</th>
                <th scope="col">{m.indicator}</th>
                <th scope="col">{m.date}</th>
                <th scope="col" className="num">
                  {m.value}
                </th>
                <th scope="col">{m.source}</th>
                <th scope="col">{m.note}</th>
              </tr>
            </thead>
            <tbody>
              {visible.map((row) => (
                <PreviewRow key={row.rowNumber} row={row} />
              ))}
            </tbody>
          </table>
          {pageCount > 1 ? <Pagination page={current} pageCount={pageCount} onPageChange={setPage} /> : null}
        </>
      ) : null}
    </div>
  );
}

const number = (value: number | null) => (value === null ? "" : formatNumber(value));
const text = (value: string | null) => value ?? "";

/** A cell that shows "before → after" when an update changes it. */
function Changed({ before, after, empty }: { before: string; after: string; empty: string }) {
  if (before === after) return <>{after}</>;
  return <>{m.changedTo(before || empty, after || empty)}</>;
}

function PreviewRow({ row }: { row: ImportRowReport }) {
  const before = row.before;
  return (
    <tr className={`import-preview__row import-preview__row--${row.status}`}>
      <th scope="row" className="num import-preview__short" data-label={m.row}>
        {row.rowNumber}
      </th>
      <td className="import-preview__short" data-label={m.statusColumn}>
        <strong className={`import-status import-status--${row.status}`}>
          <span aria-hidden="true">{ICON[row.status]} </span>
          {m.status[row.status]}
        </strong>
        {row.errors.length > 0 ? (
          <ul className="import-preview__errors">
            {row.errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        ) : null}
      </td>
      <td className="import-preview__text" data-label={m.indicator}>
        {text(row.indicatorName)}
      </td>
      <td className="import-preview__short" data-label={m.date}>
        {row.measuredOn ? formatDate(row.measuredOn) : ""}
      </td>
      <td className="num import-preview__short" data-label={m.value}>
        {before ? <Changed before={number(before.value)} after={number(row.value)} empty={m.empty} /> : number(row.value)}
      </td>
      <td className="import-preview__text" data-label={m.source}>
        {before ? <Changed before={text(before.source)} after={text(row.source)} empty={m.empty} /> : text(row.source)}
      </td>
      <td className="import-preview__text" data-label={m.note}>
        {before ? <Changed before={text(before.note)} after={text(row.note)} empty={m.empty} /> : text(row.note)}
      </td>
    </tr>
  );
}
