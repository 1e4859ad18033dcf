import { useQuery } from "@tanstack/react-query";
import { useRef } from "react";
import { Outlet, ScrollRestoration, useLocation } from "react-router";
import { DemoNotice } from "@zorgpact/ui/report/DemoNotice.tsx";
import { SkipLink } from "@zorgpact/ui/SkipLink.tsx";
import { useFocusOnNavigate } from "@zorgpact/ui/useFocusOnNavigate.ts";
import { AppHeader } from "./AppHeader.tsx";
import { trpc } from "../trpc.ts";

/**
 * The admin shell. The auth guard (auth/RequireAuth.tsx) sits in the route tree under this layout,
 * so the header stays on screen on the login page; the header shows the signed-in user, if any.
 */
export function AppLayout() {
  const mainRef = useRef<HTMLElement>(null);
  useFocusOnNavigate(mainRef, useLocation().pathname);
  // Whether the demo seed is loaded comes from the server; it does not change while the page is open.
  const environment = useQuery({ ...trpc.report.environment.queryOptions(), staleTime: Infinity });
  return (
    <>
      <SkipLink />
      <AppHeader />
      <DemoNotice demoData={environment.data?.demoData} />
      <main id="inhoud" ref={mainRef} tabIndex={-1} className="site-main">
        <div className="container">
          <Outlet />
        </div>
      </main>
      <ScrollRestoration />
    </>
  );
}
