import { Link } from "react-router";
import { messages } from "../messages.ts";

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container">
        <p>{messages.layout.footerMotto}</p>
        <p>{messages.layout.footerAbout}</p>
        <nav aria-label={messages.layout.footerNavLabel}>
          <ul className="footer-links plain-list">
            <li>
              <Link to="/toegankelijkheid">{messages.layout.footerAccessibility}</Link>
            </li>
            <li>
              <Link to="/open-data">{messages.layout.footerOpenData}</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
