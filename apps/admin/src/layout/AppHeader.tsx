import { Link, NavLink } from "react-router";
import { messages } from "../messages.ts";

export function AppHeader() {
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
                {messages.layout.navPacts}
              </NavLink>
            </li>
            <li>
              {/* Outside the /admin basename, so a plain link. */}
              <a href="/">{messages.layout.publicSite}</a>
            </li>
          </ul>
        </nav>
        {/* Later: the signed-in user and "Uitloggen". */}
      </div>
    </header>
  );
}
