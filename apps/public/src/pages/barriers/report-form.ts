import { barrierSubmitInputSchema, type BarrierSubmitInput } from "@zorgpact/domain/barrier";
import { firstMessages, type FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { z } from "zod";

/** The report form's fields; the names are `barrier.submit`'s, so API errors land on them. */
export interface ReportFormValues {
  question: string;
  context: string;
  pactId: string;
  organisation: string;
  submitterName: string;
  submitterEmail: string;
  /** The spam trap: hidden from everyone, so only a bot fills it in. */
  website: string;
}

export const emptyReportForm: ReportFormValues = {
  question: "",
  context: "",
  pactId: "",
  organisation: "",
  submitterName: "",
  submitterEmail: "",
  website: "",
};

/** The typed values in the API's shape: no choice is null. */
export function reportToInput(values: ReportFormValues) {
  return { ...values, pactId: values.pactId || null };
}

/** Checked with the API's own schema; one Dutch message per field. */
export function reportInput(values: ReportFormValues): { ok: true; data: BarrierSubmitInput } | { ok: false; errors: FieldErrors } {
  const result = barrierSubmitInputSchema.safeParse(reportToInput(values));
  if (result.success) return { ok: true, data: result.data };
  const { fieldErrors } = z.flattenError(result.error as z.ZodError<Record<string, unknown>>);
  return { ok: false, errors: firstMessages(fieldErrors as Record<string, string[] | undefined>) };
}
