import type { RouteObject } from "react-router";
import { AppLayout } from "./layout/AppLayout.tsx";
import { PageLoading } from "./layout/PageLoading.tsx";
import { RouteError } from "./layout/RouteError.tsx";
// The landing page is part of the entry: it is always the first page most visitors see.
import { HomePage } from "./pages/home/HomePage.tsx";

/**
 * Each page but the landing page is its own chunk, loaded when first visited. The same routes are
 * rendered on the server (src/entry-server.tsx) and hydrated in the browser (src/main.tsx).
 */
export const routes: RouteObject[] = [
  {
    path: "/",
    Component: AppLayout,
    children: [
      {
        // Pathless: keeps header and footer on screen while a page chunk loads or fails.
        HydrateFallback: PageLoading,
        ErrorBoundary: RouteError,
        children: [
          { index: true, Component: HomePage },
          { path: "zorgpacten", lazy: () => import("./pages/pact-list/PactListPage.tsx").then((m) => ({ Component: m.PactListPage })) },
          { path: "zorgpacten/:slug", lazy: () => import("./pages/pact/PactPage.tsx").then((m) => ({ Component: m.PactPage })) },
          { path: "kaart", lazy: () => import("./pages/map/MapPage.tsx").then((m) => ({ Component: m.MapPage })) },
          { path: "koplopers", lazy: () => import("./pages/showcase/ShowcasePage.tsx").then((m) => ({ Component: m.ShowcasePage })) },
          { path: "koplopers/aanmelden", lazy: () => import("./pages/apply/ApplyPage.tsx").then((m) => ({ Component: m.ApplyPage })) },
          {
            path: "resultaten-en-effecten",
            lazy: () => import("./pages/results/ResultsPage.tsx").then((m) => ({ Component: m.ResultsPage })),
          },
          // ── Programme level (issue 15): national totals of catalogue indicators, drill-down to the pacts ──
          { path: "programma", lazy: () => import("./pages/programme/ProgrammePage.tsx").then((m) => ({ Component: m.ProgrammePage })) },
          {
            path: "programma/:id",
            lazy: () => import("./pages/programme/ProgrammePactsPage.tsx").then((m) => ({ Component: m.ProgrammePactsPage })),
          },
          // ── Barriers and regelingen (issue 11) ──
          { path: "ruimte-in-de-regels", lazy: () => import("./pages/barriers/BarriersPage.tsx").then((m) => ({ Component: m.BarriersPage })) },
          { path: "ruimte-in-de-regels/melden", lazy: () => import("./pages/barriers/ReportPage.tsx").then((m) => ({ Component: m.ReportPage })) },
          { path: "ruimte-in-de-regels/:number", lazy: () => import("./pages/barriers/BarrierPage.tsx").then((m) => ({ Component: m.BarrierPage })) },
          { path: "regelingen", lazy: () => import("./pages/regulations/RegulationsPage.tsx").then((m) => ({ Component: m.RegulationsPage })) },
          { path: "regelingen/:slug", lazy: () => import("./pages/regulations/RegulationPage.tsx").then((m) => ({ Component: m.RegulationPage })) },
          // ── Events agenda (issue 11) ──
          { path: "agenda", lazy: () => import("./pages/events/AgendaPage.tsx").then((m) => ({ Component: m.AgendaPage })) },
          { path: "agenda/:id", lazy: () => import("./pages/events/EventPage.tsx").then((m) => ({ Component: m.EventPage })) },
          // ── National report (issue 12) ──
          { path: "rapportage", lazy: () => import("./pages/report/ReportPage.tsx").then((m) => ({ Component: m.ReportPage })) },
          { path: "zoeken", lazy: () => import("./pages/search/SearchPage.tsx").then((m) => ({ Component: m.SearchPage })) },
          { path: "open-data", lazy: () => import("./pages/open-data/OpenDataPage.tsx").then((m) => ({ Component: m.OpenDataPage })) },
          {
            path: "toegankelijkheid",
            lazy: () => import("./pages/accessibility/AccessibilityPage.tsx").then((m) => ({ Component: m.AccessibilityPage })),
          },
          { path: "*", lazy: () => import("./pages/not-found/NotFoundPage.tsx").then((m) => ({ Component: m.NotFoundPage })) },
        ],
      },
    ],
  },
];
