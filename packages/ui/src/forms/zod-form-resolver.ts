import { zodResolver } from "@hookform/resolvers/zod";
import type { FieldError, FieldValues, Resolver } from "react-hook-form";
import { hasFieldErrors, type FieldErrors } from "../form-errors.ts";
import { renameFieldErrors, type FieldNames } from "./form-outcome.ts";

/** A zod 4 schema as the domain exports it (only its types are needed here). */
export interface DomainSchema<Output = unknown, Input = unknown> {
  _zod: { output: Output; input: Input };
}

/**
 * A react-hook-form resolver that checks the form with the procedure's own input schema: the
 * form's typed values (strings, "" for an empty select) go through `toInput` to the shape the API
 * takes, then through zod. `extraErrors` adds checks only the form can make (e.g. "this is not a
 * number" before the text becomes one; a field given `undefined` drops the schema's error there). On success the form submits the schema's parsed output.
 * `fieldNames` puts the schema's error on an API field onto the form field typed in (`{ budgetCents: "budget" }`).
 */
export function zodFormResolver<Values extends FieldValues, Input, Output>(
  schema: DomainSchema<Output, Input>,
  toInput: (values: Values) => unknown,
  extraErrors?: (values: Values) => FieldErrors,
  fieldNames?: FieldNames,
): Resolver<Values, unknown, Output> {
  // The schema is typed structurally above; zodResolver wants zod's own type, which this package does not import.
  const base = zodResolver(schema as never) as unknown as Resolver<FieldValues, unknown, Output>;
  return async (values, context, options) => {
    const checked = await base(toInput(values) as FieldValues, context, options as never);
    const result = { ...checked, errors: renameFieldErrors(checked.errors as Record<string, FieldError>, fieldNames) };
    const extra = extraErrors?.(values) ?? {};
    if (!hasFieldErrors(extra)) return result as Awaited<ReturnType<Resolver<Values, unknown, Output>>>;
    const errors: Record<string, FieldError> = { ...result.errors };
    // A field named without a message drops the schema's error there (e.g. no level error while no sector is chosen).
    for (const [field, message] of Object.entries(extra)) {
      if (message) errors[field] = { type: "form", message };
      else delete errors[field];
    }
    return { values: {}, errors } as Awaited<ReturnType<Resolver<Values, unknown, Output>>>;
  };
}
