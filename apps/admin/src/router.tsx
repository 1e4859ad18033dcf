import { createBrowserRouter } from "react-router";
import { RequireAuth } from "./auth/RequireAuth.tsx";
import { RequireNationalAdmin } from "./auth/RequireNationalAdmin.tsx";
import { AppLayout } from "./layout/AppLayout.tsx";
import { PageLoading } from "./layout/PageLoading.tsx";
import { RouteError } from "./layout/RouteError.tsx";

/**
 * Served at /admin/ (vite `base`); each page is its own chunk. The basename keeps its trailing
 * slash so the index page's URLs stay `/admin/?…`: the server redirects a bare `/admin` to
 * `/admin/` and that redirect would drop the filters in the query string.
 *
 * Every page except the login page sits behind RequireAuth; users and audit log also behind
 * RequireNationalAdmin (the API checks the same again).
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
            {
              Component: RequireAuth,
              children: [
                { index: true, lazy: () => import("./pages/pacts/PactsPage.tsx").then((m) => ({ Component: m.PactsPage })) },
                { path: "wachtwoord", lazy: () => import("./pages/password/PasswordPage.tsx").then((m) => ({ Component: m.PasswordPage })) },
                {
                  Component: RequireNationalAdmin,
                  children: [
                    { path: "gebruikers", lazy: () => import("./pages/users/UsersPage.tsx").then((m) => ({ Component: m.UsersPage })) },
                    { path: "gebruikers/nieuw", lazy: () => import("./pages/users/NewUserPage.tsx").then((m) => ({ Component: m.NewUserPage })) },
                    { path: "gebruikers/:id", lazy: () => import("./pages/users/UserPage.tsx").then((m) => ({ Component: m.UserPage })) },
                    { path: "auditlog", lazy: () => import("./pages/audit/AuditLogPage.tsx").then((m) => ({ Component: m.AuditLogPage })) },
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
