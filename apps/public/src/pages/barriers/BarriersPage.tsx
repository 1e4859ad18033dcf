import "./barriers.css";
import { keepPreviousData, useQuery, type UseQueryResult } from "@tanstack/react-query";
import { useRef, type ChangeEvent, type FormEvent } from "react";
import { Link, useSearchParams } from "react-router";
import { barrierOutcomes, ministries, type BarrierOutcome, type Ministry, type PublicBarrier } from "@zorgpact/domain/barrier";
import { pageCount, type Paged } from "@zorgpact/domain/common";
import { formatDate } from "@zorgpact/ui/format.ts";
import { Pagination } from "@zorgpact/ui/Pagination.tsx";
import { EmptyState, ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { messages } from "../../messages.ts";
import { barrierMessages } from "../../messages/barriers.ts";
import { trpc } from "../../trpc.ts";
import { LetterFigures, RegisterFigures } from "./BarrierFigures.tsx";
import {
  hasActiveBarrierFilters,
  parsePublicBarrierFilters,
  publicBarrierFiltersToParams,
  publicBarrierListInput,
  type PublicBarrierFilters,
} from "./barrier-filters.ts";

const m = barrierMessages.list;

/** `/ruimte-in-de-regels`: what the programme does, the letter's figures, this register's figures and the answered barriers. */
export function BarriersPage() {
  useDocumentTitle(m.title, messages.siteName);
  const [params, setParams] = useSearchParams();
  const filters = parsePublicBarrierFilters(params);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const stats = useQuery(trpc.barrier.stats.queryOptions());
  const list = useQuery(trpc.barrier.listPublic.queryOptions(publicBarrierListInput(filters), { placeholderData: keepPreviousData }));
  const apply = (next: PublicBarrierFilters) => setParams(publicBarrierFiltersToParams(next));
  return (
    <>
      <h1>{m.heading}</h1>
      <p className="lead">{m.lead}</p>
      <p>{m.reportIntro}</p>
      <p>
        <Link to="/ruimte-in-de-regels/melden" className="button">
          {m.report}
        </Link>
      </p>
      <LetterFigures />
      <RegisterFigures />
      <section aria-labelledby="drempels-resultaten-kop">
        <h2 id="drempels-resultaten-kop" ref={resultsHeading} tabIndex={-1}>
          {m.resultsHeading}
        </h2>
        <BarrierFilters filters={filters} years={(stats.data?.byYear ?? []).map((y) => y.year)} onChange={apply} />
        <BarrierResults
          query={list}
          onPageChange={(page) => {
            apply({ ...filters, page });
            resultsHeading.current?.focus();
          }}
          onClear={() => apply({ page: 1 })}
        />
      </section>
    </>
  );
}

function BarrierFilters({ filters, years, onChange }: { filters: PublicBarrierFilters; years: number[]; onChange: (filters: PublicBarrierFilters) => void }) {
  const read = (form: HTMLFormElement): PublicBarrierFilters => {
    const data = new FormData(form);
    const search = String(data.get("zoek") ?? "").trim();
    const ministry = String(data.get("ministerie") ?? "") as Ministry | "";
    const outcome = String(data.get("uitkomst") ?? "") as BarrierOutcome | "";
    const year = Number(data.get("jaar") ?? "");
    return { page: 1, ...(search ? { search } : {}), ...(ministry ? { ministry } : {}), ...(outcome ? { outcome } : {}), ...(year ? { year } : {}) };
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onChange(read(event.currentTarget));
  };
  const onSelect = (event: ChangeEvent<HTMLSelectElement>) => event.currentTarget.form && onChange(read(event.currentTarget.form));
  // A year in the URL that the figures do not list (yet) stays selectable.
  const yearOptions = [...new Set([...years, ...(filters.year ? [filters.year] : [])])].sort((a, b) => b - a);
  return (
    <form role="search" aria-label={m.filtersLabel} className="filters card" method="get" action="/ruimte-in-de-regels" onSubmit={onSubmit}>
      <h3 className="visually-hidden">{m.filtersHeading}</h3>
      <div className="form-row">
        <div className="field">
          <label htmlFor="drempel-ministerie">{m.ministryFilter}</label>
          <select id="drempel-ministerie" name="ministerie" value={filters.ministry ?? ""} onChange={onSelect}>
            <option value="">{m.allMinistries}</option>
            {ministries.map((ministry) => (
              <option key={ministry} value={ministry}>
                {barrierMessages.ministry[ministry]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="drempel-uitkomst">{m.outcomeFilter}</label>
          <select id="drempel-uitkomst" name="uitkomst" value={filters.outcome ?? ""} onChange={onSelect}>
            <option value="">{m.allOutcomes}</option>
            {barrierOutcomes.map((outcome) => (
              <option key={outcome} value={outcome}>
                {barrierMessages.outcome[outcome]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="drempel-jaar">{m.yearFilter}</label>
          <select id="drempel-jaar" name="jaar" value={filters.year ?? ""} onChange={onSelect}>
            <option value="">{m.allYears}</option>
            {yearOptions.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--grow">
          <label htmlFor="drempel-zoek">{m.search}</label>
          <input
            key={filters.search ?? ""}
            id="drempel-zoek"
            type="search"
            name="zoek"
            defaultValue={filters.search ?? ""}
            maxLength={100}
            aria-describedby="drempel-zoek-hint"
          />
          <p id="drempel-zoek-hint" className="hint muted">
            {m.searchHint}
          </p>
        </div>
      </div>
      <div className="form-row form-actions">
        <button type="submit">{m.submit}</button>
        {hasActiveBarrierFilters(filters) ? (
          <Link to="/ruimte-in-de-regels" className="button button--secondary">
            {m.clear}
          </Link>
        ) : null}
      </div>
    </form>
  );
}

function BarrierResults({
  query,
  onPageChange,
  onClear,
}: {
  query: UseQueryResult<Paged<PublicBarrier>, unknown>;
  onPageChange: (page: number) => void;
  onClear: () => void;
}) {
  const data = query.data;
  return (
    <>
      {/* Always in the DOM, so a screen reader announces each new count. */}
      <p aria-live="polite" aria-atomic="true" className="result-count">
        {data ? m.resultCount(data.total) : ""}
      </p>
      {query.isPending ? (
        <LoadingState />
      ) : query.isError && !data ? (
        <ErrorState onRetry={() => void query.refetch()} />
      ) : data && data.items.length === 0 ? (
        <EmptyState>
          <p>{m.empty}</p>
          <button type="button" className="button--secondary" onClick={onClear}>
            {m.clear}
          </button>
        </EmptyState>
      ) : data ? (
        <>
          <ul className="barrier-list plain-list" aria-busy={query.isPlaceholderData}>
            {data.items.map((barrier) => (
              <li key={barrier.id} className="card">
                <h3>
                  <Link to={`/ruimte-in-de-regels/${barrier.number}`}>{barrier.question}</Link>
                </h3>
                <p className="muted">
                  {[barrier.reference, barrierMessages.ministry[barrier.ministry], barrier.topic, m.answeredOn(formatDate(barrier.answeredOn))]
                    .filter(Boolean)
                    .join(" · ")}
                </p>
                <p>
                  <span className="tag">{barrierMessages.outcome[barrier.outcome]}</span>
                </p>
              </li>
            ))}
          </ul>
          <Pagination page={data.page} pageCount={pageCount(data)} onPageChange={onPageChange} />
        </>
      ) : null}
    </>
  );
}
