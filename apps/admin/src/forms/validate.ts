import { z } from "zod";
import { firstMessages, type FieldErrors } from "@zorgpact/ui/form-errors.ts";

export type Validation<T> = { ok: true; data: T; errors: FieldErrors } | { ok: false; errors: FieldErrors };

/** Checks form values with the same zod schema the API uses; one message per field. */
export function validate<S extends z.ZodType>(schema: S, values: unknown): Validation<z.output<S>> {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data, errors: {} };
  const { fieldErrors } = z.flattenError(result.error as z.ZodError<Record<string, unknown>>);
  return { ok: false, errors: firstMessages(fieldErrors as Record<string, string[] | undefined>) };
}

/** A form's check as useZodForm makes it, for unit tests: the schema over `toInput(values)`, then the form's own checks. */
export function validateForm<S extends z.ZodType>(schema: S, input: unknown, extraErrors: FieldErrors = {}): Validation<z.output<S>> {
  const result = validate(schema, input);
  if (!Object.values(extraErrors).some(Boolean)) return result;
  const errors: FieldErrors = { ...result.errors };
  for (const [field, message] of Object.entries(extraErrors)) {
    if (message) errors[field] = message;
    else delete errors[field];
  }
  return { ok: false, errors };
}
