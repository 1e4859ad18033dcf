import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import { calendarYearOf, yearPeriod, type ReportPeriod } from "@zorgpact/domain/report";
import { ConfirmDialog } from "@zorgpact/ui/ConfirmDialog.tsx";
import { isNotFound } from "@zorgpact/ui/errors.ts";
import { apiMessage } from "@zorgpact/ui/form-errors.ts";
import { formatDate, formatTimestamp } from "@zorgpact/ui/format.ts";
import { PeriodPicker } from "@zorgpact/ui/report/PeriodPicker.tsx";
import { ReportActions } from "@zorgpact/ui/report/ReportActions.tsx";
import { defaultReportYear, paramsFor, reportYears, selectionFromParams, type ReportSelection } from "@zorgpact/ui/report/report-selection.ts";
import { ReportView } from "@zorgpact/ui/report/ReportView.tsx";
import { EmptyState, ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { TableWrap } from "@zorgpact/ui/TableWrap.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { messages } from "../../messages.ts";
import { reportMessages as m } from "../../messages/report.ts";
import { trpc } from "../../trpc.ts";

const periodName = (period: ReportPeriod) => {
  const year = calendarYearOf(period);
  return year === null ? m.periodRange(formatDate(period.from), formatDate(period.to)) : m.periodYear(year);
};

/**
 * The national team's report: live figures for a year or period, publishing them as a frozen
 * edition (after a confirmation), and the published editions beside them.
 */
export function ReportAdminPage() {
  useDocumentTitle(m.title, messages.siteName);
  const [params, setParams] = useSearchParams();
  const now = new Date();
  const selection = selectionFromParams(params, now);
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<string | null>(null);
  const select = (next: ReportSelection) => {
    setNotice(null);
    setParams(paramsFor(next));
  };

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
              onChange={(period) => select({ kind: "live", period })}
            />
            {selection.kind === "live" ? (
              <PublishButton
                period={selection.period}
                onPublished={(id, text) => {
                  select({ kind: "snapshot", id });
                  setNotice(text);
                }}
              />
            ) : null}
          </div>
          <Editions selection={selection} />
        </div>
        <p role="status">{notice}</p>
        <ReportActions fetchFile={fetchFile} />
      </section>
      {selection.kind === "live" ? <LiveReport period={selection.period} /> : <PublishedReport id={selection.id} />}
    </>
  );
}

function PublishButton({ period, onPublished }: { period: ReportPeriod; onPublished: (id: string, notice: string) => void }) {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const publish = useMutation(
    trpc.report.publish.mutationOptions({
      onSuccess: async (published) => {
        await queryClient.invalidateQueries({ queryKey: trpc.report.snapshots.queryKey() });
        setOpen(false);
        onPublished(published.id, m.published(published.title, published.edition));
      },
    }),
  );
  const what = periodName(period);
  return (
    <>
      <p>
        <button
          type="button"
          onClick={() => {
            publish.reset();
            setOpen(true);
          }}
        >
          {m.publish(what)}
        </button>
      </p>
      <ConfirmDialog
        open={open}
        title={m.publishTitle(what)}
        confirmLabel={m.publishConfirm}
        cancelLabel={m.cancel}
        busy={publish.isPending}
        busyLabel={m.publishing}
        error={publish.isError ? (apiMessage(publish.error) ?? m.publishFailed) : null}
        onConfirm={() => publish.mutate(period)}
        onCancel={() => setOpen(false)}
      >
        <p>{m.publishBody}</p>
      </ConfirmDialog>
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
        <TableWrap label={m.editionsCaption}>
          <table>
            <caption className="visually-hidden">{m.editionsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{m.titleColumn}</th>
                <th scope="col" className="num">
                  {m.editionColumn}
                </th>
                <th scope="col">{m.publishedAtColumn}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((s) => {
                const shown = selection.kind === "snapshot" && selection.id === s.id;
                return (
                  <tr key={s.id}>
                    <th scope="row">
                      <Link to={`/rapportage?editie=${s.id}`} aria-label={m.show(s.title, s.edition)} aria-current={shown ? "page" : undefined}>
                        {s.title}
                      </Link>
                      {shown ? <span className="muted"> ({m.shown})</span> : null}
                    </th>
                    <td className="num">{s.edition}</td>
                    <td>{formatTimestamp(s.publishedAt)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableWrap>
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
