import { useQuery } from "@tanstack/react-query";
import { useRef } from "react";
import { Outlet, ScrollRestoration, useLocation } from "react-router";
import { DemoNotice } from "@zorgpact/ui/report/DemoNotice.tsx";
import { SkipLink } from "@zorgpact/ui/SkipLink.tsx";
import { useFocusOnNavigate } from "@zorgpact/ui/useFocusOnNavigate.ts";
import { SiteFooter } from "./SiteFooter.tsx";
import { SiteHeader } from "./SiteHeader.tsx";
import { trpc } from "../trpc.ts";

export function AppLayout() {
  const mainRef = useRef<HTMLElement>(null);
  useFocusOnNavigate(mainRef, useLocation().pathname);
  // Whether the demo seed is loaded comes from the server; it does not change while the page is open.
  const environment = useQuery({ ...trpc.report.environment.queryOptions(), staleTime: Infinity });
  return (
    <>
      <SkipLink />
      <SiteHeader />
      <DemoNotice demoData={environment.data?.demoData} />
      <main id="inhoud" ref={mainRef} tabIndex={-1} className="site-main">
        <div className="container">
          <Outlet />
        </div>
      </main>
      <SiteFooter />
      <ScrollRestoration />
    </>
  );
}
