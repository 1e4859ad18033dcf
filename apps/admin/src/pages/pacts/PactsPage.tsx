import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link, useSearchParams } from "react-router";
import { ListStates } from "@zorgpact/ui/list/ListStates.tsx";
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
  const list = useQuery(trpc.pact.listManaged.queryOptions(adminPactListInput(filters), { placeholderData: keepPreviousData }));
  const applyFilters = (next: AdminPactFilters) => setParams(adminPactFiltersToParams(next));

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
      <ListStates
        query={list}
        count={m.resultCount}
        empty={hasActiveAdminFilters(filters) || isNationalAdmin(user) ? m.empty : m.emptyOwn}
        onPageChange={(page) => applyFilters({ ...filters, page })}
      >
        {(pacts, focusTarget) => (
          <PactTable
            ref={focusTarget}
            caption={title}
            pacts={pacts}
            busy={list.isPlaceholderData}
            sort={{ field: filters.sort ?? "name", direction: filters.direction ?? "asc" }}
          />
        )}
      </ListStates>
    </>
  );
}
