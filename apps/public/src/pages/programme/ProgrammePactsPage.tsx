import "./programme.css";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams, useSearchParams } from "react-router";
import { errorCode } from "@zorgpact/ui/errors.ts";
import { idSchema } from "@zorgpact/domain/common";
import { indicatorStatus } from "@zorgpact/domain/indicator-status";
import type { ProgrammePactValue } from "@zorgpact/domain/indicator-catalogue";
import { formatDate, formatPercent } from "@zorgpact/ui/format.ts";
import { IndicatorStatusBadge, todayInTheNetherlands } from "@zorgpact/ui/indicator-status/IndicatorStatusBadge.tsx";
import { ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { TableWrap } from "@zorgpact/ui/TableWrap.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { messages } from "../../messages.ts";
import { programmeMessages as m } from "../../messages/programme.ts";
import { trpc } from "../../trpc.ts";
import { formatCatalogueValue, formatTotal, parseProgrammeParams, programmeQuery } from "./programme-params.ts";

/** `/programma/:id`: the pacts behind one total, each with the value it contributes. */
export function ProgrammePactsPage() {
  const { id = "" } = useParams();
  const [search] = useSearchParams();
  const { mapEntryId: _map, ...filter } = parseProgrammeParams(search);
  // The API's own id rule: an id it would refuse is "not found" here, not an error.
  const valid = idSchema.safeParse(id).success;
  const pacts = useQuery({
    ...trpc.programme.pacts.queryOptions({ ...filter, catalogueId: valid ? id : "00000000-0000-4000-8000-000000000000" }),
    enabled: valid,
  });
  // The catalogue and which pacts adopted it are invented for the demo: the drill-down says so as the overview does.
  const environment = useQuery({ ...trpc.report.environment.queryOptions(), staleTime: Infinity });
  useDocumentTitle(pacts.data ? m.pactsTitle(pacts.data.entry.name) : m.title, messages.siteName);
  const back = (
    <p className="back-link">
      <Link to={`/programma${programmeQuery({ ...filter, mapEntryId: valid ? id : undefined })}`}>← {m.backToProgramme}</Link>
    </p>
  );
  if (!valid || (pacts.isError && errorCode(pacts.error) === "NOT_FOUND")) {
    return (
      <>
        {back}
        <h1>{m.notFound}</h1>
      </>
    );
  }
  if (pacts.isPending) return <LoadingState />;
  if (pacts.isError) return <ErrorState onRetry={() => void pacts.refetch()} />;
  const { entry, year, regionName, themeLabel } = pacts.data;
  const caption = m.pactsTableCaption(entry.name, year);
  // The day of viewing, on the server and in the browser alike (the answer is cached, the status is not).
  const today = todayInTheNetherlands();
  return (
    <>
      {back}
      <h1>{m.pactsHeading(entry.name)}</h1>
      {environment.data?.demoData ? <p className="demo-source">{m.demoNote}</p> : null}
      <dl className="programme-facts">
        <div>
          <dt>{m.selectionLabel}</dt>
          <dd>{m.selection(year, regionName, themeLabel)}</dd>
        </div>
        <div>
          <dt>{m.totalHeading}</dt>
          <dd>
            {entry.total ? (
              <>
                <span className="programme-entry__figure">{formatTotal(entry.total, entry.unit, entry.unitLabel)}</span>{" "}
                <span className="muted">
                  ({entry.total.method === "median" ? m.medianLabel : m.totalLabel}, {m.pactCount(entry.total.pactCount)})
                </span>
              </>
            ) : (
              m.none
            )}
            <br />
            <span className="muted">{entry.unit === "percentage" ? m.methodMedian : m.methodSum}</span>
          </dd>
        </div>
        <div>
          <dt>{m.definitionLabel}</dt>
          <dd>{entry.definition}</dd>
        </div>
      </dl>
      {pacts.data.pacts.length === 0 ? (
        <p>{m.noPacts}</p>
      ) : (
        <>
          <p className="value-table__heading" aria-hidden="true">
            {caption}
          </p>
          <TableWrap label={caption}>
            <table className="value-table">
              <caption className="visually-hidden">{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.pactColumn}</th>
                  <th scope="col">{m.pactRegionColumn}</th>
                  <th scope="col">{m.indicatorColumn}</th>
                  <th scope="col" className="numeric">
                    {m.pactValueColumn}
                  </th>
                  <th scope="col">{m.measuredOnColumn}</th>
                  <th scope="col">{m.statusColumn}</th>
                </tr>
              </thead>
              <tbody>
                {pacts.data.pacts.map((pact) => (
                  <tr key={`${pact.pactId}-${pact.indicatorName}`}>
                    <th scope="row">
                      <Link to={`/zorgpacten/${encodeURIComponent(pact.slug)}`}>{pact.name}</Link>
                    </th>
                    <td>{pact.regionName ?? m.none}</td>
                    <td>{pact.indicatorName}</td>
                    <td className="numeric">{formatCatalogueValue(pact.value, entry.unit, entry.unitLabel)}</td>
                    <td className="nowrap">{formatDate(pact.measuredOn)}</td>
                    <td className="programme-status">
                      <PactStatus pact={pact} today={today} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          <p className="muted programme-status__note">{m.statusNote}</p>
        </>
      )}
    </>
  );
}

/** The adopting indicator's progress and status on `today` (domain/indicator-status.ts), with its explanation as text. */
function PactStatus({ pact, today }: { pact: ProgrammePactValue; today: string }) {
  const measurements = pact.indicator.latest ? [pact.indicator.latest] : [];
  const { progress } = indicatorStatus(pact.indicator, measurements, today);
  return (
    <>
      <progress className="bar bar--small" value={Math.min(Math.max(progress, 0), 1)} max={1} aria-hidden="true" /> {m.progressShare(formatPercent(progress))}
      <br />
      <IndicatorStatusBadge indicator={pact.indicator} measurements={measurements} today={today} />
    </>
  );
}
