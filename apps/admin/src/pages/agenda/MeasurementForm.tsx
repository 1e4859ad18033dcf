import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { measurementAddInputSchema, measurementUpdateInputSchema, type AgendaIndicator, type AgendaMeasurement } from "@zorgpact/domain/agenda";
import { periodLabel, periodStartOf } from "@zorgpact/domain/indicator-period";
import { formatDate } from "@zorgpact/ui/format.ts";
import { TextField } from "@zorgpact/ui/FormField.tsx";
import { useZodForm, type ZodForm } from "@zorgpact/ui/forms/useZodForm.ts";
import { TextAreaField } from "../../forms/fields.tsx";
import { agendaMessages } from "../../messages/agenda.ts";
import { indicatorPeriodMessages as pm } from "../../messages/indicator-periods.ts";
import { trpc } from "../../trpc.ts";
import { useAgenda } from "./agenda-context.ts";
import { useAgendaLatest } from "./agenda-latest.ts";
import { AgendaFormPanel } from "./AgendaFormPanel.tsx";
import { measurementFormErrors, measurementFormValues, measurementToFields, type MeasurementFormValues } from "./indicator-form.ts";

type MeasurementFormProps = { indicator: AgendaIndicator; onDone: () => void; onCancel: () => void } & (
  { mode: "create" } | { mode: "edit"; measurement: AgendaMeasurement }
);

/** Date, value, source and note of one measurement; the value must fit the indicator's unit, as the API checks. */
export function MeasurementForm(props: MeasurementFormProps) {
  return props.mode === "edit" ? <EditMeasurementForm {...props} /> : <AddMeasurementForm {...props} />;
}

type Common = { indicator: AgendaIndicator; onDone: () => void; onCancel: () => void };

function AddMeasurementForm({ indicator, onDone, onCancel }: Common) {
  const { invalidate } = useAgenda();
  const add = useMutation(trpc.indicator.addMeasurement.mutationOptions());
  const form = useZodForm({
    schema: measurementAddInputSchema,
    defaultValues: measurementFormValues(null, indicator.unitKind),
    toInput: (values) => ({ ...measurementToFields(values, indicator.unitKind), indicatorId: indicator.id }),
    extraErrors: (values) => measurementFormErrors(values, indicator),
    submit: add.mutateAsync,
    savedMessage: null,
    onSaved() {
      void invalidate();
      onDone();
    },
  });
  const m = agendaMessages.measurements;
  return <MeasurementFormView form={form} indicator={indicator} heading={m.newHeading(indicator.name)} submitLabel={m.create} onCancel={onCancel} />;
}

function EditMeasurementForm({ indicator, measurement, onDone, onCancel }: Common & { measurement: AgendaMeasurement }) {
  const { invalidate } = useAgenda();
  const [version, setVersion] = useState(measurement.version);
  const update = useMutation(trpc.indicator.updateMeasurement.mutationOptions());
  const form = useZodForm({
    schema: measurementUpdateInputSchema,
    defaultValues: measurementFormValues(measurement, indicator.unitKind),
    toInput: (values) => ({ ...measurementToFields(values, indicator.unitKind), id: measurement.id, version }),
    extraErrors: (values) => measurementFormErrors(values, indicator),
    submit: update.mutateAsync,
    savedMessage: null,
    onSaved() {
      void invalidate();
      onDone();
    },
    loadLatest: useAgendaLatest((agenda) => agenda.indicators.flatMap((i) => i.measurements).find((x) => x.id === measurement.id), setVersion),
  });
  const m = agendaMessages.measurements;
  return (
    <MeasurementFormView
      form={form}
      indicator={indicator}
      heading={m.editHeading(formatDate(measurement.measuredOn))}
      submitLabel={m.save}
      onCancel={onCancel}
    />
  );
}

function MeasurementFormView({
  form,
  indicator,
  heading,
  submitLabel,
  onCancel,
}: {
  form: ZodForm<MeasurementFormValues>;
  indicator: AgendaIndicator;
  heading: string;
  submitLabel: string;
  onCancel: () => void;
}) {
  const m = agendaMessages.measurements;
  const measuredOn = form.values.measuredOn;
  // Which period the date files the measurement under, said while typing.
  const period = /^\d{4}-\d{2}-\d{2}$/.test(measuredOn) ? periodLabel(periodStartOf(measuredOn, indicator.frequency), indicator.frequency) : null;
  return (
    <AgendaFormPanel form={form} heading={heading} level={6} submitLabel={submitLabel} onCancel={onCancel}>
      {(id) => (
        <>
          <div className="form-row">
            <TextField
              id={`${id}-measuredOn`}
              type="date"
              label={m.date}
              hint={period ? `${pm.period}: ${period}` : undefined}
              required
              // eslint-disable-next-line jsx-a11y/no-autofocus -- the form opens on the editor's own click; focus follows into it
              autoFocus
              {...form.bind("measuredOn")}
            />
            <TextField
              id={`${id}-value`}
              label={indicator.unitKind === "euro" ? pm.valueInEuro : pm.valueIn(indicator.unit)}
              inputMode="decimal"
              autoComplete="off"
              required
              {...form.bind("value")}
            />
          </div>
          <TextField id={`${id}-source`} label={`${m.source} ${agendaMessages.common.optional}`} autoComplete="off" {...form.bind("source")} />
          <TextAreaField id={`${id}-note`} label={`${m.note} ${agendaMessages.common.optional}`} rows={2} {...form.bind("note")} />
        </>
      )}
    </AgendaFormPanel>
  );
}
