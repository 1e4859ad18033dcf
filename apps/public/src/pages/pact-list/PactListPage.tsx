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
  // Only regions with a published pact are offered: any other would lead to an empty list.
  const regions = useQuery(trpc.region.list.queryOptions({}));
  const regionOptions = (regions.data?.items ?? []).filter((region) => region.pactCount > 0 || region.id === filters.regionId);
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
      <PactFilters
        filters={filters}
        themes={themes.data ?? []}
        themesFailed={themes.isError}
        regions={regionOptions}
        regionsFailed={regions.isError}
        onChange={applyFilters}
      />
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
