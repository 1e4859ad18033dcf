import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { errorCode } from "@zorgpact/ui/errors.ts";
import { ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";

/** What makes a record "not there" rather than "failed": not found, or an id the API refuses. */
const MISSING = ["NOT_FOUND", "BAD_REQUEST"];

/**
 * One record's page skeleton: the back link, then loading, "not found" (a malformed id or a
 * record that is not there), a failure with "Opnieuw proberen", or the record itself.
 */
export function RecordPage<T, E>({
  query,
  validId = true,
  back,
  title,
  notFound,
  missingCodes = MISSING,
  children,
}: {
  query: UseQueryResult<T, E>;
  /** False for an id that cannot be one: "not found" at once, without asking the API. */
  validId?: boolean;
  back: { to: string; label: string };
  /** The heading above a failure to load. */
  title: string;
  /** The heading (and an optional sentence) when the record is not there. */
  notFound: { title: string; text?: string };
  /** Error codes that mean "not there" (e.g. FORBIDDEN where another pact's record is hidden). */
  missingCodes?: readonly string[];
  children: (record: T, back: ReactNode) => ReactNode;
}) {
  const backLink = (
    <p className="back-link">
      <Link to={back.to}>← {back.label}</Link>
    </p>
  );
  const code = errorCode(query.error);
  if (!validId || (code && missingCodes.includes(code))) {
    return (
      <>
        {backLink}
        <h1>{notFound.title}</h1>
        {notFound.text ? <p>{notFound.text}</p> : null}
      </>
    );
  }
  if (query.isPending) return <LoadingState />;
  if (query.isError || query.data === undefined) {
    return (
      <>
        {backLink}
        <h1>{title}</h1>
        <ErrorState onRetry={() => void query.refetch()} />
      </>
    );
  }
  return children(query.data, backLink);
}
