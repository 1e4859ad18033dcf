import { Link } from "react-router";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { messages } from "../../messages.ts";

export function NotFoundPage() {
  useDocumentTitle(messages.notFound.title, messages.siteName);
  return (
    <>
      <h1>{messages.notFound.heading}</h1>
      <p>{messages.notFound.body}</p>
      <p>
        <Link to="/zorgpacten">{messages.notFound.toPacts}</Link>
      </p>
    </>
  );
}
