import { useMutation } from "@tanstack/react-query";
import { useId } from "react";
import type { AgendaMeasurement } from "@zorgpact/domain/agenda";
import type { UnitKind } from "@zorgpact/domain/indicator-unit";
import { correctionInputSchema } from "@zorgpact/domain/measurement-review";
import { decimalText, euroText, parseDecimal, parseEuroCents } from "@zorgpact/ui/dutch-number.ts";
import { TextField } from "@zorgpact/ui/FormField.tsx";
import { ZodFormView } from "@zorgpact/ui/forms/FormParts.tsx";
import { useZodForm } from "@zorgpact/ui/forms/useZodForm.ts";
import { TextAreaField } from "../../forms/fields.tsx";
import { measurementReviewMessages } from "../../messages/measurement-review.ts";
import { trpc } from "../../trpc.ts";

const c = measurementReviewMessages.correction;

interface CorrectionValues {
  value: string;
  source: string;
  note: string;
  reason: string;
}

/** Euro amounts are stored in cents and typed in euros; other units as a Dutch decimal. */
const parseValue = (unitKind: UnitKind, text: string) => (unitKind === "euro" ? parseEuroCents(text) : parseDecimal(text));

/** A correction of a locked measurement with its reason: applied at once by the national team, else submitted for review. */
export function CorrectionForm({
  measurement,
  unitKind,
  national,
  date,
  onCancel,
  onDone,
}: {
  measurement: AgendaMeasurement;
  unitKind: UnitKind;
  national: boolean;
  date: string;
  onCancel: () => void;
  onDone: (notice: string) => Promise<unknown>;
}) {
  const id = useId();
  const correct = useMutation(trpc.measurementReview.correct.mutationOptions());
  const form = useZodForm({
    schema: correctionInputSchema,
    defaultValues: {
      value: unitKind === "euro" ? euroText(measurement.value) : decimalText(measurement.value),
      source: measurement.source ?? "",
      note: measurement.note ?? "",
      reason: "",
    } satisfies CorrectionValues,
    toInput: (v: CorrectionValues) => {
      const parsed = parseValue(unitKind, v.value);
      return { ...v, id: measurement.id, version: measurement.version, value: typeof parsed === "number" ? parsed : Number.NaN };
    },
    extraErrors: (v: CorrectionValues) => (typeof parseValue(unitKind, v.value) === "number" ? {} : { value: c.notANumber }),
    submit: correct.mutateAsync,
    // The page closes the form and says what happened.
    savedMessage: null,
    onSaved: async () => {
      await onDone(c.saved(national));
    },
  });
  return (
    <ZodFormView
      form={form}
      label={c.title(date)}
      submitLabel={c.submit}
      pendingLabel={c.saving}
      actions={
        <button type="button" className="button--secondary" onClick={onCancel}>
          {c.cancel}
        </button>
      }
    >
      <p>{c.intro(national)}</p>
      <div className="review-inline-form">
        <TextField id={`${id}-waarde`} label={c.value} inputMode="decimal" {...form.bind("value")} />
        <TextField id={`${id}-bron`} label={c.source} {...form.bind("source")} />
      </div>
      <TextAreaField id={`${id}-toelichting`} label={c.note} {...form.bind("note")} rows={2} />
      <TextAreaField id={`${id}-reden`} label={c.reason} {...form.bind("reason")} rows={2} required />
    </ZodFormView>
  );
}
