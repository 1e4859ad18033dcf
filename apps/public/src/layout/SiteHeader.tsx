import { Link, NavLink } from "react-router";
import { messages } from "../messages.ts";

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link to="/" className="site-header__brand">
          {messages.layout.brand}
        </Link>
        <nav className="site-nav" aria-label={messages.layout.navLabel}>
          <ul>
            <li>
              <NavLink to="/" end>
                {messages.layout.navHome}
              </NavLink>
            </li>
            <li>
              <NavLink to="/zorgpacten">{messages.layout.navPacts}</NavLink>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
