import { TRPCError } from "@trpc/server";
import { ZodError } from "zod";

/** A BAD_REQUEST that names the field, shaped like any zod validation error for the client. */
export function fieldError(field: string, message: string): TRPCError {
  return new TRPCError({
    code: "BAD_REQUEST",
    message,
    cause: new ZodError([{ code: "custom", path: [field], message, input: undefined }]),
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
