import { createBrowserRouter } from "react-router";
import { AppLayout } from "./layout/AppLayout.tsx";
import { PageLoading } from "./layout/PageLoading.tsx";
import { RouteError } from "./layout/RouteError.tsx";

/**
 * Served at /admin/ (vite `base`); each page is its own chunk. The basename keeps its trailing
 * slash so the index page's URLs stay `/admin/?…`: the server redirects a bare `/admin` to
 * `/admin/` and that redirect would drop the filters in the query string.
 */
export const router = createBrowserRouter(
  [
    {
      path: "/",
      Component: AppLayout,
      children: [
        {
          // Pathless: keeps the header on screen while a page chunk loads or fails.
          HydrateFallback: PageLoading,
          ErrorBoundary: RouteError,
          children: [
            { index: true, lazy: () => import("./pages/pacts/PactsPage.tsx").then((m) => ({ Component: m.PactsPage })) },
            { path: "*", lazy: () => import("./pages/not-found/NotFoundPage.tsx").then((m) => ({ Component: m.NotFoundPage })) },
          ],
        },
      ],
    },
  ],
  { basename: "/admin/" },
);
