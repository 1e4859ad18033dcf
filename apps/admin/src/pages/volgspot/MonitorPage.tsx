import "./volgspot.css";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useSearchParams } from "react-router";
import { FIRST_VOLGSPOT_YEAR, type FactorCount, type VolgspotMonitor } from "@zorgpact/domain/volgspot";
import { apiMessage } from "@zorgpact/ui/form-errors.ts";
import { formatDate, formatNumber, formatTimestamp } from "@zorgpact/ui/format.ts";
import { Pagination } from "@zorgpact/ui/Pagination.tsx";
import { EmptyState, ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { TableWrap } from "@zorgpact/ui/TableWrap.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { FormAlert, FormStatus } from "../../forms/FormAlert.tsx";
import { SelectField } from "../../forms/fields.tsx";
import { messages } from "../../messages.ts";
import { volgspotMessages } from "../../messages/volgspot.ts";
import { trpc } from "../../trpc.ts";
import { downloadFile } from "../agenda/file-base64.ts";
import { DecisionButtons } from "./DecisionButtons.tsx";

const m = volgspotMessages.monitor;
const AGREEMENTS_PER_PAGE = 10;

function yearChoices(): number[] {
  const last = new Date().getFullYear() + 1;
  return Array.from({ length: last - FIRST_VOLGSPOT_YEAR + 1 }, (_, i) => last - i);
}

/** `/volgspot` (national team): per year, the Volgspot of every regional pact, overdue agreements and factors. */
export function MonitorPage() {
  const [params, setParams] = useSearchParams();
  const fromUrl = Number(params.get("jaar"));
  const year = yearChoices().includes(fromUrl) ? fromUrl : new Date().getFullYear();
  const [picked, setPicked] = useState(String(year));
  const query = useQuery(trpc.volgspot.monitor.queryOptions({ year }));
  const [notice, setNotice] = useState<string | null>(null);
  const queryClient = useQueryClient();
  useDocumentTitle(`${m.title} ${year}`, messages.siteName);

  const onShow = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setNotice(null);
    setParams({ jaar: picked });
  };

  return (
    <>
      <h1>{m.heading}</h1>
      <p className="lead">{m.intro}</p>
      <form className="volgspot-filter" onSubmit={onShow} aria-label={m.yearForm}>
        <SelectField id="monitor-jaar" label={m.year} value={picked} onValueChange={setPicked}>
          {yearChoices().map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </SelectField>
        <button type="submit">{m.show}</button>
      </form>
      <FormStatus>{notice}</FormStatus>
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState onRetry={() => void query.refetch()} />
      ) : (
        <Monitor
          monitor={query.data}
          onDecided={async (text) => {
            setNotice(text);
            await queryClient.invalidateQueries({ queryKey: trpc.volgspot.pathKey() });
          }}
        />
      )}
    </>
  );
}

