/**
 * Field errors, whether found by the form's own check (the domain's zod schema) or sent by the API
 * (`error.data.zodError.fieldErrors` on BAD_REQUEST): one message per field, keyed by the field's
 * name in the API input, so the form shows it at the field.
 */
import { isApiFailure } from "./api-error.ts";

export type FieldErrors = Partial<Record<string, string>>;

function dataOf(error: unknown): Record<string, unknown> | undefined {
  if (!isApiFailure(error)) return undefined;
  const data: unknown = error.data;
  return data && typeof data === "object" ? (data as Record<string, unknown>) : undefined;
}

/** The first message per field of a flattened zod error (`{ email: ["…"], … }`). */
export function firstMessages(fieldErrors: Record<string, readonly string[] | undefined>): FieldErrors {
  const result: FieldErrors = {};
  for (const [field, list] of Object.entries(fieldErrors)) {
    const first = list?.[0];
    if (first) result[field] = first;
  }
  return result;
}

/** The field errors a BAD_REQUEST from the API carries; empty for any other failure. */
export function apiFieldErrors(error: unknown): FieldErrors {
  const zodError = dataOf(error)?.["zodError"];
  if (!zodError || typeof zodError !== "object" || !("fieldErrors" in zodError)) return {};
  const { fieldErrors } = zodError as { fieldErrors: unknown };
  if (!fieldErrors || typeof fieldErrors !== "object") return {};
  const lists: Record<string, readonly string[]> = {};
  for (const [field, list] of Object.entries(fieldErrors)) {
    if (Array.isArray(list)) lists[field] = list.filter((m): m is string => typeof m === "string");
  }
  return firstMessages(lists);
}

/** Seconds to wait after TOO_MANY_REQUESTS, when the API said so. */
export function retryAfterSeconds(error: unknown): number | undefined {
  const seconds = dataOf(error)?.["retryAfterSeconds"];
  return typeof seconds === "number" && Number.isFinite(seconds) && seconds > 0 ? seconds : undefined;
}

/** The API's own (Dutch) message of a failed call; undefined for a failure that never reached it. */
export function apiMessage(error: unknown): string | undefined {
  if (!isApiFailure(error) || !dataOf(error)) return undefined;
  return error.message || undefined;
}

export function hasFieldErrors(errors: FieldErrors): boolean {
  return Object.values(errors).some(Boolean);
}
