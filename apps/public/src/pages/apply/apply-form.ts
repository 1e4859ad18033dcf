import { frontRunnerApplicationInputSchema, type FrontRunnerApplicationInput } from "@zorgpact/domain/front-runner";
import { firstMessages, type FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { z } from "zod";

/** The application form's fields; the names are `frontRunner.submitApplication`'s, so API errors land on them. */
export interface ApplyFormValues {
  initiativeName: string;
  description: string;
  regionId: string;
  organisationName: string;
  contactName: string;
  contactEmail: string;
  motivation: string;
  /** The spam trap: hidden from people, so only a bot fills it in. */
  website: string;
}

export const emptyApplyForm: ApplyFormValues = {
  initiativeName: "",
  description: "",
  regionId: "",
  organisationName: "",
  contactName: "",
  contactEmail: "",
  motivation: "",
  website: "",
};

/** The typed values in the API's shape: no choice is null. */
export function applyToInput(values: ApplyFormValues) {
  return { ...values, regionId: values.regionId || null };
}

/** Checked with the API's own schema; one Dutch message per field. */
export function applyInput(values: ApplyFormValues): { ok: true; data: FrontRunnerApplicationInput } | { ok: false; errors: FieldErrors } {
  const result = frontRunnerApplicationInputSchema.safeParse(applyToInput(values));
  if (result.success) return { ok: true, data: result.data };
  const { fieldErrors } = z.flattenError(result.error as z.ZodError<Record<string, unknown>>);
  return { ok: false, errors: firstMessages(fieldErrors as Record<string, string[] | undefined>) };
}
