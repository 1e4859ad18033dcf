import { useEffect } from "react";

/** Sets `document.title` to "<page> – <site>", or just the site name for the home page. */
export function useDocumentTitle(page: string | null, site: string): void {
  useEffect(() => {
    document.title = page ? `${page} – ${site}` : site;
  }, [page, site]);
}
