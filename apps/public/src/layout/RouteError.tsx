import { isRouteErrorResponse, useRouteError } from "react-router";
import { ErrorState } from "@zorgpact/ui/Status.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { messages } from "../messages.ts";
import { NotFoundContent } from "../pages/not-found/NotFoundContent.tsx";

/** Route-level error boundary: a failed page chunk or a render error, inside the normal layout. */
export function RouteError() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  useDocumentTitle(notFound ? messages.notFound.title : messages.error.title, messages.siteName);
  if (notFound) return <NotFoundContent heading={messages.notFound.heading} body={messages.notFound.body} />;
  return (
    <>
      <h1>{messages.error.heading}</h1>
      <ErrorState message={messages.error.body} onRetry={() => window.location.reload()} />
    </>
  );
}
