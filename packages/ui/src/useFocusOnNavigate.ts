import { useEffect, useRef, type RefObject } from "react";

/**
 * After a client-side navigation to another page, move focus to the main content so keyboard and
 * screen-reader users start at the new page instead of the link they left. Query-string changes
 * (filters, paging) keep focus where it is. The app passes its router's pathname (this package
 * does not depend on the router).
 */
export function useFocusOnNavigate(target: RefObject<HTMLElement | null>, pathname: string): void {
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    target.current?.focus({ preventScroll: true });
  }, [pathname, target]);
}
