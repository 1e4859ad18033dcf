import { TRPCError } from "@trpc/server";
import { classifyDatabaseError } from "@zorgpact/db/database-errors";
import { ZodRealError } from "zod";

/**
 * A BAD_REQUEST that names the field, shaped like any zod validation error for the client.
 * `ZodRealError` (a ZodError that is also an Error) survives tRPC's cause handling; a plain
 * `new ZodError()` is not an Error in zod 4 and would reach the error formatter as an unknown cause.
 */
export function fieldError(field: string, message: string): TRPCError {
  return new TRPCError({
    code: "BAD_REQUEST",
    message,
    cause: new ZodRealError([{ code: "custom", path: [field], message, input: undefined }]),
  });
}

/** Several field errors at once (e.g. everything a submission still misses), shaped like `fieldError`. */
export function fieldErrors(issues: readonly { field: string; message: string }[], message = issues[0]?.message ?? "Controleer de velden."): TRPCError {
  return new TRPCError({
    code: "BAD_REQUEST",
    message,
    cause: new ZodRealError(issues.map((i) => ({ code: "custom" as const, path: [i.field], message: i.message, input: undefined }))),
  });
}

/** The caller is known but may not do this (to this record). */
export function forbidden(message: string): TRPCError {
  return new TRPCError({ code: "FORBIDDEN", message });
}

/** No session where one is needed. */
export function unauthorized(message: string): TRPCError {
  return new TRPCError({ code: "UNAUTHORIZED", message });
}

export function notFound(message: string): TRPCError {
  return new TRPCError({ code: "NOT_FOUND", message });
}

export function staleVersion(): TRPCError {
  return new TRPCError({
    code: "CONFLICT",
    message: "Iemand anders heeft dit intussen gewijzigd. Laad de nieuwste versie; wat je typte blijft bewaard.",
  });
}

/** Carries how long a throttled caller must wait; the error formatter passes it on. */
export class RetryLater extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`retry after ${retryAfterSeconds}s`);
  }
}

export function tooManyRequests(retryAfterSeconds: number): TRPCError {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return new TRPCError({
    code: "TOO_MANY_REQUESTS",
    message: `Te veel mislukte pogingen. Probeer het over ${minutes === 1 ? "een minuut" : `${minutes} minuten`} opnieuw.`,
    cause: new RetryLater(retryAfterSeconds),
  });
}

/** A request that is well-formed but not possible in the record's current state (no single field to blame). */
export function badRequest(message: string): TRPCError {
  return new TRPCError({ code: "BAD_REQUEST", message });
}

/** The record's state forbids this (e.g. a term still in use); unlike `staleVersion`, reloading will not help. */
export function conflict(message: string): TRPCError {
  return new TRPCError({ code: "CONFLICT", message });
}

/** A public form sent too often from one address. */
export function tooManySubmissions(retryAfterSeconds: number): TRPCError {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return new TRPCError({
    code: "TOO_MANY_REQUESTS",
    message: `Er zijn vanaf dit adres te veel aanmeldingen verstuurd. Probeer het over ${minutes === 1 ? "een minuut" : `${minutes} minuten`} opnieuw.`,
    cause: new RetryLater(retryAfterSeconds),
  });
}

/**
 * Any error that reached a service boundary, with database failures mapped once: a duplicate
 * becomes CONFLICT, a vanished reference CONFLICT, an out-of-range number BAD_REQUEST, a lost
 * connection SERVICE_UNAVAILABLE. tRPC errors and unknown errors pass through unchanged.
 */
export function fromDatabaseError(error: unknown): unknown {
  if (error instanceof TRPCError) return error;
  const failure = classifyDatabaseError(error);
  switch (failure?.kind) {
    case "unique_violation":
      return conflict("Dit bestaat al: iemand heeft het intussen vastgelegd. Laad de pagina opnieuw.");
    case "foreign_key_violation":
      return conflict("Iets waarnaar dit verwijst is intussen veranderd of verwijderd. Laad de pagina opnieuw.");
    case "check_violation":
    case "out_of_range":
    case "invalid_text":
      return badRequest("Een van de waarden past niet binnen wat het platform kan bewaren.");
    case "serialization_failure":
      return staleVersion();
    case "unavailable":
      return unavailable();
    default:
      return error;
  }
}

/**
 * The database is away (restart, failover): try again shortly. The message does not promise that
 * nothing changed: a connection lost while a COMMIT was being confirmed may have committed the write,
 * so someone who was changing something is asked to look first (one message for reads and writes).
 */
export function unavailable(
  message = "De database is even niet bereikbaar. Probeer het zo opnieuw; wijzigde je iets, kijk dan eerst of het al is opgeslagen.",
): TRPCError {
  return new TRPCError({ code: "SERVICE_UNAVAILABLE", message });
}

/** Too much of one kind of heavy work at once (password checks, file reads): try again in a moment. */
export function busy(retryAfterSeconds = 5): TRPCError {
  return new TRPCError({
    code: "TOO_MANY_REQUESTS",
    message: "Het is even te druk op de server. Probeer het over een paar seconden opnieuw.",
    cause: new RetryLater(retryAfterSeconds),
  });
}
