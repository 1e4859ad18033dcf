import type { DehydratedState } from "@tanstack/react-query";
import { ApiCallError, isApiFailure } from "@zorgpact/ui/api-error.ts";

/** The id of the `<script type="application/json">` that carries the server's data to the browser. */
export const SERVER_STATE_ID = "zorgpact-state";

/** What the server hands to the browser beside the HTML, so hydration renders the same page. */
export interface ServerState {
  /** The react-query cache as the server filled it: the browser does not fetch it again. */
  queries: DehydratedState;
  /** The route whose error boundary the server rendered (a render error), if any. */
  routeErrorId: string | null;
}

/** A failed procedure call, as plain data (it travels inside the page's JSON). */
export interface ProcedureFailure {
  code: string;
  httpStatus: number;
  message: string;
}

/** The error a page sees from a failed query: the same class the HTTP client throws. */
export function toClientError(failure: ProcedureFailure): ApiCallError {
  return ApiCallError.fromShape({ message: failure.message, code: -32000, data: { code: failure.code, httpStatus: failure.httpStatus } });
}

function toFailure(error: unknown): ProcedureFailure {
  const data = isApiFailure(error) ? (error.data as Partial<ProcedureFailure> | undefined) : undefined;
  return {
    code: typeof data?.code === "string" ? data.code : "INTERNAL_SERVER_ERROR",
    httpStatus: typeof data?.httpStatus === "number" ? data.httpStatus : 500,
    message: error instanceof Error ? error.message : "",
  };
}

/** Errors become plain data before the cache is serialised … */
export function withPlainErrors(state: DehydratedState): DehydratedState {
  return {
    ...state,
    queries: state.queries.map((query) =>
      query.state.error == null ? query : { ...query, state: { ...query.state, error: toFailure(query.state.error) as never, fetchFailureReason: null } },
    ),
  };
}

/** … and client errors again when the browser takes the cache over. */
export function withClientErrors(state: DehydratedState): DehydratedState {
  return {
    ...state,
    queries: state.queries.map((query) =>
      query.state.error == null
        ? query
        : { ...query, state: { ...query.state, error: toClientError(query.state.error as unknown as ProcedureFailure) as never } },
    ),
  };
}

/**
 * JSON for inside a `<script>` element: `<` is written as \u003c, so no value (a pact called
 * `</script><script>…`) can close the element or open a comment; U+2028/2029 likewise.
 */
export function serializeServerState(state: ServerState): string {
  return JSON.stringify(state)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** The server's state in the page, or null when the page was not rendered on the server (development). */
export function readServerState(doc: Document): ServerState | null {
  const element = doc.getElementById(SERVER_STATE_ID);
  if (!element?.textContent) return null;
  return JSON.parse(element.textContent) as ServerState;
}
