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
