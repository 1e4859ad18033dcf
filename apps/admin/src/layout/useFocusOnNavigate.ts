import { useEffect, useRef, type RefObject } from "react";
import { useLocation } from "react-router";

/**
 * After a client-side navigation to another page, move focus to the main content so keyboard and
 * screen-reader users start at the new page instead of the link they left. Query-string changes
 * (filters, paging) keep focus where it is.
 */
export function useFocusOnNavigate(target: RefObject<HTMLElement | null>): void {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    target.current?.focus({ preventScroll: true });
  }, [pathname, target]);
}
