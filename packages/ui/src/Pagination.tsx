import type { MouseEvent } from "react";
import { uiMessages } from "./messages.ts";

export interface PaginationProps {
  page: number;
  pageCount: number;
  onPageChange: (page: number) => void;
  /**
   * The URL of a page: given, previous and next are real links (they work without JavaScript and
   * open in a new tab); a plain click still goes through onPageChange.
   */
  hrefFor?: (page: number) => string;
}

/** A click that the browser should handle itself: a new tab or window, a download. */
function isModifiedClick(event: MouseEvent): boolean {
  return event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
}

/** Previous/next paging with the current position in words; the buttons stay in place when disabled. */
export function Pagination({ page, pageCount, onPageChange, hrefFor }: PaginationProps) {
  const isFirst = page <= 1;
  const isLast = page >= pageCount;
  if (hrefFor) {
    const step = (target: number, disabled: boolean, label: string, text: string) =>
      disabled ? (
        <span className="button button--secondary" aria-disabled="true">
          {text}
        </span>
      ) : (
        <a
          className="button button--secondary"
          href={hrefFor(target)}
          aria-label={label}
          onClick={(event) => {
            if (isModifiedClick(event)) return;
            event.preventDefault();
            onPageChange(target);
          }}
        >
          {text}
        </a>
      );
    return (
      <nav className="pagination" aria-label={uiMessages.paginationLabel}>
        {step(page - 1, isFirst, uiMessages.previousPage, `← ${uiMessages.previous}`)}
        <p>{uiMessages.pageOf(page, pageCount)}</p>
        {step(page + 1, isLast, uiMessages.nextPage, `${uiMessages.next} →`)}
      </nav>
    );
  }
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
