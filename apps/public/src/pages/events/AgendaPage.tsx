import "./events.css";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useRef, type ChangeEvent, type FormEvent } from "react";
import { Link, useSearchParams } from "react-router";
import { pageCount } from "@zorgpact/domain/common";
import { eventKinds, type PublicEvent } from "@zorgpact/domain/event";
import { formatEventPeriod } from "@zorgpact/ui/event-format.ts";
import { Pagination } from "@zorgpact/ui/Pagination.tsx";
import { EmptyState, ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { usePageOrigin } from "@zorgpact/ui/server-render.ts";
import { messages } from "../../messages.ts";
import { eventKindLabels, eventMessages } from "../../messages/events.ts";
import { trpc } from "../../trpc.ts";
import {
  agendaFiltersToParams,
  agendaHref,
  agendaListInput,
  agendaParams,
  feedUrls,
  hasActiveAgendaFilters,
  parseAgendaFilters,
  type AgendaFilters,
} from "./agenda-filters.ts";

const m = eventMessages.agenda;

/** `/agenda`: upcoming or past meetings, filtered by kind, region and theme in the URL, with a feed per filter. */
export function AgendaPage() {
  useDocumentTitle(m.title, messages.siteName);
  const [params, setParams] = useSearchParams();
  const filters = parseAgendaFilters(params);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const list = useQuery(trpc.event.list.queryOptions(agendaListInput(filters), { placeholderData: keepPreviousData }));
  const apply = (next: AgendaFilters) => setParams(agendaFiltersToParams(next));

  return (
    <>
      <h1>{m.heading}</h1>
      <p className="lead">{m.lead}</p>
      <nav aria-label={m.periodLabel} className="agenda-periods">
        <ul>
          {(["upcoming", "past"] as const).map((period) => (
            <li key={period}>
              <Link to={agendaHref({ ...filters, period, page: 1 })} aria-current={filters.period === period ? "page" : undefined}>
                {period === "upcoming" ? m.upcoming : m.past}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <AgendaFilterForm filters={filters} onChange={apply} />
      <section aria-labelledby="agenda-resultaten" className="results">
        <h2 id="agenda-resultaten" ref={resultsHeading} tabIndex={-1}>
          {filters.period === "upcoming" ? m.upcoming : m.past}
        </h2>
        <p aria-live="polite" aria-atomic="true" className="result-count">
          {list.data ? m.resultCount(list.data.total) : ""}
        </p>
        {list.isPending ? (
          <LoadingState />
        ) : list.isError && !list.data ? (
          <ErrorState onRetry={() => void list.refetch()} />
        ) : list.data && list.data.items.length === 0 ? (
          <EmptyState>
            <p>{filters.period === "upcoming" ? m.emptyUpcoming : m.emptyPast}</p>
            <p>{m.emptyHint}</p>
            {hasActiveAgendaFilters(filters) ? (
              <Link to={agendaHref({ period: filters.period, page: 1 })} className="button button--secondary">
                {m.clear}
              </Link>
            ) : null}
          </EmptyState>
        ) : list.data ? (
          <>
            <ul className="plain-list event-list" aria-busy={list.isPlaceholderData}>
              {list.data.items.map((event) => (
                <EventItem key={event.id} event={event} />
              ))}
            </ul>
            <Pagination
              page={list.data.page}
              pageCount={pageCount(list.data)}
              onPageChange={(page) => {
                apply({ ...filters, page });
                resultsHeading.current?.focus();
              }}
              hrefFor={(page) => agendaHref({ ...filters, page })}
            />
          </>
        ) : null}
      </section>
      <Subscribe filters={filters} />
    </>
  );
}

function EventItem({ event }: { event: PublicEvent }) {
  const where = [event.location, event.onlineUrl ? m.online : null].filter(Boolean).join(" · ");
  return (
    <li>
      <h3>
        <Link to={`/agenda/${event.id}`}>{event.title}</Link>
      </h3>
      <p>
        <time dateTime={event.startsAtUtc}>{formatEventPeriod(event.startsAt, event.endsAt)}</time>
      </p>
      <p className="muted">
        <span className="tag">{eventKindLabels[event.kind]}</span>
        {where ? ` ${m.where}: ${where}` : null}
        {event.regions.length > 0 ? ` · ${event.regions.map((r) => r.name).join(", ")}` : null}
      </p>
    </li>
  );
}

function AgendaFilterForm({ filters, onChange }: { filters: AgendaFilters; onChange: (filters: AgendaFilters) => void }) {
  const regions = useQuery(trpc.region.list.queryOptions({ pageSize: 100 }));
  const themes = useQuery(trpc.theme.list.queryOptions());
  const read = (form: HTMLFormElement): AgendaFilters => {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === "string" && value) params.set(name, value);
    return { ...parseAgendaFilters(params), period: filters.period, page: 1 };
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onChange(read(event.currentTarget));
  };
  const onSelect = (event: ChangeEvent<HTMLSelectElement>) => {
    if (event.currentTarget.form) onChange(read(event.currentTarget.form));
  };
  const listsFailed = regions.isError || themes.isError;

  return (
    // A plain GET form: without JavaScript it still leads to the filtered agenda.
    <form role="search" aria-label={m.filtersLabel} className="filters card" method="get" action="/agenda" onSubmit={onSubmit}>
      <h2 className="visually-hidden">{m.filtersHeading}</h2>
      {filters.period === "past" ? <input type="hidden" name={agendaParams.period} value="voorbij" /> : null}
      <div className="form-row">
        <div className="field">
          <label htmlFor="agenda-soort">{m.kind}</label>
          <select id="agenda-soort" name={agendaParams.kind} value={filters.kind ?? ""} onChange={onSelect}>
            <option value="">{m.allKinds}</option>
            {eventKinds.map((kind) => (
              <option key={kind} value={kind}>
                {eventKindLabels[kind]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="agenda-regio">{m.region}</label>
          <select id="agenda-regio" name={agendaParams.regionId} value={filters.regionId ?? ""} onChange={onSelect} aria-describedby="agenda-regio-hint">
            <option value="">{m.allRegions}</option>
            {(regions.data?.items ?? []).map((region) => (
              <option key={region.id} value={region.id}>
                {region.name}
              </option>
            ))}
          </select>
          <p id="agenda-regio-hint" className="hint muted">
            {m.regionHint}
          </p>
        </div>
        <div className="field">
          <label htmlFor="agenda-thema">{m.theme}</label>
          <select id="agenda-thema" name={agendaParams.themeId} value={filters.themeId ?? ""} onChange={onSelect}>
            <option value="">{m.allThemes}</option>
            {(themes.data ?? []).map((theme) => (
              <option key={theme.id} value={theme.id}>
                {theme.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      {listsFailed ? <p className="field-error">{m.listsUnavailable}</p> : null}
      <div className="form-row form-actions">
        <button type="submit">{m.submit}</button>
        {hasActiveAgendaFilters(filters) ? (
          <Link to={agendaHref({ period: filters.period, page: 1 })} className="button button--secondary">
            {m.clear}
          </Link>
        ) : null}
      </div>
    </form>
  );
}

function Subscribe({ filters }: { filters: AgendaFilters }) {
  const urls = feedUrls(filters, usePageOrigin());
  return (
    <section aria-labelledby="agenda-abonneren" className="event-subscribe card">
      <h2 id="agenda-abonneren">{m.subscribeHeading}</h2>
      <p>{m.subscribeIntro}</p>
      {hasActiveAgendaFilters(filters) ? <p>{m.subscribeFiltered}</p> : null}
      <ul>
        <li>
          <a href={urls.subscribe}>{m.subscribe}</a>
        </li>
        <li>
          <a href={urls.download} download="zorgpact-agenda.ics">
            {m.download}
          </a>
        </li>
      </ul>
    </section>
  );
}
