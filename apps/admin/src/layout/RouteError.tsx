import { ErrorState } from "@zorgpact/ui/Status.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { messages } from "../messages.ts";

/** Route-level error boundary: a failed page chunk or a render error, inside the normal layout. */
export function RouteError() {
  useDocumentTitle(messages.error.title, messages.siteName);
  return (
    <>
      <h1>{messages.error.heading}</h1>
      <ErrorState message={messages.error.body} onRetry={() => window.location.reload()} />
    </>
  );
}
