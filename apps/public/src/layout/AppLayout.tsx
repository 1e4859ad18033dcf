import { useRef } from "react";
import { Outlet, ScrollRestoration } from "react-router";
import { SkipLink } from "@zorgpact/ui/SkipLink.tsx";
import { SiteFooter } from "./SiteFooter.tsx";
import { SiteHeader } from "./SiteHeader.tsx";
import { useFocusOnNavigate } from "./useFocusOnNavigate.ts";

export function AppLayout() {
  const mainRef = useRef<HTMLElement>(null);
  useFocusOnNavigate(mainRef);
  return (
    <>
      <SkipLink />
      <SiteHeader />
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
