import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useRef } from "react";
import { useSearchParams } from "react-router";
import { pageCount } from "@zorgpact/domain/common";
import { Pagination } from "@zorgpact/ui/Pagination.tsx";
import { EmptyState, ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { messages } from "../../messages.ts";
import { pactNames, useAllManagedPacts } from "../../pacts/useAllManagedPacts.ts";
import { trpc } from "../../trpc.ts";
import { auditFiltersToParams, auditListInput, parseAuditFilters, type AuditFilters } from "./audit-filters.ts";
import { AuditFilterForm } from "./AuditFilterForm.tsx";
import { AuditTable } from "./AuditTable.tsx";

/** Who did what, when, from where, and with what result; newest first, filters in the URL. */
export function AuditLogPage() {
  useDocumentTitle(messages.audit.title, messages.siteName);
  const [params, setParams] = useSearchParams();
  const filters = parseAuditFilters(params);
  const tableRef = useRef<HTMLTableElement>(null);
  const list = useQuery(trpc.audit.list.queryOptions(auditListInput(filters), { placeholderData: keepPreviousData }));
  const actions = useQuery(trpc.audit.actions.queryOptions());
  const users = useQuery(trpc.user.list.queryOptions());
  const pacts = useAllManagedPacts();
  const names = {
    pacts: pactNames(pacts.pacts),
    users: new Map((users.data ?? []).map((u) => [u.id, u.name])),
  };
  const applyFilters = (next: AuditFilters) => setParams(auditFiltersToParams(next));
  const data = list.data;

  return (
    <>
      <h1>{messages.audit.heading}</h1>
      <p>{messages.audit.intro}</p>
      <AuditFilterForm filters={filters} actions={actions.data ?? []} onChange={applyFilters} />
      <p aria-live="polite" aria-atomic="true" className="result-count">
        {data ? messages.audit.resultCount(data.total) : ""}
      </p>
      {list.isPending ? (
        <LoadingState />
      ) : list.isError && !data ? (
        <ErrorState onRetry={() => void list.refetch()} />
      ) : data && data.items.length === 0 ? (
        <EmptyState>{messages.audit.empty}</EmptyState>
      ) : data ? (
        <>
          <AuditTable ref={tableRef} entries={data.items} names={names} busy={list.isPlaceholderData} />
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
