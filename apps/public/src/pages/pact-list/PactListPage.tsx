import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useRef } from "react";
import { useSearchParams } from "react-router";
import { pactListFiltersToParams, pactListInput, parsePactListFilters, type PactListFilters } from "@zorgpact/ui/pact-list-filters.ts";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { messages } from "../../messages.ts";
import { listMessages } from "../../messages/pact-list.ts";
import { trpc } from "../../trpc.ts";
import { PactFilters } from "./PactFilters.tsx";
import { PactResults } from "./PactResults.tsx";

export function PactListPage() {
  useDocumentTitle(listMessages.list.title, messages.siteName);
  const [params, setParams] = useSearchParams();
  const filters = parsePactListFilters(params);
  const resultsHeading = useRef<HTMLHeadingElement>(null);

  const themes = useQuery(trpc.theme.list.queryOptions());
  const list = useQuery(trpc.pact.list.queryOptions(pactListInput(filters), { placeholderData: keepPreviousData }));

  const applyFilters = (next: PactListFilters) => setParams(pactListFiltersToParams(next));
  const goToPage = (page: number) => {
    applyFilters({ ...filters, page });
    resultsHeading.current?.focus();
  };

  return (
    <>
      <h1>{listMessages.list.heading}</h1>
      <p className="lead">{listMessages.list.lead}</p>
      <PactFilters filters={filters} themes={themes.data ?? []} themesFailed={themes.isError} onChange={applyFilters} />
      <PactResults
        headingRef={resultsHeading}
        query={list}
        themes={themes.data ?? []}
        onPageChange={goToPage}
        pageHref={(page) => `/zorgpacten?${pactListFiltersToParams({ ...filters, page }).toString()}`}
        onClearFilters={() => applyFilters({ page: 1 })}
      />
    </>
  );
}
