import type { ImportReport } from "@zorgpact/domain/measurement-import";
import { formatDate, formatNumber } from "@zorgpact/ui/format.ts";
import { TableWrap } from "@zorgpact/ui/TableWrap.tsx";
import { agendaMessages } from "../../messages.ts";

/** The import's row-by-row report: what each row would store, or what is wrong with it. */
export function ImportPreview({ report }: { report: ImportReport }) {
  const m = agendaMessages.importing;
  const caption = m.caption(report.fileName);
  return (
    <div className="agenda-import">
      <p role="status" className={report.valid ? "notice notice--ok" : "notice"}>
        {report.rows.length === 0 ? m.noRows : m.summary(report.okCount, report.errorCount)}{" "}
        {report.valid ? m.allValid : report.rows.length > 0 ? m.fixFirst : ""}
      </p>
      {report.rows.length > 0 ? (
        <TableWrap label={caption}>
          <table className="agenda-table">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  {m.row}
                </th>
                <th scope="col">{m.indicator}</th>
                <th scope="col">{m.date}</th>
                <th scope="col" className="num">
                  {m.value}
                </th>
                <th scope="col">{m.source}</th>
                <th scope="col">{m.note}</th>
                <th scope="col">{m.status}</th>
              </tr>
            </thead>
            <tbody>
              {report.rows.map((row) => (
                <tr key={row.rowNumber} className={row.status === "error" ? "agenda-import__row--error" : undefined}>
                  <th scope="row" className="num">
                    {row.rowNumber}
                  </th>
                  <td>{row.indicatorName ?? ""}</td>
                  <td>{row.measuredOn ? formatDate(row.measuredOn) : ""}</td>
                  <td className="num">{row.value === null ? "" : formatNumber(row.value)}</td>
                  <td>{row.source ?? ""}</td>
                  <td>{row.note ?? ""}</td>
                  <td>
                    {row.status === "ok" ? (
                      <span className="agenda-import__ok">
                        <span aria-hidden="true">✓ </span>
                        {m.ok}
                      </span>
                    ) : (
                      <>
                        <strong className="agenda-import__error">
                          <span aria-hidden="true">✗ </span>
                          {m.error}
                        </strong>
                        <ul className="agenda-import__errors">
                          {row.errors.map((error) => (
                            <li key={error}>{error}</li>
                          ))}
                        </ul>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
    </div>
  );
}
