import { useState, type ReactNode, type RefCallback } from "react";
import { pageCount, type Paged } from "@zorgpact/domain/common";
import { Pagination } from "../Pagination.tsx";
import { EmptyState, ErrorState, LoadingState } from "../Status.tsx";

/** What a list needs of a query: a react-query result of a paged procedure fits as it is. */
export interface ListQueryState<T> {
  data: Paged<T> | undefined;
  isPending: boolean;
  isError: boolean;
  isPlaceholderData?: boolean;
  refetch: () => unknown;
}

export interface ListStatesProps<T> {
  query: ListQueryState<T>;
  /** Said when there is nothing to show, e.g. for a filter that matches nothing. */
  empty: ReactNode;
  /** The count line ("12 drempels"), announced politely when it changes; "" says nothing. */
  count?: (total: number) => string;
  /** Asked for another page; without it, or with a single page, no paging is shown. */
  onPageChange?: (page: number) => void;
  /** What the loading state says, when the general "Bezig met laden…" is too vague. */
  loadingLabel?: string;
  /** A filter form above the count. */
  filters?: ReactNode;
  className?: string;
  /**
   * The rows of the current page, in whatever shape the page needs (a table, cards). Hang
   * `focusTarget` on the element that takes focus after a page change (give it tabIndex -1), so a
   * keyboard user carries on at the top of the new page.
   */
  children: (items: readonly T[], focusTarget: RefCallback<HTMLElement>) => ReactNode;
}

/**
 * The skeleton every list shares: busy while loading, the count line, then loading, an error
 * with a retry, the empty message or the rows, and paging under them.
 */
export function ListStates<T>({ query, empty, count, onPageChange, loadingLabel, filters, className, children }: ListStatesProps<T>) {
  // State rather than a ref: its setter is a stable ref callback that the rows may hold.
  const [focusTarget, setFocusTarget] = useState<HTMLElement | null>(null);
  const data = query.data;
  const pages = data ? pageCount(data) : 1;
  return (
    <div className={className} aria-busy={query.isPending || Boolean(query.isPlaceholderData)}>
      {filters}
      {count ? (
        <p aria-live="polite" aria-atomic="true" className="result-count">
          {data ? count(data.total) : ""}
        </p>
      ) : null}
      {query.isPending ? (
        <LoadingState label={loadingLabel} />
      ) : query.isError && !data ? (
        <ErrorState onRetry={() => void query.refetch()} />
      ) : !data || data.items.length === 0 ? (
        <EmptyState>{empty}</EmptyState>
      ) : (
        <>
          {children(data.items, setFocusTarget)}
          {onPageChange && pages > 1 ? (
            <Pagination
              page={data.page}
              pageCount={pages}
              onPageChange={(page) => {
                onPageChange(page);
                focusTarget?.focus();
              }}
            />
          ) : null}
        </>
      )}
    </div>
  );
}

/**
 * A list already in hand (part of a larger answer) as the list's query state, cut into pages of
 * `pageSize`: the same list component then shows it, its count and its paging.
 */
export function listInHand<T>(items: readonly T[], page = 1, pageSize = Math.max(1, items.length)): ListQueryState<T> {
  const last = Math.max(1, Math.ceil(items.length / pageSize));
  const shown = Math.min(Math.max(1, page), last);
  return {
    data: { items: items.slice((shown - 1) * pageSize, shown * pageSize), total: items.length, page: shown, pageSize },
    isPending: false,
    isError: false,
    refetch: () => undefined,
  };
}
