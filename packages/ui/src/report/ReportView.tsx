import "./demo.css";
import "./report.css";
import type { NationalReport } from "@zorgpact/domain/report";
import { formatDate, formatTimestamp } from "../format.ts";
import { figureAnchor } from "./figure-view.ts";
import { FigureSection } from "./FigureSection.tsx";
import { reportMessages as m } from "./report-messages.ts";

export interface ReportEdition {
  edition: number;
  publishedAt: string;
  /** Shown to the national team only (the API leaves it out for the public). */
  publishedByName: string | null;
}

/**
 * The national report as one document: a title page, the contents, then a section per figure.
 * Printed (report.css), the title page and every figure start on a page of their own.
 */
export function ReportView({ report, edition = null }: { report: NationalReport; edition?: ReportEdition | null }) {
  return (
    <article className="report" aria-labelledby="rapportage-titel">
      <header className="report-cover">
        <p className="report-cover__kicker">{m.kicker}</p>
        <h2 id="rapportage-titel" className="report-cover__title">
          {report.title}
        </h2>
        <p className="report-cover__period">{m.period(formatDate(report.period.from), formatDate(report.period.to))}</p>
        <p>{edition ? m.published(edition.edition, formatTimestamp(edition.publishedAt)) : m.liveTakenAt(formatTimestamp(report.takenAt))}</p>
        {edition?.publishedByName ? <p className="muted">{m.publishedBy(edition.publishedByName)}</p> : null}
        {report.demoData ? <p className="report-cover__demo demo-source">{m.demo}</p> : null}
        <p>{m.aboutN}</p>
      </header>
      <nav className="report-toc" aria-label={m.tocLabel}>
        <h2>{m.tocHeading}</h2>
        <ol>
          {report.figures.map((figure) => (
            <li key={figure.key}>
              <a href={`#${figureAnchor(figure.key)}`}>{m.figureHeading(figure.publicationNumber, figure.title)}</a>
            </li>
          ))}
        </ol>
      </nav>
      {report.figures.map((figure) => (
        <FigureSection key={figure.key} figure={figure} report={report} />
      ))}
    </article>
  );
}
