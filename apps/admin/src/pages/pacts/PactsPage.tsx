import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useRef } from "react";
import { Link, useSearchParams } from "react-router";
import { pageCount } from "@zorgpact/domain/common";
import { Pagination } from "@zorgpact/ui/Pagination.tsx";
import { EmptyState, ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { isNationalAdmin, useSignedInUser } from "../../auth/signed-in-user.ts";
import { messages } from "../../messages.ts";
import { pactsMessages as m } from "../../messages/pacts.ts";
import { adminPactFilters, adminPactFiltersToParams, adminPactListInput, hasActiveAdminFilters, type AdminPactFilters } from "./admin-filters.ts";
import { trpc } from "../../trpc.ts";
import { PactFilters } from "./PactFilters.tsx";
import { PactTable } from "./PactTable.tsx";

/** `/zorgpacten`: the pacts the signed-in user manages: every pact for the national team, their own for an editor (drafts included). */
export function PactsPage() {
  const user = useSignedInUser();
  const title = isNationalAdmin(user) ? m.titleAll : m.titleOwn;
  useDocumentTitle(title, messages.siteName);
  const [params, setParams] = useSearchParams();
  const filters = adminPactFilters(params);
  const tableRef = useRef<HTMLDivElement>(null);
  const list = useQuery(trpc.pact.listManaged.queryOptions(adminPactListInput(filters), { placeholderData: keepPreviousData }));
  const applyFilters = (next: AdminPactFilters) => setParams(adminPactFiltersToParams(next));
  const data = list.data;

  return (
    <>
      <h1>{title}</h1>
      {isNationalAdmin(user) ? (
        <p>
          <Link to="/zorgpacten/nieuw" className="button">
            {m.newPact}
          </Link>
        </p>
      ) : null}
      <PactFilters filters={filters} onChange={applyFilters} showArchived={isNationalAdmin(user)} />
      <p id="resultaten-aantal" aria-live="polite" aria-atomic="true" className="result-count">
        {data ? m.resultCount(data.total) : ""}
      </p>
      {list.isPending ? (
        <LoadingState />
      ) : list.isError && !data ? (
        <ErrorState onRetry={() => void list.refetch()} />
      ) : data && data.items.length === 0 ? (
        <EmptyState>{hasActiveAdminFilters(filters) || isNationalAdmin(user) ? m.empty : m.emptyOwn}</EmptyState>
      ) : data ? (
        <>
          <PactTable
            ref={tableRef}
            caption={title}
            pacts={data.items}
            busy={list.isPlaceholderData}
            sort={{ field: filters.sort ?? "name", direction: filters.direction ?? "asc" }}
          />
          <Pagination
            page={data.page}
            pageCount={pageCount(data)}
            onPageChange={(page) => {
              applyFilters({ ...filters, page });
              tableRef.current?.focus();
            }}
          />
        </>
      ) : null}
    </>
  );
}
