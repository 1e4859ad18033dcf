import "@zorgpact/ui/tokens.css";
import "./styles.css";
import { hydrate, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { createBrowserRouter, matchRoutes, RouterProvider, type RouteObject } from "react-router";
import { routes } from "./router.tsx";
import { readServerState, withClientErrors } from "./ssr/server-state.ts";
import { queryClient } from "./trpc.ts";

const root = document.getElementById("root");
if (!root) throw new Error("Element #root ontbreekt in index.html");

/** The server rendered this page's lazy route already: its code must be here before hydrating. */
async function loadMatchedRoutes(): Promise<void> {
  const lazyRoutes = (matchRoutes(routes, window.location) ?? []).map((match) => match.route).filter((route) => route.lazy);
  await Promise.all(
    lazyRoutes.map(async (route: RouteObject) => {
      const module = await (route.lazy as () => Promise<Partial<RouteObject>>)();
      Object.assign(route, module, { lazy: undefined });
    }),
  );
}

async function start(element: HTMLElement): Promise<void> {
  // Rendered on the server (production): take over its HTML and data, fetching nothing again.
  // Served as the bare index.html (the Vite dev server): render in the browser.
  const serverState = readServerState(document);
  if (serverState) {
    hydrate(queryClient, withClientErrors(serverState.queries));
    // A query that failed on the server (an unknown pact) keeps its error while hydrating, as the
    // server rendered it, instead of turning into "loading" for a retry.
    for (const query of serverState.queries.queries) {
      if (query.state.status === "error") queryClient.setQueryDefaults(query.queryKey, { retryOnMount: false });
    }
    await loadMatchedRoutes();
  }
  const routeErrorId = serverState?.routeErrorId;
  const router = createBrowserRouter(
    routes,
    serverState ? { hydrationData: { loaderData: {}, ...(routeErrorId ? { errors: { [routeErrorId]: new Error("Render error") } } : {}) } } : {},
  );
  const app = (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>
  );
  if (serverState) hydrateRoot(element, app);
  else createRoot(element).render(app);
}

void start(root);
