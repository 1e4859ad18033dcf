import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useSearchParams } from "react-router";
import { yearPeriod, type ReportPeriod } from "@zorgpact/domain/report";
import { isNotFound } from "@zorgpact/ui/errors.ts";
import { formatTimestamp } from "@zorgpact/ui/format.ts";
import { PeriodPicker } from "@zorgpact/ui/report/PeriodPicker.tsx";
import { ReportActions } from "@zorgpact/ui/report/ReportActions.tsx";
import { defaultReportYear, paramsFor, reportYears, selectionFromParams, type ReportSelection } from "@zorgpact/ui/report/report-selection.ts";
import { ReportView } from "@zorgpact/ui/report/ReportView.tsx";
import { EmptyState, ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { messages } from "../../messages.ts";
import { reportPageMessages as m } from "../../messages/report.ts";
import { trpc } from "../../trpc.ts";

/** The national report for the public: live figures for a year or period, and the published editions. */
export function ReportPage() {
  useDocumentTitle(m.title, messages.siteName);
  const [params, setParams] = useSearchParams();
  const now = new Date();
  const selection = selectionFromParams(params, now);
  const queryClient = useQueryClient();
  const select = (next: ReportSelection) => setParams(paramsFor(next));

  const exportInput = selection.kind === "snapshot" ? { snapshotId: selection.id } : selection.period;
  const fetchFile = () => queryClient.fetchQuery({ ...trpc.report.export.queryOptions(exportInput), staleTime: 0, gcTime: 0 });

  return (
    <>
      <div className="report-screen-only">
        <h1>{m.heading}</h1>
        <p className="lead">{m.lead}</p>
      </div>
      <section className="report-controls" aria-label={m.controlsLabel}>
        <div className="grid">
          <div>
            <h2>{m.liveHeading}</h2>
            <p>{m.liveIntro}</p>
            <PeriodPicker
              key={selection.kind === "live" ? `${selection.period.from}/${selection.period.to}` : "editie"}
              period={selection.kind === "live" ? selection.period : yearPeriod(defaultReportYear(now))}
              years={reportYears(now)}
              onChange={(period: ReportPeriod) => select({ kind: "live", period })}
            />
          </div>
          <Editions selection={selection} />
        </div>
        <ReportActions fetchFile={fetchFile} />
      </section>
      {selection.kind === "live" ? <LiveReport period={selection.period} /> : <PublishedReport id={selection.id} />}
    </>
  );
}

function Editions({ selection }: { selection: ReportSelection }) {
  const list = useQuery(trpc.report.snapshots.queryOptions());
  return (
    <div>
      <h2>{m.publishedHeading}</h2>
      <p>{m.publishedIntro}</p>
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState onRetry={() => void list.refetch()} />
      ) : list.data.length === 0 ? (
        <EmptyState>{m.noneYet}</EmptyState>
      ) : (
        <ul className="report-editions">
          {list.data.map((s) => {
            const shown = selection.kind === "snapshot" && selection.id === s.id;
            return (
              <li key={s.id}>
                <Link to={`/rapportage?editie=${s.id}`} aria-current={shown ? "page" : undefined}>
                  {m.editionLink(s.title, s.edition, formatTimestamp(s.publishedAt))}
                </Link>
                {shown ? <span className="muted"> {m.current}</span> : null}
              </li>
            );
          })}
        </ul>
      )}
      {selection.kind === "snapshot" ? (
        <p>
          <Link to="/rapportage">{m.backToLive}</Link>
        </p>
      ) : null}
    </div>
  );
}

function LiveReport({ period }: { period: ReportPeriod }) {
  const report = useQuery(trpc.report.live.queryOptions(period));
  if (report.isPending) return <LoadingState />;
  if (report.isError) return <ErrorState onRetry={() => void report.refetch()} />;
  return <ReportView report={report.data} />;
}

function PublishedReport({ id }: { id: string }) {
  const snapshot = useQuery(trpc.report.snapshot.queryOptions({ id }));
  if (snapshot.isPending) return <LoadingState />;
  if (snapshot.isError) {
    return isNotFound(snapshot.error) ? <EmptyState>{m.snapshotNotFound}</EmptyState> : <ErrorState onRetry={() => void snapshot.refetch()} />;
  }
  const s = snapshot.data;
  return <ReportView report={s.report} edition={{ edition: s.edition, publishedAt: s.publishedAt, publishedByName: s.publishedByName }} />;
}
