import { useQuery } from "@tanstack/react-query";
import { Link, NavLink } from "react-router";
import { isNationalAdmin } from "../auth/signed-in-user.ts";
import { messages } from "../messages.ts";
import { adminNavMessages } from "../messages/common.ts";
import { barrierMessages } from "../messages/barrier.ts";
import { eventMessages } from "../messages/event.ts";
import { regulationMessages } from "../messages/regulation.ts";
import { supportMessages } from "../messages/support.ts";
import { volgspotMessages } from "../messages/volgspot.ts";
import { trpc } from "../trpc.ts";
import { TasksNavLink } from "../pages/tasks/TasksNavLink.tsx";
import { ReviewNavLink } from "../pages/review/ReviewNavLink.tsx";
import { FrontRunnersNavLink } from "../pages/start/FrontRunnersNavLink.tsx";
import { pactsMessages } from "../messages/pacts.ts";
import { startMessages } from "../messages/start.ts";
import { reportMessages } from "../messages/report.ts";
import { UserMenu } from "./UserMenu.tsx";
import { disaggregationMessages } from "../messages/disaggregation.ts";
import { catalogueMessages } from "../messages/catalogue.ts";

export function AppHeader() {
  const me = useQuery(trpc.auth.me.queryOptions());
  const user = me.data?.user ?? null;
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link to="/" className="site-header__brand">
          {messages.layout.brand}
        </Link>
        <nav className="site-nav" aria-label={messages.layout.navLabel}>
          <ul>
            {user ? (
              <>
                <li>
                  <NavLink to="/" end>
                    {startMessages.nav}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/zorgpacten">{pactsMessages.nav}</NavLink>
                </li>
                <li>
                  <TasksNavLink />
                </li>
                <li>
                  <ReviewNavLink />
                </li>
                <li>
                  <NavLink to="/organisaties">{adminNavMessages.organisations}</NavLink>
                </li>
                <li>
                  <NavLink to="/ondersteuning">{supportMessages.nav}</NavLink>
                </li>
              </>
            ) : null}
            {user && isNationalAdmin(user) ? (
              <>
                <li>
                  <NavLink to="/gebruikers">{messages.layout.navUsers}</NavLink>
                </li>
                <li>
                  <NavLink to="/regios">{adminNavMessages.regions}</NavLink>
                </li>
                <li>
                  <NavLink to="/taxonomieen">{adminNavMessages.taxonomies}</NavLink>
                </li>
                <li>
                  <NavLink to="/uitsplitsingen">{disaggregationMessages.nav}</NavLink>
                </li>
                <li>
                  <NavLink to="/indicatorcatalogus">{catalogueMessages.nav}</NavLink>
                </li>
                <li>
                  <FrontRunnersNavLink />
                </li>
                <li>
                  <NavLink to="/volgspot">{volgspotMessages.nav}</NavLink>
                </li>
                <li>
                  <NavLink to="/drempels">{barrierMessages.nav}</NavLink>
                </li>
                <li>
                  <NavLink to="/regelingen">{regulationMessages.nav}</NavLink>
                </li>
                <li>
                  <NavLink to="/evenementen">{eventMessages.nav}</NavLink>
                </li>
                <li>
                  <NavLink to="/rapportage">{reportMessages.nav}</NavLink>
                </li>
                <li>
                  <NavLink to="/auditlog">{messages.layout.navAudit}</NavLink>
                </li>
              </>
            ) : null}
            <li>
              {/* Outside the /admin basename, so a plain link. */}
              <a href="/">{messages.layout.publicSite}</a>
            </li>
          </ul>
        </nav>
        {user ? <UserMenu user={user} /> : null}
      </div>
    </header>
  );
}
