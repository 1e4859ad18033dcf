import { useContext, useEffect } from "react";
import { ServerRenderContext } from "./server-render.ts";

/** Sets `document.title` to "<page> – <site>", or just the site name for the home page. */
export function useDocumentTitle(page: string | null, site: string): void {
  const title = page ? `${page} – ${site}` : site;
  // On the server the title goes into the HTML's <title>; effects do not run there.
  const serverRender = useContext(ServerRenderContext);
  serverRender?.setTitle(title);
  useEffect(() => {
    document.title = title;
  }, [title]);
}
