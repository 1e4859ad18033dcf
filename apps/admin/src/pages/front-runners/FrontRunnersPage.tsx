import "../pact-edit/pact-edit.css";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useRef, type FormEvent } from "react";
import { Link, useSearchParams } from "react-router";
import { pageCount } from "@zorgpact/domain/common";
import { admissionStatuses, admissionStatusSchema, type AdmissionStatus } from "@zorgpact/domain/pact";
import { formatTimestamp } from "@zorgpact/ui/format.ts";
import { admissionStatusLabels, publicationStatusLabels } from "@zorgpact/ui/labels.ts";
import { Pagination } from "@zorgpact/ui/Pagination.tsx";
import { EmptyState, ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { TableWrap } from "@zorgpact/ui/TableWrap.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { adminMessages, messages } from "../../messages.ts";
import { trpc } from "../../trpc.ts";

const m = adminMessages.frontRunners;
const PAGE_SIZE = 25;

interface Filters {
  status?: AdmissionStatus;
  search?: string;
  page: number;
}

/** `?status=applied&zoek=…&pagina=2`: unknown values are dropped. */
function parseFrontRunnerFilters(params: URLSearchParams): Filters {
  const filters: Filters = { page: Math.max(1, Number.parseInt(params.get("pagina") ?? "1", 10) || 1) };
  const status = admissionStatusSchema.safeParse(params.get("status"));
  if (status.success) filters.status = status.data;
  const search = (params.get("zoek") ?? "").trim().slice(0, 100);
  if (search) filters.search = search;
  return filters;
}

function toParams(filters: Filters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.status) params.set("status", filters.status);
  if (filters.search) params.set("zoek", filters.search);
  if (filters.page > 1) params.set("pagina", String(filters.page));
  return params;
}

/** `/koplopers` (national team): applications, reviews and admitted front-runners, newest change first. */
export function FrontRunnersPage() {
  useDocumentTitle(m.title, messages.siteName);
  const [params, setParams] = useSearchParams();
  const filters = parseFrontRunnerFilters(params);
  const tableRef = useRef<HTMLTableElement>(null);
  const list = useQuery(
    trpc.pact.listManaged.queryOptions(
      {
        kind: "front_runner",
        admissionStatus: filters.status,
        search: filters.search,
        page: filters.page,
        pageSize: PAGE_SIZE,
        sort: "updatedAt",
        direction: "desc",
      },
      { placeholderData: keepPreviousData },
    ),
  );
  const apply = (next: Filters) => setParams(toParams(next));
  const read = (form: HTMLFormElement): Filters => {
    const data = new FormData(form);
    const parsed = parseFrontRunnerFilters(new URLSearchParams([...data.entries()].map(([k, v]) => [k, String(v)])));
    return { ...parsed, page: 1 };
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    apply(read(event.currentTarget));
  };
  const data = list.data;

  return (
    <>
      <h1>{m.heading}</h1>
      <p>{m.intro}</p>
      <form role="search" aria-label={m.filtersLabel} className="filters card" onSubmit={onSubmit}>
        <div className="form-row">
          <div className="field">
            <label htmlFor="koploper-status">{m.status}</label>
            <select
              id="koploper-status"
              name="status"
              value={filters.status ?? ""}
              onChange={(event) => event.currentTarget.form && apply(read(event.currentTarget.form))}
            >
              <option value="">{m.allStatuses}</option>
              {admissionStatuses.map((status) => (
                <option key={status} value={status}>
                  {admissionStatusLabels[status]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="koploper-zoek">{m.search}</label>
            <input key={filters.search ?? ""} id="koploper-zoek" type="search" name="zoek" defaultValue={filters.search ?? ""} maxLength={100} />
          </div>
          <button type="submit">{m.submit}</button>
          {filters.status || filters.search ? (
            <button type="button" className="button--secondary" onClick={() => apply({ page: 1 })}>
              {adminMessages.common.clear}
            </button>
          ) : null}
        </div>
      </form>
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
                  <th scope="col">{m.columns.name}</th>
                  <th scope="col">{m.columns.status}</th>
                  <th scope="col">{m.columns.publication}</th>
                  <th scope="col">{m.columns.region}</th>
                  <th scope="col" aria-sort="descending">
                    {m.columns.updated}
                  </th>
                  <th scope="col">{adminMessages.common.actions}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((pact) => (
                  <tr key={pact.id}>
                    <th scope="row">{pact.name}</th>
                    <td>{pact.admissionStatus ? admissionStatusLabels[pact.admissionStatus] : ""}</td>
                    <td>{publicationStatusLabels[pact.publicationStatus]}</td>
                    <td>{pact.regionName ?? <span className="muted">{m.noRegion}</span>}</td>
                    <td className="nowrap">{formatTimestamp(pact.updatedAt)}</td>
                    <td>
                      <Link to={`/koplopers/${pact.id}`}>
                        {m.open}
                        <span className="visually-hidden">{m.openOf(pact.name)}</span>
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
