import { createBrowserRouter } from "react-router";
import { RequireAuth } from "./auth/RequireAuth.tsx";
import { RequireNationalAdmin } from "./auth/RequireNationalAdmin.tsx";
import { AppLayout } from "./layout/AppLayout.tsx";
import { PageLoading } from "./layout/PageLoading.tsx";
import { RouteError } from "./layout/RouteError.tsx";

/**
 * Served at /admin/ (vite `base`); each page is its own chunk. The basename keeps its trailing
 * slash so the index page's URLs stay `/admin/…`: the server redirects a bare `/admin` to
 * `/admin/` and that redirect would drop a query string.
 *
 * Every page except the login page sits behind RequireAuth; users, audit log, new pacts, regions,
 * taxonomies and front-runners also behind RequireNationalAdmin (the API checks the same again).
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
            { path: "inloggen", lazy: () => import("./pages/login/LoginPage.tsx").then((m) => ({ Component: m.LoginPage })) },
            // ── Accounts by e-mail (issue 13): reachable without being signed in ──
            {
              path: "wachtwoord-vergeten",
              lazy: () => import("./pages/password/ForgotPasswordPage.tsx").then((m) => ({ Component: m.ForgotPasswordPage })),
            },
            {
              path: "wachtwoord-instellen",
              lazy: () => import("./pages/password/SetPasswordPage.tsx").then((m) => ({ Component: m.SetPasswordPage })),
            },
            {
              Component: RequireAuth,
              children: [
                // ── Start page and pacts list (issue 13): the index is the start page per role; the list has its own route ──
                { index: true, lazy: () => import("./pages/start/StartPage.tsx").then((m) => ({ Component: m.StartPage })) },
                { path: "zorgpacten", lazy: () => import("./pages/pacts/PactsPage.tsx").then((m) => ({ Component: m.PactsPage })) },
                { path: "wachtwoord", lazy: () => import("./pages/password/PasswordPage.tsx").then((m) => ({ Component: m.PasswordPage })) },
                // ── The action agenda in parts (issue 13): one shared header, each part its own URL; the bare URL goes to the first ──
                {
                  path: "zorgpacten/:pactId/agenda",
                  lazy: () => import("./pages/agenda/AgendaPage.tsx").then((m) => ({ Component: m.AgendaPage })),
                  children: [
                    { index: true, lazy: () => import("./pages/agenda/AgendaPage.tsx").then((m) => ({ Component: m.AgendaFirstPart })) },
                    { path: "vraagstukken", lazy: () => import("./pages/agenda/IssuesPart.tsx").then((m) => ({ Component: m.IssuesPart })) },
                    { path: "effectketen", lazy: () => import("./pages/agenda/ChainPart.tsx").then((m) => ({ Component: m.ChainPart })) },
                    { path: "indicatoren", lazy: () => import("./pages/agenda/IndicatorsPart.tsx").then((m) => ({ Component: m.IndicatorsPart })) },
                    { path: "importeren-exporteren", lazy: () => import("./pages/agenda/TransferPart.tsx").then((m) => ({ Component: m.TransferPart })) },
                  ],
                },
                { path: "zorgpacten/:pactId", lazy: () => import("./pages/pact-edit/PactEditPage.tsx").then((m) => ({ Component: m.PactEditPage })) },
                // ── Volgspot and tasks (issue 10): routes for editors and the national team ──
                {
                  path: "zorgpacten/:pactId/volgspot",
                  lazy: () => import("./pages/volgspot/VolgspotPactPage.tsx").then((m) => ({ Component: m.VolgspotPactPage })),
                },
                {
                  path: "zorgpacten/:pactId/volgspot/:year",
                  lazy: () => import("./pages/volgspot/VolgspotYearPage.tsx").then((m) => ({ Component: m.VolgspotYearPage })),
                },
                { path: "taken", lazy: () => import("./pages/tasks/TasksPage.tsx").then((m) => ({ Component: m.TasksPage })) },
                // ── Review before publication (issue 15): the review queue for the national team and peer reviewers ──
                { path: "beoordelen", lazy: () => import("./pages/review/ReviewQueuePage.tsx").then((m) => ({ Component: m.ReviewQueuePage })) },
                // ── Maatwerkondersteuning (issue 11): routes for editors and the national team ──
                { path: "ondersteuning", lazy: () => import("./pages/support/SupportListPage.tsx").then((m) => ({ Component: m.SupportListPage })) },
                {
                  path: "ondersteuning/nieuw",
                  lazy: () => import("./pages/support/SupportRequestPage.tsx").then((m) => ({ Component: m.SupportRequestPage })),
                },
                { path: "ondersteuning/:id", lazy: () => import("./pages/support/SupportPage.tsx").then((m) => ({ Component: m.SupportPage })) },
                { path: "organisaties", lazy: () => import("./pages/organisations/OrganisationsPage.tsx").then((m) => ({ Component: m.OrganisationsPage })) },
                {
                  path: "organisaties/nieuw",
                  lazy: () => import("./pages/organisations/NewOrganisationPage.tsx").then((m) => ({ Component: m.NewOrganisationPage })),
                },
                {
                  Component: RequireNationalAdmin,
                  children: [
                    { path: "gebruikers", lazy: () => import("./pages/users/UsersPage.tsx").then((m) => ({ Component: m.UsersPage })) },
                    { path: "gebruikers/nieuw", lazy: () => import("./pages/users/NewUserPage.tsx").then((m) => ({ Component: m.NewUserPage })) },
                    { path: "gebruikers/:id", lazy: () => import("./pages/users/UserPage.tsx").then((m) => ({ Component: m.UserPage })) },
                    { path: "auditlog", lazy: () => import("./pages/audit/AuditLogPage.tsx").then((m) => ({ Component: m.AuditLogPage })) },
                    { path: "zorgpacten/nieuw", lazy: () => import("./pages/pact-new/PactNewPage.tsx").then((m) => ({ Component: m.PactNewPage })) },
                    { path: "regios", lazy: () => import("./pages/regions/RegionsPage.tsx").then((m) => ({ Component: m.RegionsPage })) },
                    { path: "regios/nieuw", lazy: () => import("./pages/regions/NewRegionPage.tsx").then((m) => ({ Component: m.NewRegionPage })) },
                    { path: "regios/:id", lazy: () => import("./pages/regions/RegionPage.tsx").then((m) => ({ Component: m.RegionPage })) },
                    { path: "taxonomieen", lazy: () => import("./pages/taxonomies/TaxonomiesPage.tsx").then((m) => ({ Component: m.TaxonomiesPage })) },
                    // ── Indicator catalogue (issue 15, programme level): national-team routes ──
                    {
                      path: "indicatorcatalogus",
                      lazy: () => import("./pages/catalogue/CataloguePage.tsx").then((m) => ({ Component: m.CataloguePage })),
                    },
                    {
                      path: "indicatorcatalogus/nieuw",
                      lazy: () => import("./pages/catalogue/NewCatalogueEntryPage.tsx").then((m) => ({ Component: m.NewCatalogueEntryPage })),
                    },
                    {
                      path: "indicatorcatalogus/:id",
                      lazy: () => import("./pages/catalogue/CatalogueEntryPage.tsx").then((m) => ({ Component: m.CatalogueEntryPage })),
                    },
                    // ── Disaggregation (issue 15): dimensions and categories, national-team route ──
                    {
                      path: "uitsplitsingen",
                      lazy: () => import("./pages/disaggregation/DimensionsPage.tsx").then((m) => ({ Component: m.DimensionsPage })),
                    },
                    // ── Volgspot monitoring (issue 10): national-team routes ──
                    { path: "volgspot", lazy: () => import("./pages/volgspot/MonitorPage.tsx").then((m) => ({ Component: m.MonitorPage })) },
                    // ── Barriers and regelingen (issue 11): national-team routes ──
                    { path: "drempels", lazy: () => import("./pages/barriers/BarriersPage.tsx").then((m) => ({ Component: m.BarriersPage })) },
                    { path: "drempels/nieuw", lazy: () => import("./pages/barriers/NewBarrierPage.tsx").then((m) => ({ Component: m.NewBarrierPage })) },
                    { path: "drempels/:id", lazy: () => import("./pages/barriers/BarrierPage.tsx").then((m) => ({ Component: m.BarrierPage })) },
                    { path: "regelingen", lazy: () => import("./pages/regulations/RegulationsPage.tsx").then((m) => ({ Component: m.RegulationsPage })) },
                    {
                      path: "regelingen/nieuw",
                      lazy: () => import("./pages/regulations/NewRegulationPage.tsx").then((m) => ({ Component: m.NewRegulationPage })),
                    },
                    { path: "regelingen/:id", lazy: () => import("./pages/regulations/RegulationPage.tsx").then((m) => ({ Component: m.RegulationPage })) },
                    // ── Support overview and events (issue 11): national-team routes ──
                    {
                      path: "ondersteuning/overzicht",
                      lazy: () => import("./pages/support/SupportOverviewPage.tsx").then((m) => ({ Component: m.SupportOverviewPage })),
                    },
                    { path: "evenementen", lazy: () => import("./pages/events/EventsPage.tsx").then((m) => ({ Component: m.EventsPage })) },
                    { path: "evenementen/nieuw", lazy: () => import("./pages/events/NewEventPage.tsx").then((m) => ({ Component: m.NewEventPage })) },
                    { path: "evenementen/:id", lazy: () => import("./pages/events/EventPage.tsx").then((m) => ({ Component: m.EventPage })) },
                    // ── National report (issue 12): national-team routes ──
                    { path: "rapportage", lazy: () => import("./pages/report/ReportAdminPage.tsx").then((m) => ({ Component: m.ReportAdminPage })) },
                    { path: "koplopers", lazy: () => import("./pages/front-runners/FrontRunnersPage.tsx").then((m) => ({ Component: m.FrontRunnersPage })) },
                    {
                      path: "koplopers/:pactId",
                      lazy: () => import("./pages/front-runners/FrontRunnerPage.tsx").then((m) => ({ Component: m.FrontRunnerPage })),
                    },
                  ],
                },
                { path: "*", lazy: () => import("./pages/not-found/NotFoundPage.tsx").then((m) => ({ Component: m.NotFoundPage })) },
              ],
            },
          ],
        },
      ],
    },
  ],
  { basename: "/admin/" },
);
