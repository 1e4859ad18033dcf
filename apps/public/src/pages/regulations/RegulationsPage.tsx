import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useRef, type ChangeEvent, type FormEvent } from "react";
import { Link, useSearchParams } from "react-router";
import { ministries, ministrySchema, type Ministry } from "@zorgpact/domain/barrier";
import { pageCount } from "@zorgpact/domain/common";
import { formatEuroFromCents } from "@zorgpact/ui/format.ts";
import { Pagination } from "@zorgpact/ui/Pagination.tsx";
import { EmptyState, ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { messages } from "../../messages.ts";
import { regulationMessages } from "../../messages/regulations.ts";
import { trpc } from "../../trpc.ts";
import { periodText } from "./period.ts";

const m = regulationMessages.list;
const PAGE_SIZE = 20;

interface Filters {
  ministry?: Ministry;
  search?: string;
  page: number;
}

function parseFilters(params: URLSearchParams): Filters {
  const pageText = params.get("pagina") ?? "";
  const filters: Filters = { page: /^\d{1,6}$/.test(pageText) && Number(pageText) >= 1 ? Number(pageText) : 1 };
  const ministry = ministrySchema.safeParse(params.get("ministerie"));
  if (ministry.success) filters.ministry = ministry.data;
  const search = (params.get("zoek") ?? "").trim().slice(0, 100).trim();
  if (search) filters.search = search;
  return filters;
}

function toParams(filters: Filters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.ministry) params.set("ministerie", filters.ministry);
  if (filters.search) params.set("zoek", filters.search);
  if (filters.page > 1) params.set("pagina", String(filters.page));
  return params;
}

/** `/regelingen`: the regelingen of OCW, VWS and SZW, with how many published pacts each funded. */
export function RegulationsPage() {
  useDocumentTitle(m.title, messages.siteName);
  const [params, setParams] = useSearchParams();
  const filters = parseFilters(params);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const list = useQuery(trpc.regulation.list.queryOptions({ ...filters, pageSize: PAGE_SIZE }, { placeholderData: keepPreviousData }));
  const apply = (next: Filters) => setParams(toParams(next));
  const read = (form: HTMLFormElement): Filters => {
    const data = new FormData(form);
    const ministry = String(data.get("ministerie") ?? "") as Ministry | "";
    const search = String(data.get("zoek") ?? "").trim();
    return { page: 1, ...(ministry ? { ministry } : {}), ...(search ? { search } : {}) };
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    apply(read(event.currentTarget));
  };
  const onSelect = (event: ChangeEvent<HTMLSelectElement>) => event.currentTarget.form && apply(read(event.currentTarget.form));
  const data = list.data;
  return (
    <>
      <h1>{m.heading}</h1>
      <p className="lead">{m.lead}</p>
      <form role="search" aria-label={m.filtersLabel} className="filters card" method="get" action="/regelingen" onSubmit={onSubmit}>
        <div className="form-row">
          <div className="field">
            <label htmlFor="regeling-ministerie">{m.ministry}</label>
            <select id="regeling-ministerie" name="ministerie" value={filters.ministry ?? ""} onChange={onSelect}>
              <option value="">{m.allMinistries}</option>
              {ministries.map((ministry) => (
                <option key={ministry} value={ministry}>
                  {regulationMessages.ministry[ministry]}
                </option>
              ))}
            </select>
          </div>
          <div className="field field--grow">
            <label htmlFor="regeling-zoek">{m.search}</label>
            <input key={filters.search ?? ""} id="regeling-zoek" type="search" name="zoek" defaultValue={filters.search ?? ""} maxLength={100} />
          </div>
        </div>
        <div className="form-row form-actions">
          <button type="submit">{m.submit}</button>
          {filters.ministry || filters.search ? (
            <Link to="/regelingen" className="button button--secondary">
              {m.clear}
            </Link>
          ) : null}
        </div>
      </form>
      <section aria-labelledby="regelingen-kop">
        <h2 id="regelingen-kop" ref={resultsHeading} tabIndex={-1}>
          {m.resultsHeading}
        </h2>
        <p aria-live="polite" aria-atomic="true" className="result-count">
          {data ? m.resultCount(data.total) : ""}
        </p>
        {list.isPending ? (
          <LoadingState />
        ) : list.isError && !data ? (
          <ErrorState onRetry={() => void list.refetch()} />
        ) : data && data.items.length === 0 ? (
          <EmptyState>{m.empty}</EmptyState>
        ) : data ? (
          <>
            <ul className="pact-list plain-list" aria-busy={list.isPlaceholderData}>
              {data.items.map((regulation) => (
                <li key={regulation.id} className="card">
                  <h3>
                    <Link to={`/regelingen/${encodeURIComponent(regulation.slug)}`}>{regulation.name}</Link>
                  </h3>
                  <p className="muted">
                    {[
                      regulationMessages.ministry[regulation.ministry],
                      periodText(regulation.startYear, regulation.endYear),
                      regulation.budgetCents === null ? null : m.budget(formatEuroFromCents(regulation.budgetCents)),
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </p>
                  <p>{regulation.purpose}</p>
                  <p className="muted">{m.funded(regulation.fundedPactCount)}</p>
                </li>
              ))}
            </ul>
            <Pagination
              page={data.page}
              pageCount={pageCount(data)}
              onPageChange={(page) => {
                apply({ ...filters, page });
                resultsHeading.current?.focus();
              }}
            />
          </>
        ) : null}
      </section>
    </>
  );
}
