import type { UseQueryResult } from "@tanstack/react-query";
import type { RefObject } from "react";
import { Link } from "react-router";
import { pageCount, type Paged } from "@zorgpact/domain/common";
import type { PactSummary } from "@zorgpact/domain/pact";
import { phaseByNumber } from "@zorgpact/domain/phase";
import type { TaxonomyTerm } from "@zorgpact/domain/taxonomy";
import { pactKindLabels, phaseNumberLabel } from "@zorgpact/ui/labels.ts";
import { Pagination } from "@zorgpact/ui/Pagination.tsx";
import { EmptyState, ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { listMessages } from "../../messages/pact-list.ts";

export interface PactResultsProps {
  headingRef: RefObject<HTMLHeadingElement | null>;
  query: UseQueryResult<Paged<PactSummary>, unknown>;
  themes: readonly TaxonomyTerm[];
  onPageChange: (page: number) => void;
  /** The URL of a results page, so paging is a plain link too. */
  pageHref?: (page: number) => string;
  onClearFilters: () => void;
}

export function PactResults({ headingRef, query, themes, onPageChange, pageHref, onClearFilters }: PactResultsProps) {
  const data = query.data;
  return (
    <section aria-labelledby="resultaten-kop" className="results">
      <h2 id="resultaten-kop" ref={headingRef} tabIndex={-1}>
        {listMessages.list.resultsHeading}
      </h2>
      {/* Always in the DOM, so a screen reader announces each new count. */}
      <p id="resultaten-aantal" aria-live="polite" aria-atomic="true" className="result-count">
        {data ? listMessages.list.resultCount(data.total) : ""}
      </p>
      {query.isPending ? (
        <LoadingState />
      ) : query.isError && !data ? (
        <ErrorState onRetry={() => void query.refetch()} />
      ) : data && data.items.length === 0 ? (
        <EmptyState>
          <p>{listMessages.list.empty}</p>
          <p>{listMessages.list.emptyHint}</p>
          <button type="button" className="button--secondary" onClick={onClearFilters}>
            {listMessages.list.clear}
          </button>
        </EmptyState>
      ) : data ? (
        <>
          <ul className="pact-list plain-list" aria-busy={query.isPlaceholderData}>
            {data.items.map((pact) => (
              <PactItem key={pact.id} pact={pact} themes={themes} />
            ))}
          </ul>
          <Pagination page={data.page} pageCount={pageCount(data)} onPageChange={onPageChange} {...(pageHref ? { hrefFor: pageHref } : {})} />
        </>
      ) : null}
    </section>
  );
}

function PactItem({ pact, themes }: { pact: PactSummary; themes: readonly TaxonomyTerm[] }) {
  const themeLabels = pact.themeIds.flatMap((id) => themes.find((t) => t.id === id)?.label ?? []);
  const facts = [
    pactKindLabels[pact.kind],
    pact.regionName ? listMessages.list.region(pact.regionName) : null,
    pact.currentPhase ? `${phaseNumberLabel(pact.currentPhase)}: ${phaseByNumber(pact.currentPhase).label}` : null,
  ].filter((fact) => fact !== null);
  return (
    <li className="pact-item">
      <h3>
        <Link to={`/zorgpacten/${encodeURIComponent(pact.slug)}`}>{pact.name}</Link>
      </h3>
      <p className="muted">{facts.join(" · ")}</p>
      {themeLabels.length > 0 ? (
        <p className="pact-item__themes">
          <span className="visually-hidden">{listMessages.list.themes}: </span>
          {themeLabels.map((label) => (
            <span key={label} className="tag">
              {label}
            </span>
          ))}
        </p>
      ) : null}
    </li>
  );
}
