import { useRef } from "react";
import { Outlet, ScrollRestoration } from "react-router";
import { SkipLink } from "@zorgpact/ui/SkipLink.tsx";
import { AppHeader } from "./AppHeader.tsx";
import { useFocusOnNavigate } from "./useFocusOnNavigate.ts";

/**
 * The admin shell. The auth guard (auth/RequireAuth.tsx) sits in the route tree under this layout,
 * so the header stays on screen on the login page; the header shows the signed-in user, if any.
 */
export function AppLayout() {
  const mainRef = useRef<HTMLElement>(null);
  useFocusOnNavigate(mainRef);
  return (
    <>
      <SkipLink />
      <AppHeader />
      <main id="inhoud" ref={mainRef} tabIndex={-1} className="site-main">
        <div className="container">
          <Outlet />
        </div>
      </main>
      <ScrollRestoration />
    </>
  );
}
