import "./volgspot.css";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useSearchParams } from "react-router";
import { FIRST_VOLGSPOT_YEAR, type FactorCount, type VolgspotMonitor } from "@zorgpact/domain/volgspot";
import { DataList, listInHand, type DataListColumn } from "@zorgpact/ui/list/DataList.tsx";
import { apiMessage } from "@zorgpact/ui/form-errors.ts";
import { formatDate, formatNumber, formatTimestamp } from "@zorgpact/ui/format.ts";
import { EmptyState, ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { FormAlert, FormStatus } from "@zorgpact/ui/forms/FormParts.tsx";
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

type PactRow = VolgspotMonitor["pacts"][number];
type OverdueAgreement = VolgspotMonitor["overdueAgreements"][number];

function pactColumns(year: number): DataListColumn<PactRow>[] {
  return [
    {
      header: m.pact,
      primary: true,
      cell: (row) => (
        <>
          <Link to={row.revision ? `/zorgpacten/${row.pactId}/volgspot/${year}` : `/zorgpacten/${row.pactId}/volgspot`}>{row.name}</Link>
          {row.published ? null : <span className="volgspot-meta"> {m.draftPact}</span>}
        </>
      ),
    },
    {
      header: m.state,
      cell: (row) => (
        <>
          {volgspotMessages.yearState[row.state]}
          {row.overdue ? <span className="volgspot-overdue"> ({m.overdue})</span> : null}
        </>
      ),
    },
    { header: m.dueOn, cell: (row) => formatDate(row.dueOn) },
    { header: m.heldOn, cell: (row) => (row.revision ? formatDate(row.revision.heldOn) : "–") },
    {
      header: m.agreements,
      cell: (row) => (
        <>
          {formatNumber(row.openAgreements)} /{" "}
          {row.overdueAgreements > 0 ? <span className="volgspot-overdue">{formatNumber(row.overdueAgreements)}</span> : "0"}
        </>
      ),
    },
  ];
}

const overdueColumns: DataListColumn<OverdueAgreement>[] = [
  {
    header: m.pact,
    primary: true,
    cell: (a) => (
      <>
        <Link to={`/zorgpacten/${a.pactId}/volgspot/${a.year}`}>{a.pactName}</Link> ({a.year})
      </>
    ),
  },
  { header: volgspotMessages.agreements.text, cell: (a) => a.text },
  { header: volgspotMessages.agreements.owner, cell: (a) => a.ownerName },
  { header: volgspotMessages.agreements.dueOn, cell: (a) => formatDate(a.dueOn) },
];

function Monitor({ monitor, onDecided }: { monitor: VolgspotMonitor; onDecided: (notice: string) => Promise<unknown> }) {
  const [page, setPage] = useState(1);
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
        <DataList
          query={listInHand(monitor.pacts)}
          label={m.tableLabel(monitor.year)}
          hideCaption
          columns={pactColumns(monitor.year)}
          rowKey={(row) => row.pactId}
          empty={m.noPacts}
        />
      </section>

      <section className="volgspot-section" aria-labelledby="te-laat-kop">
        <h2 id="te-laat-kop">{m.overdueHeading}</h2>
        <DataList
          query={listInHand(monitor.overdueAgreements, page, AGREEMENTS_PER_PAGE)}
          label={m.overdueLabel}
          hideCaption
          columns={overdueColumns}
          rowKey={(a) => a.id}
          empty={m.noOverdue}
          onPageChange={setPage}
        />
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

const factorColumns: DataListColumn<FactorCount>[] = [
  { header: m.factor, primary: true, cell: (f) => f.label },
  { header: m.pacts, cell: (f) => formatNumber(f.count) },
];

function FactorTable({ label, factors }: { label: string; factors: readonly FactorCount[] }) {
  return (
    <div>
      <h3>{label}</h3>
      <DataList query={listInHand(factors)} label={label} hideCaption columns={factorColumns} rowKey={(f) => f.label} empty={m.noFactors} />
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
