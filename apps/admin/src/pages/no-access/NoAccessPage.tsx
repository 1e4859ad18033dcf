import { Link } from "react-router";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { messages } from "../../messages.ts";

export function NoAccessPage() {
  useDocumentTitle(messages.noAccess.title, messages.siteName);
  return (
    <>
      <h1>{messages.noAccess.heading}</h1>
      <p>{messages.noAccess.body}</p>
      <p>
        <Link to="/zorgpacten">{messages.noAccess.toPacts}</Link>
      </p>
    </>
  );
}
