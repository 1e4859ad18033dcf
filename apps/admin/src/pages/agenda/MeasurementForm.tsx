import { useMutation } from "@tanstack/react-query";
import { useId, useRef, useState, type FormEvent } from "react";
import { measurementAddInputSchema, measurementUpdateInputSchema, type AgendaIndicator, type AgendaMeasurement } from "@zorgpact/domain/agenda";
import { apiFieldErrors, type FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { formatDate } from "@zorgpact/ui/format.ts";
import { TextField } from "@zorgpact/ui/FormField.tsx";
import { useFocusFirstError } from "../../forms/useFocusFirstError.ts";
import { validate } from "../../forms/validate.ts";
import { agendaMessages } from "../../messages/agenda.ts";
import { trpc } from "../../trpc.ts";
import { useAgenda } from "./agenda-context.ts";
import { TextAreaField } from "../../forms/fields.tsx";
import { measurementFormFields, measurementFormValues, type MeasurementFormValues } from "./indicator-form.ts";
import { SaveProblem } from "./SaveProblem.tsx";
import { useLatestVersion } from "./useLatestVersion.ts";

type MeasurementFormProps = { indicator: AgendaIndicator; onDone: () => void; onCancel: () => void } & (
  { mode: "create" } | { mode: "edit"; measurement: AgendaMeasurement }
);

/** Date, value, source and note of one measurement. */
export function MeasurementForm(props: MeasurementFormProps) {
  const { invalidate } = useAgenda();
  const m = agendaMessages.measurements;
  const measurement = props.mode === "edit" ? props.measurement : null;
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<MeasurementFormValues>(() => measurementFormValues(measurement));
  const [errors, setErrors] = useState<FieldErrors>({});
  useFocusFirstError(formRef, errors);
  const onSuccess = () => {
    void invalidate();
    props.onDone();
  };
  const onError = (error: unknown) => setErrors(apiFieldErrors(error));
  const add = useMutation(trpc.indicator.addMeasurement.mutationOptions({ onSuccess, onError }));
  const update = useMutation(trpc.indicator.updateMeasurement.mutationOptions({ onSuccess, onError }));
  const saving = add.isPending || update.isPending;
  const latest = useLatestVersion(
    measurement?.version ?? 1,
    (a) => a.indicators.flatMap((i) => i.measurements).find((x) => x.id === measurement?.id),
    () => update.reset(),
  );
  const set = (key: keyof MeasurementFormValues) => (value: string) => setValues({ ...values, [key]: value });
  const headingId = `${id}-kop`;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    add.reset();
    update.reset();
    latest.setLatest("idle");
    const { fields, errors: unreadable } = measurementFormFields(values);
    const result = measurement
      ? validate(measurementUpdateInputSchema, { ...fields, id: measurement.id, version: latest.version })
      : validate(measurementAddInputSchema, { ...fields, indicatorId: props.indicator.id });
    setErrors({ ...result.errors, ...unreadable });
    if (!result.ok || Object.keys(unreadable).length > 0) return;
    if (measurement) update.mutate(result.data as Parameters<typeof update.mutate>[0]);
    else add.mutate(result.data as Parameters<typeof add.mutate>[0]);
  };

  return (
    <div className="agenda-panel">
      <h6 id={headingId}>{measurement ? m.editHeading(formatDate(measurement.measuredOn)) : m.newHeading(props.indicator.name)}</h6>
      <SaveProblem error={add.error ?? update.error} latest={latest.latest} onLoadLatest={measurement ? () => void latest.loadLatest() : undefined} />
      <form ref={formRef} className="form-stack" noValidate onSubmit={onSubmit} aria-labelledby={headingId}>
        <div className="form-row">
          <TextField
            id={`${id}-measuredOn`}
            name="measuredOn"
            type="date"
            label={m.date}
            value={values.measuredOn}
            onValueChange={set("measuredOn")}
            error={errors["measuredOn"]}
            required
            // eslint-disable-next-line jsx-a11y/no-autofocus -- the form opens on the editor's own click; focus follows into it
            autoFocus
          />
          <TextField
            id={`${id}-value`}
            name="value"
            label={`${m.value} (${props.indicator.unit})`}
            inputMode="decimal"
            autoComplete="off"
            value={values.value}
            onValueChange={set("value")}
            error={errors["value"]}
            required
          />
        </div>
        <TextField
          id={`${id}-source`}
          name="source"
          label={`${m.source} ${agendaMessages.common.optional}`}
          autoComplete="off"
          value={values.source}
          onValueChange={set("source")}
          error={errors["source"]}
        />
        <TextAreaField
          id={`${id}-note`}
          name="note"
          label={`${m.note} ${agendaMessages.common.optional}`}
          value={values.note}
          onValueChange={set("note")}
          error={errors["note"]}
          rows={2}
        />
        <div className="form-actions">
          <button type="submit" aria-disabled={saving || undefined}>
            {saving ? agendaMessages.common.saving : measurement ? m.save : m.create}
          </button>
          <button type="button" className="button--secondary" onClick={props.onCancel}>
            {agendaMessages.common.cancel}
          </button>
        </div>
      </form>
    </div>
  );
}
