import "../pact-edit/pact-edit.css";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useRef, type ChangeEvent, type FormEvent } from "react";
import { Link, useLocation, useSearchParams } from "react-router";
import { pageCount } from "@zorgpact/domain/common";
import { eventKinds, eventKindSchema, type EventAdminListInput, type EventKind } from "@zorgpact/domain/event";
import { formatEventShortDay, formatEventTime } from "@zorgpact/ui/event-format.ts";
import { Pagination } from "@zorgpact/ui/Pagination.tsx";
import { EmptyState, ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { TableWrap } from "@zorgpact/ui/TableWrap.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { FormStatus } from "../../forms/FormAlert.tsx";
import { messages } from "../../messages.ts";
import { eventKindLabels, eventMessages } from "../../messages/event.ts";
import { trpc } from "../../trpc.ts";

const m = eventMessages.list;
const PAGE_SIZE = 25;
type Period = EventAdminListInput["period"];
const periodParam: Record<Period, string> = { all: "", upcoming: "komend", past: "voorbij" };

interface Filters {
  period: Period;
  kind?: EventKind;
  published?: boolean;
  search?: string;
  page: number;
}

/** The list's filters in the URL: `?tijd=komend|voorbij&soort=…&publicatie=ja|nee&zoek=…&pagina=…`. */
function parseFilters(params: URLSearchParams): Filters {
  const pageText = params.get("pagina") ?? "";
  const tijd = params.get("tijd");
  const filters: Filters = {
    period: tijd === "komend" ? "upcoming" : tijd === "voorbij" ? "past" : "all",
    page: /^\d{1,6}$/.test(pageText) && Number(pageText) >= 1 ? Number(pageText) : 1,
  };
  const kind = eventKindSchema.safeParse(params.get("soort"));
  if (kind.success) filters.kind = kind.data;
  const published = params.get("publicatie");
  if (published === "ja" || published === "nee") filters.published = published === "ja";
  const search = (params.get("zoek") ?? "").trim().slice(0, 100).trim();
  if (search) filters.search = search;
  return filters;
}

function toParams(filters: Filters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.period !== "all") params.set("tijd", periodParam[filters.period]);
  if (filters.kind) params.set("soort", filters.kind);
  if (filters.published !== undefined) params.set("publicatie", filters.published ? "ja" : "nee");
  if (filters.search) params.set("zoek", filters.search);
  if (filters.page > 1) params.set("pagina", String(filters.page));
  return params;
}

function listInput(filters: Filters): EventAdminListInput {
  return {
    period: filters.period,
    page: filters.page,
    pageSize: PAGE_SIZE,
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.published !== undefined ? { published: filters.published } : {}),
    ...(filters.search ? { search: filters.search } : {}),
  };
}

/** `/evenementen` (national team): the whole agenda, drafts included, newest first. */
export function EventsPage() {
  useDocumentTitle(m.title, messages.siteName);
  const location = useLocation();
  const notice = (location.state as { notice?: unknown } | null)?.notice;
  const [params, setParams] = useSearchParams();
  const filters = parseFilters(params);
  const tableRef = useRef<HTMLTableElement>(null);
  const list = useQuery(trpc.event.listAll.queryOptions(listInput(filters), { placeholderData: keepPreviousData }));
  const apply = (next: Filters) => setParams(toParams(next));
  const data = list.data;

  return (
    <>
      <h1>{m.heading}</h1>
      <p>{m.intro}</p>
      <p>
        <Link to="/evenementen/nieuw" className="button">
          {m.newEvent}
        </Link>
      </p>
      <EventFilterForm filters={filters} onChange={apply} />
      <FormStatus>{typeof notice === "string" ? notice : null}</FormStatus>
      <p aria-live="polite" aria-atomic="true" className="result-count">
        {data ? m.count(data.total) : ""}
      </p>
      {list.isPending ? (
        <LoadingState />
      ) : list.isError && !data ? (
        <ErrorState onRetry={() => void list.refetch()} />
      ) : data && data.items.length === 0 ? (
        <EmptyState>{m.empty}</EmptyState>
      ) : data ? (
        <>
          <TableWrap label={m.caption}>
            <table ref={tableRef} tabIndex={-1} className="data-table" aria-busy={list.isPlaceholderData}>
              <caption>{m.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.columns.date}</th>
                  <th scope="col">{m.columns.title}</th>
                  <th scope="col">{m.columns.kind}</th>
                  <th scope="col">{m.columns.publication}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((event) => (
                  <tr key={event.id}>
                    <td className="nowrap">
                      <time dateTime={event.startsAtUtc}>
                        {formatEventShortDay(event.startsAt)} {formatEventTime(event.startsAt)}
                      </time>
                    </td>
                    <th scope="row">
                      <Link to={`/evenementen/${event.id}`}>{event.title}</Link>
                    </th>
                    <td>{eventKindLabels[event.kind]}</td>
                    <td>{event.published ? m.published : m.draft}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          <Pagination
            page={data.page}
            pageCount={pageCount(data)}
            onPageChange={(page) => {
              apply({ ...filters, page });
              tableRef.current?.focus();
            }}
          />
        </>
      ) : null}
    </>
  );
}

function EventFilterForm({ filters, onChange }: { filters: Filters; onChange: (filters: Filters) => void }) {
  const read = (form: HTMLFormElement): Filters => {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === "string" && value.trim()) params.set(name, value);
    return { ...parseFilters(params), page: 1 };
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onChange(read(event.currentTarget));
  };
  const onSelect = (event: ChangeEvent<HTMLSelectElement>) => {
    if (event.currentTarget.form) onChange(read(event.currentTarget.form));
  };
  const active = filters.period !== "all" || Boolean(filters.kind || filters.search) || filters.published !== undefined;
  return (
    <form role="search" aria-label={m.filtersLabel} className="filters card" onSubmit={onSubmit}>
      <div className="form-row">
        <div className="field">
          <label htmlFor="evenementen-tijd">{m.period}</label>
          <select id="evenementen-tijd" name="tijd" value={periodParam[filters.period]} onChange={onSelect}>
            {(["all", "upcoming", "past"] as const).map((period) => (
              <option key={period} value={periodParam[period]}>
                {m.periods[period]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="evenementen-soort">{m.kind}</label>
          <select id="evenementen-soort" name="soort" value={filters.kind ?? ""} onChange={onSelect}>
            <option value="">{m.allKinds}</option>
            {eventKinds.map((kind) => (
              <option key={kind} value={kind}>
                {eventKindLabels[kind]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="evenementen-publicatie">{m.publication}</label>
          <select
            id="evenementen-publicatie"
            name="publicatie"
            value={filters.published === undefined ? "" : filters.published ? "ja" : "nee"}
            onChange={onSelect}
          >
            <option value="">{m.allPublications}</option>
            <option value="ja">{m.published}</option>
            <option value="nee">{m.draft}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="evenementen-zoek">{m.search}</label>
          <input key={filters.search ?? ""} id="evenementen-zoek" type="search" name="zoek" defaultValue={filters.search ?? ""} maxLength={100} />
        </div>
      </div>
      <div className="form-row">
        <button type="submit">{m.submit}</button>
        {active ? (
          <button type="button" className="button--secondary" onClick={() => onChange({ period: "all", page: 1 })}>
            {m.clear}
          </button>
        ) : null}
      </div>
    </form>
  );
}
