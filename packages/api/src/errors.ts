import { TRPCError } from "@trpc/server";
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
