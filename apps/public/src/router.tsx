import { createBrowserRouter } from "react-router";
import { AppLayout } from "./layout/AppLayout.tsx";
import { PageLoading } from "./layout/PageLoading.tsx";
import { RouteError } from "./layout/RouteError.tsx";

/** Each page is its own chunk, loaded when first visited. */
export const router = createBrowserRouter([
  {
    path: "/",
    Component: AppLayout,
    children: [
      {
        // Pathless: keeps header and footer on screen while a page chunk loads or fails.
        HydrateFallback: PageLoading,
        ErrorBoundary: RouteError,
        children: [
          { index: true, lazy: () => import("./pages/home/HomePage.tsx").then((m) => ({ Component: m.HomePage })) },
          { path: "zorgpacten", lazy: () => import("./pages/pact-list/PactListPage.tsx").then((m) => ({ Component: m.PactListPage })) },
          { path: "zorgpacten/:slug", lazy: () => import("./pages/pact/PactPage.tsx").then((m) => ({ Component: m.PactPage })) },
          { path: "*", lazy: () => import("./pages/not-found/NotFoundPage.tsx").then((m) => ({ Component: m.NotFoundPage })) },
        ],
      },
    ],
  },
]);
