import { messages } from "../messages.ts";

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container">
        <p>{messages.layout.footerMotto}</p>
        <p>{messages.layout.footerAbout}</p>
      </div>
    </footer>
  );
}
