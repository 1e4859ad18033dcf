import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useRef } from "react";
import { Link, useSearchParams } from "react-router";
import { pageCount } from "@zorgpact/domain/common";
import { Pagination } from "@zorgpact/ui/Pagination.tsx";
import { EmptyState, ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { messages } from "../../messages.ts";
import { showcaseMessages as m } from "../../messages/showcase.ts";
import { trpc } from "../../trpc.ts";
import { parseShowcaseFilters, showcaseFiltersToParams, showcaseInput, type ShowcaseFilters as Filters } from "./showcase-filters.ts";
import { ShowcaseFilters } from "./ShowcaseFilters.tsx";
import { ShowcaseItem } from "./ShowcaseItem.tsx";

export function ShowcasePage() {
  useDocumentTitle(m.title, messages.siteName);
  const [params, setParams] = useSearchParams();
  const filters = parseShowcaseFilters(params);
  const resultsHeading = useRef<HTMLHeadingElement>(null);

  const themes = useQuery(trpc.theme.list.queryOptions());
  const regions = useQuery(trpc.map.regions.queryOptions());
  const targetGroups = useQuery(trpc.taxonomy.list.queryOptions({ kind: "target_group" }));
  const resultAreas = useQuery(trpc.taxonomy.list.queryOptions({ kind: "result_area" }));
  const list = useQuery(trpc.showcase.list.queryOptions(showcaseInput(filters), { placeholderData: keepPreviousData }));

  const applyFilters = (next: Filters) => setParams(showcaseFiltersToParams(next));
  const goToPage = (page: number) => {
    applyFilters({ ...filters, page });
    resultsHeading.current?.focus();
  };
  const terms = (data: readonly { id: string; label: string }[] | undefined) => (data ?? []).map(({ id, label }) => ({ id, label }));
  const data = list.data;

  return (
    <>
      <h1>{m.heading}</h1>
      <p className="lead">{m.lead}</p>
      <p>
        <Link to="/koplopers/aanmelden">{m.applyLink}</Link>
      </p>
      <ShowcaseFilters
        filters={filters}
        options={{
          themes: terms(themes.data),
          regions: (regions.data ?? []).filter((r) => r.counts.frontRunners > 0).map((r) => ({ id: r.id, label: r.name })),
          targetGroups: terms(targetGroups.data),
          resultAreas: terms(resultAreas.data),
        }}
        optionsFailed={themes.isError || regions.isError || targetGroups.isError || resultAreas.isError}
        onChange={applyFilters}
      />
      <section aria-labelledby="koplopers-kop" className="results">
        <h2 id="koplopers-kop" ref={resultsHeading} tabIndex={-1}>
          {m.resultsHeading}
        </h2>
        {/* Always in the DOM, so a screen reader announces each new count. */}
        <p aria-live="polite" aria-atomic="true" className="result-count">
          {data ? m.resultCount(data.total) : ""}
        </p>
        {list.isPending ? (
          <LoadingState />
        ) : list.isError && !data ? (
          <ErrorState onRetry={() => void list.refetch()} />
        ) : data && data.items.length === 0 ? (
          <EmptyState>
            <p>{m.empty}</p>
            <button type="button" className="button--secondary" onClick={() => applyFilters({ page: 1 })}>
              {m.clear}
            </button>
          </EmptyState>
        ) : data ? (
          <>
            <ul className="showcase-list plain-list" aria-busy={list.isPlaceholderData}>
              {data.items.map((item) => (
                <ShowcaseItem key={item.id} item={item} />
              ))}
            </ul>
            <Pagination
              page={data.page}
              pageCount={pageCount(data)}
              onPageChange={goToPage}
              hrefFor={(page) => `/koplopers?${showcaseFiltersToParams({ ...filters, page }).toString()}`}
            />
          </>
        ) : null}
      </section>
    </>
  );
}
