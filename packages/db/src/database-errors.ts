/**
 * The one place that reads PostgreSQL error codes (the same on PGlite and `pg`), so services ask
 * "what kind of failure was this" instead of comparing SQLSTATEs of their own.
 */
export type DatabaseFailure =
  | { kind: "unique_violation"; constraint: string | undefined }
  | { kind: "foreign_key_violation"; constraint: string | undefined }
  | { kind: "check_violation"; constraint: string | undefined }
  | { kind: "out_of_range" }
  | { kind: "invalid_text" }
  | { kind: "serialization_failure" }
  | { kind: "unavailable" };

/** Connection-level failures: the server went away, restarts, or refuses new connections. */
// 57P01–57P05: shutdown, crash, starting up, dropped, idle timeout; 08xxx: connection
// exceptions (08007: the commit's outcome is unknown); 53300: too many connections.
const UNAVAILABLE_CODES = new Set(["57P01", "57P02", "57P03", "57P05", "08000", "08001", "08003", "08004", "08006", "08007", "53300"]);
const UNAVAILABLE_ERRNOS = new Set(["ECONNREFUSED", "ECONNRESET", "ECONNABORTED", "EHOSTUNREACH", "EPIPE", "ETIMEDOUT", "ENOTFOUND", "EAI_AGAIN"]);
// What `pg` says without a code when a socket closes under a query or a closed client is used.
const UNAVAILABLE_MESSAGES =
  /Connection terminated|connection is closed|Client has encountered a connection error|Client was closed and is not queryable|timeout exceeded when trying to connect/i;

export function classifyDatabaseError(error: unknown): DatabaseFailure | null {
  if (typeof error !== "object" || error === null) return null;
  const { code, constraint, message } = error as { code?: unknown; constraint?: unknown; message?: unknown };
  const name = typeof constraint === "string" ? constraint : undefined;
  switch (code) {
    case "23505":
      return { kind: "unique_violation", constraint: name };
    case "23503":
      return { kind: "foreign_key_violation", constraint: name };
    case "23514":
      return { kind: "check_violation", constraint: name };
    case "22003":
      return { kind: "out_of_range" };
    case "22P02":
    case "22021":
    case "22P05":
      return { kind: "invalid_text" };
    case "40001":
    case "40P01":
      return { kind: "serialization_failure" };
  }
  if (typeof code === "string" && (UNAVAILABLE_CODES.has(code) || UNAVAILABLE_ERRNOS.has(code))) return { kind: "unavailable" };
  if (typeof message === "string" && UNAVAILABLE_MESSAGES.test(message)) return { kind: "unavailable" };
  return null;
}
