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
const UNAVAILABLE_CODES = new Set(["57P01", "57P02", "57P03", "08000", "08003", "08006", "08001", "08004", "53300"]);
const UNAVAILABLE_ERRNOS = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "ENOTFOUND"]);
const UNAVAILABLE_MESSAGES = /Connection terminated|connection is closed|Client has encountered a connection error|timeout exceeded when trying to connect/i;

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
