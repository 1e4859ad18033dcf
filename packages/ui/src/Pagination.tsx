import { uiMessages } from "./messages.ts";

export interface PaginationProps {
  page: number;
  pageCount: number;
  onPageChange: (page: number) => void;
}

/** Previous/next paging with the current position in words; the buttons stay in place when disabled. */
export function Pagination({ page, pageCount, onPageChange }: PaginationProps) {
  const isFirst = page <= 1;
  const isLast = page >= pageCount;
  return (
    <nav className="pagination" aria-label={uiMessages.paginationLabel}>
      <button type="button" className="button--secondary" disabled={isFirst} aria-label={uiMessages.previousPage} onClick={() => onPageChange(page - 1)}>
        ← {uiMessages.previous}
      </button>
      <p>{uiMessages.pageOf(page, pageCount)}</p>
      <button type="button" className="button--secondary" disabled={isLast} aria-label={uiMessages.nextPage} onClick={() => onPageChange(page + 1)}>
        {uiMessages.next} →
      </button>
    </nav>
  );
}
