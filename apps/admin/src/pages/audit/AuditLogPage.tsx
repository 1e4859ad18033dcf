import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useSearchParams } from "react-router";
import { ListStates } from "@zorgpact/ui/list/ListStates.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { messages } from "../../messages.ts";
import { auditMessages as audit } from "../../messages/audit.ts";
import { pactNames, useAllManagedPacts } from "../../pacts/useAllManagedPacts.ts";
import { trpc } from "../../trpc.ts";
import { auditFiltersToParams, auditListInput, parseAuditFilters, type AuditFilters } from "./audit-filters.ts";
import { AuditFilterForm } from "./AuditFilterForm.tsx";
import { AuditList } from "./AuditList.tsx";
import { recordLabel } from "./audit-view.ts";
import "./audit.css";

/** Who did what to which record, when, and with what result; newest first, filters in the URL. */
export function AuditLogPage() {
  useDocumentTitle(audit.title, messages.siteName);
  const [params, setParams] = useSearchParams();
  const filters = parseAuditFilters(params);
  const list = useQuery(trpc.audit.list.queryOptions(auditListInput(filters), { placeholderData: keepPreviousData }));
  const actions = useQuery(trpc.audit.actions.queryOptions());
  const users = useQuery(trpc.user.list.queryOptions());
  const pacts = useAllManagedPacts();
  const names = { pacts: pactNames(pacts.pacts) };
  const people = [...(users.data ?? [])].sort((a, b) => a.name.localeCompare(b.name, "nl"));
  const applyFilters = (next: AuditFilters) => setParams(auditFiltersToParams(next));
  // The record a "alle wijzigingen aan dit record" link chose, by the name its newest row has.
  const chosen = filters.objectId ? list.data?.items.find((e) => e.objectId === filters.objectId) : undefined;

  return (
    <>
      <h1>{audit.heading}</h1>
      <p>{audit.intro}</p>
      <AuditFilterForm filters={filters} actions={actions.data ?? []} people={people} onChange={applyFilters} />
      {filters.objectId ? (
        <p className="audit-record-filter">
          <strong>{audit.recordFilter(chosen ? (recordLabel(chosen) ?? filters.objectId) : filters.objectId)}</strong>{" "}
          <button type="button" className="link-button" onClick={() => applyFilters({ ...filters, objectId: undefined, objectType: undefined, page: 1 })}>
            {audit.clearRecordFilter}
          </button>
        </p>
      ) : null}
      <ListStates query={list} count={audit.resultCount} empty={audit.empty} onPageChange={(page) => applyFilters({ ...filters, page })}>
        {(entries, focusTarget) => <AuditList ref={focusTarget} entries={entries} names={names} busy={list.isPlaceholderData} />}
      </ListStates>
    </>
  );
}
