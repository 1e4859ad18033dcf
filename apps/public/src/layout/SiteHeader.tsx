import { Link, NavLink } from "react-router";
import { messages } from "../messages.ts";

const navItems = [
  { to: "/", label: messages.layout.navHome, end: true },
  { to: "/zorgpacten", label: messages.layout.navPacts, end: false },
  { to: "/kaart", label: messages.layout.navMap, end: false },
  { to: "/koplopers", label: messages.layout.navShowcase, end: false },
  { to: "/resultaten-en-effecten", label: messages.layout.navResults, end: false },
  { to: "/programma", label: messages.layout.navProgramme, end: false },
  { to: "/rapportage", label: messages.layout.navReport, end: false },
  { to: "/ruimte-in-de-regels", label: messages.layout.navBarriers, end: false },
  { to: "/regelingen", label: messages.layout.navRegulations, end: false },
  { to: "/agenda", label: messages.layout.navAgenda, end: false },
  { to: "/zoeken", label: messages.layout.navSearch, end: false },
  { to: "/open-data", label: messages.layout.navOpenData, end: false },
] as const;

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link to="/" className="site-header__brand">
          {messages.layout.brand}
        </Link>
        <nav className="site-nav" aria-label={messages.layout.navLabel}>
          <ul>
            {navItems.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
