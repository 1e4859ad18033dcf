import "../pact-edit/pact-edit.css";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useRef, type FormEvent } from "react";
import { Link, useSearchParams } from "react-router";
import { barrierOutcomes, barrierStatuses, ministries, type BarrierOutcome, type BarrierStatus, type Ministry } from "@zorgpact/domain/barrier";
import { pageCount } from "@zorgpact/domain/common";
import { formatDate } from "@zorgpact/ui/format.ts";
import { Pagination } from "@zorgpact/ui/Pagination.tsx";
import { EmptyState, ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { TableWrap } from "@zorgpact/ui/TableWrap.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { adminMessages, messages } from "../../messages.ts";
import { barrierMessages } from "../../messages/barrier.ts";
import { trpc } from "../../trpc.ts";
import { barrierFiltersToParams, barrierListInput, parseBarrierFilters, type BarrierFilters } from "./barrier-filters.ts";

const m = barrierMessages.list;

/** `/drempels` (national team): every reported barrier, filtered, newest first, to triage. */
export function BarriersPage() {
  useDocumentTitle(m.title, messages.siteName);
  const [params, setParams] = useSearchParams();
  const filters = parseBarrierFilters(params);
  const tableRef = useRef<HTMLTableElement>(null);
  const list = useQuery(trpc.barrier.list.queryOptions(barrierListInput(filters), { placeholderData: keepPreviousData }));
  const apply = (next: BarrierFilters) => setParams(barrierFiltersToParams(next));
  const data = list.data;
  return (
    <>
      <h1>{m.heading}</h1>
      <p>{m.intro}</p>
      <p>
        <Link to="/drempels/nieuw" className="button">
          {m.newBarrier}
        </Link>
      </p>
      <BarrierFilterForm filters={filters} onChange={apply} />
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
                  <th scope="col">{m.columns.reference}</th>
                  <th scope="col">{m.columns.received}</th>
                  <th scope="col">{m.columns.question}</th>
                  <th scope="col">{m.columns.submitter}</th>
                  <th scope="col">{m.columns.ministry}</th>
                  <th scope="col">{m.columns.status}</th>
                  <th scope="col">{m.columns.outcome}</th>
                  <th scope="col">{adminMessages.common.actions}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((barrier) => (
                  <tr key={barrier.id}>
                    <th scope="row" className="nowrap">
                      {barrier.reference}
                    </th>
                    <td className="nowrap">{formatDate(barrier.receivedOn)}</td>
                    <td>{barrier.question}</td>
                    <td>{barrier.organisation ?? barrier.submitterName ?? m.none}</td>
                    <td>{barrier.ministry ? barrierMessages.ministry[barrier.ministry] : m.none}</td>
                    <td>{barrierMessages.status[barrier.status]}</td>
                    <td>{barrier.outcome ? barrierMessages.outcome[barrier.outcome] : m.none}</td>
                    <td>
                      <Link to={`/drempels/${barrier.id}`}>
                        {m.handle}
                        <span className="visually-hidden">{m.handleOf(barrier.reference)}</span>
                      </Link>
                    </td>
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

function BarrierFilterForm({ filters, onChange }: { filters: BarrierFilters; onChange: (filters: BarrierFilters) => void }) {
  const read = (form: HTMLFormElement): BarrierFilters => {
    const data = new FormData(form);
    const search = String(data.get("zoek") ?? "").trim();
    const status = String(data.get("status") ?? "") as BarrierStatus | "";
    const ministry = String(data.get("ministerie") ?? "") as Ministry | "";
    const outcome = String(data.get("uitkomst") ?? "") as BarrierOutcome | "";
    return { page: 1, ...(search ? { search } : {}), ...(status ? { status } : {}), ...(ministry ? { ministry } : {}), ...(outcome ? { outcome } : {}) };
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onChange(read(event.currentTarget));
  };
  const onSelect = (event: { currentTarget: HTMLSelectElement }) => event.currentTarget.form && onChange(read(event.currentTarget.form));
  const active = filters.search || filters.status || filters.ministry || filters.outcome;
  return (
    <form role="search" aria-label={m.filtersLabel} className="filters card" onSubmit={onSubmit}>
      <div className="form-row">
        <div className="field">
          <label htmlFor="drempel-zoek">{m.search}</label>
          <div id="drempel-zoek-hint" className="field-hint">
            {m.searchHint}
          </div>
          <input
            key={filters.search ?? ""}
            id="drempel-zoek"
            type="search"
            name="zoek"
            defaultValue={filters.search ?? ""}
            maxLength={100}
            aria-describedby="drempel-zoek-hint"
          />
        </div>
        <div className="field">
          <label htmlFor="drempel-status">{m.status}</label>
          <select id="drempel-status" name="status" value={filters.status ?? ""} onChange={onSelect}>
            <option value="">{m.allStatuses}</option>
            {barrierStatuses.map((status) => (
              <option key={status} value={status}>
                {barrierMessages.status[status]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="drempel-ministerie">{m.ministry}</label>
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
          <label htmlFor="drempel-uitkomst">{m.outcome}</label>
          <select id="drempel-uitkomst" name="uitkomst" value={filters.outcome ?? ""} onChange={onSelect}>
            <option value="">{m.allOutcomes}</option>
            {barrierOutcomes.map((outcome) => (
              <option key={outcome} value={outcome}>
                {barrierMessages.outcome[outcome]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{m.submit}</button>
        {active ? (
          <button type="button" className="button--secondary" onClick={() => onChange({ page: 1 })}>
            {adminMessages.common.clear}
          </button>
        ) : null}
      </div>
    </form>
  );
}
