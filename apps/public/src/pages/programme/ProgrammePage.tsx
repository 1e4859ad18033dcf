import "./programme.css";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link, useSearchParams } from "react-router";
import type { ProgrammeEntry, ProgrammeOverview } from "@zorgpact/domain/indicator-catalogue";
import { EmptyState, ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { messages } from "../../messages.ts";
import { programmeMessages as m } from "../../messages/programme.ts";
import { trpc } from "../../trpc.ts";
import { formatTotal, parseProgrammeParams, programmeQuery, type ProgrammeParams } from "./programme-params.ts";
import { ProgrammeFilters } from "./ProgrammeFilters.tsx";
import { RegionTotalsTable } from "./RegionTotalsTable.tsx";
// Imported directly, not lazily: the server renders the map into the page's HTML; this page is its own chunk.
import { ValueMap } from "./ValueMap.tsx";

/** `/programma`: per catalogue indicator the national total, with filters, drill-down and a map with its table. */
export function ProgrammePage() {
  useDocumentTitle(m.title, messages.siteName);
  const [search, setSearch] = useSearchParams();
  const params = parseProgrammeParams(search);
  const overview = useQuery({ ...trpc.programme.overview.queryOptions(params), placeholderData: keepPreviousData });
  const environment = useQuery({ ...trpc.report.environment.queryOptions(), staleTime: Infinity });
  const apply = (next: ProgrammeParams) => setSearch(new URLSearchParams(programmeQuery(next)));

  return (
    <>
      <h1>{m.heading}</h1>
      <p className="lead">{m.lead}</p>
      <p>{m.sourceNote}</p>
      {environment.data?.demoData ? <p className="demo-source">{m.demoNote}</p> : null}
      {overview.isPending ? (
        <LoadingState />
      ) : overview.isError ? (
        <ErrorState onRetry={() => void overview.refetch()} />
      ) : (
        <ProgrammeContent data={overview.data} params={params} onChange={apply} />
      )}
    </>
  );
}

function ProgrammeContent({ data, params, onChange }: { data: ProgrammeOverview; params: ProgrammeParams; onChange: (next: ProgrammeParams) => void }) {
  const regionName = data.regions.find((r) => r.id === params.regionId)?.label ?? null;
  // Links keep the year shown (also when it was the default), region and theme.
  const shown: ProgrammeParams = { ...params, year: data.year ?? undefined };
  const drillHref = (entryId: string, regionId = params.regionId) =>
    `/programma/${entryId}${programmeQuery({ year: shown.year, regionId, themeId: params.themeId })}`;
  const mapEntry = data.map ? data.entries.find((e) => e.id === data.map!.entryId) : undefined;
  return (
    <>
      <ProgrammeFilters overview={data} params={params} onChange={onChange} />
      <section aria-labelledby="totalen-kop">
        <h2 id="totalen-kop">{m.entriesHeading(data.year, regionName)}</h2>
        {data.entries.length === 0 ? (
          <EmptyState>{m.empty}</EmptyState>
        ) : (
          <ul className="programme-entries plain-list">
            {data.entries.map((entry) => (
              <EntryCard
                key={entry.id}
                entry={entry}
                drillHref={drillHref(entry.id)}
                mapHref={`/programma${programmeQuery({ ...params, mapEntryId: entry.id })}#kaart`}
              />
            ))}
          </ul>
        )}
      </section>
      {data.map && mapEntry ? (
        <section aria-labelledby="kaart" className="programme-map">
          <h2 id="kaart" tabIndex={-1}>
            {m.mapHeading(mapEntry.name)}
          </h2>
          <p>{m.mapIntro}</p>
          <p className="muted">{mapEntry.total?.method === "median" ? m.methodMedian : m.methodSum}</p>
          <div className="programme-map__views">
            <ValueMap entry={mapEntry} regions={data.map.regions} hrefOf={(regionId) => drillHref(mapEntry.id, regionId)} />
            <RegionTotalsTable entry={mapEntry} regions={data.map.regions} hrefOf={(regionId) => drillHref(mapEntry.id, regionId)} />
          </div>
          <p className="muted attribution">{m.attribution}</p>
        </section>
      ) : null}
    </>
  );
}

function EntryCard({ entry, drillHref, mapHref }: { entry: ProgrammeEntry; drillHref: string; mapHref: string }) {
  const headingId = `indicator-${entry.id}`;
  return (
    <li className="card programme-entry">
      <article aria-labelledby={headingId}>
        <h3 id={headingId}>{entry.name}</h3>
        {entry.total ? (
          <p className="programme-entry__total">
            <span className="programme-entry__figure">{formatTotal(entry.total, entry.unit, entry.unitLabel)}</span>{" "}
            <span className="muted">
              ({entry.total.method === "median" ? m.medianLabel : m.totalLabel}, {m.pactCount(entry.total.pactCount)})
            </span>
          </p>
        ) : (
          <p className="muted">{m.noValues}</p>
        )}
        <p className="programme-entry__method">{entry.unit === "percentage" ? m.methodMedian : m.methodSum}</p>
        <details>
          <summary>{m.definitionLabel}</summary>
          <p>{entry.definition}</p>
          <p>
            {entry.direction === "up" ? m.directionUp : m.directionDown}
            {entry.themes.length > 0 ? `. ${m.themesLabel}: ${entry.themes.map((t) => t.label).join(", ")}` : ""}
          </p>
        </details>
        <ul className="programme-entry__links plain-list">
          {entry.total ? (
            <li>
              <Link to={drillHref}>
                {m.drillDownShort}
                <span className="visually-hidden"> {m.drillDown(entry.name)}</span>
              </Link>
            </li>
          ) : null}
          <li>
            <Link to={mapHref}>
              {m.showOnMap}
              <span className="visually-hidden">{m.showOnMapOf(entry.name)}</span>
            </Link>
          </li>
        </ul>
      </article>
    </li>
  );
}
