import { Outlet, ScrollRestoration } from "react-router";
import { SkipLink } from "@zorgpact/ui/SkipLink.tsx";
import { AppHeader } from "./AppHeader.tsx";

/**
 * The admin shell. Sign-in comes later: this is the seam where an auth guard wraps the <Outlet />
 * (redirecting to a login page when nobody is signed in) and where AppHeader gets the signed-in
 * user and a sign-out button.
 */
export function AppLayout() {
  return (
    <>
      <SkipLink />
      <AppHeader />
      <main id="inhoud" tabIndex={-1} className="site-main">
        <div className="container">
          <Outlet />
        </div>
      </main>
      <ScrollRestoration />
    </>
  );
}