function Monitor({ monitor, onDecided }: { monitor: VolgspotMonitor; onDecided: (notice: string) => Promise<unknown> }) {
  const [page, setPage] = useState(1);
  const pageCount = Math.max(1, Math.ceil(monitor.overdueAgreements.length / AGREEMENTS_PER_PAGE));
  const shownAgreements = monitor.overdueAgreements.slice((page - 1) * AGREEMENTS_PER_PAGE, page * AGREEMENTS_PER_PAGE);
  return (
    <>
      <div className="volgspot-figures" role="status">
        <p>
          <strong>{m.summary(monitor.held, monitor.total, monitor.year)}</strong>
        </p>
        <p>{m.waiting(monitor.submitted)}</p>
        <p>{m.overdueCount(monitor.overdue)}</p>
      </div>

      <WaitingSection monitor={monitor} onDecided={onDecided} />

      <section className="volgspot-section" aria-labelledby="stand-kop">
        <h2 id="stand-kop">{m.tableLabel(monitor.year)}</h2>
        {monitor.pacts.length === 0 ? (
          <EmptyState>{m.noPacts}</EmptyState>
        ) : (
          <TableWrap label={m.tableLabel(monitor.year)}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{m.pact}</th>
                  <th scope="col">{m.state}</th>
                  <th scope="col">{m.dueOn}</th>
                  <th scope="col">{m.heldOn}</th>
                  <th scope="col">{m.agreements}</th>
                </tr>
              </thead>
              <tbody>
                {monitor.pacts.map((row) => (
                  <tr key={row.pactId}>
                    <th scope="row">
                      <Link to={row.revision ? `/zorgpacten/${row.pactId}/volgspot/${monitor.year}` : `/zorgpacten/${row.pactId}/volgspot`}>{row.name}</Link>
                      {row.published ? null : <span className="volgspot-meta"> {m.draftPact}</span>}
                    </th>
                    <td>
                      {volgspotMessages.yearState[row.state]}
                      {row.overdue ? <span className="volgspot-overdue"> ({m.overdue})</span> : null}
                    </td>
                    <td>{formatDate(row.dueOn)}</td>
                    <td>{row.revision ? formatDate(row.revision.heldOn) : "–"}</td>
                    <td>
                      {formatNumber(row.openAgreements)} /{" "}
                      {row.overdueAgreements > 0 ? <span className="volgspot-overdue">{formatNumber(row.overdueAgreements)}</span> : "0"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </section>

      <section className="volgspot-section" aria-labelledby="te-laat-kop">
        <h2 id="te-laat-kop">{m.overdueHeading}</h2>
        {monitor.overdueAgreements.length === 0 ? (
          <EmptyState>{m.noOverdue}</EmptyState>
        ) : (
          <>
            <TableWrap label={m.overdueLabel}>
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{m.pact}</th>
                    <th scope="col">{volgspotMessages.agreements.text}</th>
                    <th scope="col">{volgspotMessages.agreements.owner}</th>
                    <th scope="col">{volgspotMessages.agreements.dueOn}</th>
                  </tr>
                </thead>
                <tbody>
                  {shownAgreements.map((a) => (
                    <tr key={a.id}>
                      <th scope="row">
                        <Link to={`/zorgpacten/${a.pactId}/volgspot/${a.year}`}>{a.pactName}</Link> ({a.year})
                      </th>
                      <td>{a.text}</td>
                      <td>{a.ownerName}</td>
                      <td>{formatDate(a.dueOn)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
            {pageCount > 1 ? <Pagination page={page} pageCount={pageCount} onPageChange={setPage} /> : null}
          </>
        )}
      </section>

      <section className="volgspot-section" aria-labelledby="factoren-kop">
        <h2 id="factoren-kop">{m.factorsHeading(monitor.year)}</h2>
        <p>{m.factorsIntro}</p>
        <div className="volgspot-factors">
          <FactorTable label={m.successLabel} factors={monitor.successFactors} />
          <FactorTable label={m.failureLabel} factors={monitor.failureFactors} />
        </div>
      </section>

      <ExportSection year={monitor.year} />
    </>
  );
}

/** The submitted Volgspots of the year, each with the decision: the national team's to-do, above the table so no action hides in it. */
function WaitingSection({ monitor, onDecided }: { monitor: VolgspotMonitor; onDecided: (notice: string) => Promise<unknown> }) {
  const waiting = monitor.pacts.filter((row) => row.revision?.status === "submitted");
  return (
    <section className="volgspot-section" aria-labelledby="wachtend-kop">
      <h2 id="wachtend-kop">{m.waitingHeading}</h2>
      {waiting.length === 0 ? (
        <EmptyState>{m.noneWaiting}</EmptyState>
      ) : (
        <ul className="plain-list volgspot-agreements">
          {waiting.map((row) => (
            <li key={row.pactId}>
              <p>
                <strong>{row.name}</strong>
              </p>
              <p className="volgspot-meta">
                {m.waitingLine(formatDate(row.revision!.heldOn), row.revision!.submittedAt ? formatTimestamp(row.revision!.submittedAt) : "–")}
              </p>
              <p>
                <Link to={`/zorgpacten/${row.pactId}/volgspot/${monitor.year}`}>{m.openYear(row.name, monitor.year)}</Link>
              </p>
              <DecisionButtons revision={row.revision!} pactName={row.name} year={monitor.year} idPrefix={`monitor-${row.pactId}`} onDecided={onDecided} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function FactorTable({ label, factors }: { label: string; factors: readonly FactorCount[] }) {
  return (
    <div>
      <h3>{label}</h3>
      {factors.length === 0 ? (
        <EmptyState>{m.noFactors}</EmptyState>
      ) : (
        <TableWrap label={label}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{m.factor}</th>
                <th scope="col">{m.pacts}</th>
              </tr>
            </thead>
            <tbody>
              {factors.map((f) => (
                <tr key={f.label}>
                  <th scope="row">{f.label}</th>
                  <td>{formatNumber(f.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </div>
  );
}

/** The monitoring view as an XLSX file: `volgspot.exportMonitor` returns it in base64. */
function ExportSection({ year }: { year: number }) {
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const run = async () => {
    if (busy) return;
    setBusy(true);
    setDone(null);
    setFailure(null);
    try {
      const file = await queryClient.fetchQuery({ ...trpc.volgspot.exportMonitor.queryOptions({ year }), staleTime: 0, gcTime: 0 });
      downloadFile(file);
      setDone(m.exported(file.fileName));
    } catch (error) {
      setFailure(apiMessage(error) ?? messages.error.action);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="volgspot-section" aria-labelledby="export-kop">
      <h2 id="export-kop">{m.exportHeading}</h2>
      {failure ? (
        <FormAlert title={messages.error.title}>
          <p>{failure}</p>
        </FormAlert>
      ) : null}
      <button type="button" onClick={() => void run()} aria-disabled={busy || undefined}>
        {busy ? m.exporting : m.export}
      </button>
      <FormStatus>{done}</FormStatus>
    </section>
  );
}
