import { formatDate } from "@zorgpact/ui/format.ts";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { messages } from "../../messages.ts";
import { accessibilityMessages as m } from "../../messages/accessibility.ts";

/** The toegankelijkheidsverklaring, after the Dutch government's model statement. */
export function AccessibilityPage() {
  useDocumentTitle(m.title, messages.siteName);
  return (
    <>
      <h1>{m.heading}</h1>
      <p className="lead">{m.lead}</p>
      <h2>{m.standardHeading}</h2>
      <p>{m.standard}</p>
      <h2>{m.statusHeading}</h2>
      <p>{m.status}</p>
      <h2>{m.measuresHeading}</h2>
      <ul>
        {m.measures.map((measure) => (
          <li key={measure}>{measure}</li>
        ))}
      </ul>
      <h2>{m.limitationsHeading}</h2>
      <ul>
        {m.limitations.map((limitation) => (
          <li key={limitation}>{limitation}</li>
        ))}
      </ul>
      <h2>{m.contactHeading}</h2>
      <p>{m.contact}</p>
      <h2>{m.dateHeading}</h2>
      <p>{m.drawnUpOn(formatDate(m.drawnUpDate))}</p>
    </>
  );
}
