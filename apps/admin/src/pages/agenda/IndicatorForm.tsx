import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { indicatorCreateInputSchema, indicatorUpdateInputSchema, type AgendaIndicator } from "@zorgpact/domain/agenda";
import { indicatorDirections } from "@zorgpact/domain/indicator";
import { indicatorFrequencies, indicatorFrequencyLabels } from "@zorgpact/domain/indicator-period";
import { unitKindLabels, unitKinds } from "@zorgpact/domain/indicator-unit";
import type { HeadingLevel } from "@zorgpact/ui/chain/Heading.tsx";
import { TextField } from "@zorgpact/ui/FormField.tsx";
import { useZodForm, type ZodForm } from "@zorgpact/ui/forms/useZodForm.ts";
import { indicatorDirectionLabels } from "@zorgpact/ui/labels.ts";
import { SelectField } from "../../forms/fields.tsx";
import { agendaMessages } from "../../messages/agenda.ts";
import { indicatorPeriodMessages as pm } from "../../messages/indicator-periods.ts";
import { trpc } from "../../trpc.ts";
import { useAgenda } from "./agenda-context.ts";
import { useAgendaLatest } from "./agenda-latest.ts";
import { AgendaFormPanel } from "./AgendaFormPanel.tsx";
import { indicatorFormErrors, indicatorFormValues, indicatorToFields, type IndicatorFormValues } from "./indicator-form.ts";
import { PeriodTargetsFields } from "./PeriodTargetsFields.tsx";

type IndicatorFormProps = { onDone: (indicator: AgendaIndicator) => void; onCancel: () => void; headingLevel: HeadingLevel } & (
  { mode: "create"; nodeId: string } | { mode: "edit"; indicator: AgendaIndicator }
);

/**
 * Name, unit and its kind, direction, frequency, baseline, final target and the targets per
 * period of an indicator, checked with the API's own schema (`indicator.create` / `indicator.update`).
 */
export function IndicatorForm(props: IndicatorFormProps) {
  return props.mode === "edit" ? <EditIndicatorForm {...props} /> : <CreateIndicatorForm {...props} />;
}

type Common = { onDone: (indicator: AgendaIndicator) => void; onCancel: () => void; headingLevel: HeadingLevel };

function CreateIndicatorForm({ nodeId, onDone, onCancel, headingLevel }: Common & { nodeId: string }) {
  const { invalidate } = useAgenda();
  const create = useMutation(trpc.indicator.create.mutationOptions());
  const form = useZodForm({
    schema: indicatorCreateInputSchema,
    defaultValues: indicatorFormValues(null),
    toInput: (values) => ({ ...indicatorToFields(values), nodeId }),
    extraErrors: indicatorFormErrors,
    submit: create.mutateAsync,
    savedMessage: null,
    onSaved(stored) {
      void invalidate();
      onDone(stored);
    },
  });
  return (
    <IndicatorFormView
      form={form}
      heading={agendaMessages.indicators.newHeading}
      submitLabel={agendaMessages.indicators.create}
      onCancel={onCancel}
      headingLevel={headingLevel}
    />
  );
}

function EditIndicatorForm({ indicator, onDone, onCancel, headingLevel }: Common & { indicator: AgendaIndicator }) {
  const { invalidate } = useAgenda();
  const [version, setVersion] = useState(indicator.version);
  const update = useMutation(trpc.indicator.update.mutationOptions());
  const form = useZodForm({
    schema: indicatorUpdateInputSchema,
    defaultValues: indicatorFormValues(indicator),
    toInput: (values) => ({ ...indicatorToFields(values), id: indicator.id, version }),
    extraErrors: indicatorFormErrors,
    submit: update.mutateAsync,
    savedMessage: null,
    onSaved(stored) {
      void invalidate();
      onDone(stored);
    },
    loadLatest: useAgendaLatest((agenda) => agenda.indicators.find((i) => i.id === indicator.id), setVersion),
  });
  const m = agendaMessages.indicators;
  return <IndicatorFormView form={form} heading={m.editHeading(indicator.name)} submitLabel={m.save} onCancel={onCancel} headingLevel={headingLevel} />;
}

function IndicatorFormView({
  form,
  heading,
  submitLabel,
  onCancel,
  headingLevel,
}: {
  form: ZodForm<IndicatorFormValues>;
  heading: string;
  submitLabel: string;
  onCancel: () => void;
  headingLevel: HeadingLevel;
}) {
  const m = agendaMessages.indicators;
  const { values, setValues } = form;
  // A select hands back a string; the options are the union's own values.
  const choice = <K extends "unitKind" | "direction" | "frequency">(key: K) => ({
    ...form.bind(key),
    onValueChange: (value: string) => setValues({ ...values, [key]: value as IndicatorFormValues[K] }),
  });
  const field = (id: string, key: "name" | "unit" | "baselineValue" | "baselineDate" | "targetValue" | "targetDate", label: string, extra: object = {}) => (
    <TextField id={`${id}-${key}`} label={label} autoComplete="off" required {...extra} {...form.bind(key)} />
  );

  return (
    <AgendaFormPanel form={form} heading={heading} level={headingLevel} submitLabel={submitLabel} onCancel={onCancel}>
      {(id) => (
        <>
          {field(id, "name", m.name, { autoFocus: true })}
          <div className="form-row">
            <SelectField id={`${id}-unitKind`} label={pm.unitKind} hint={pm.unitKindHint} {...choice("unitKind")}>
              {unitKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {unitKindLabels[kind]}
                </option>
              ))}
            </SelectField>
            {field(id, "unit", m.unit, { hint: values.unitKind === "euro" ? pm.unitHintEuro : m.unitHint })}
          </div>
          <div className="form-row">
            <SelectField id={`${id}-direction`} label={m.direction} hint={m.directionHint} {...choice("direction")}>
              {indicatorDirections.map((direction) => (
                <option key={direction} value={direction}>
                  {indicatorDirectionLabels[direction]}
                </option>
              ))}
            </SelectField>
            <SelectField id={`${id}-frequency`} label={pm.frequency} hint={pm.frequencyHint} {...choice("frequency")}>
              {indicatorFrequencies.map((frequency) => (
                <option key={frequency} value={frequency}>
                  {indicatorFrequencyLabels[frequency]}
                </option>
              ))}
            </SelectField>
          </div>
          <div className="form-row">
            {field(id, "baselineValue", m.baselineValue, { inputMode: "decimal" })}
            {field(id, "baselineDate", m.baselineDate, { type: "date" })}
          </div>
          <div className="form-row">
            {field(id, "targetValue", m.targetValue, { inputMode: "decimal" })}
            {field(id, "targetDate", m.targetDate, { type: "date" })}
          </div>
          <PeriodTargetsFields
            idPrefix={`${id}-doel`}
            values={values}
            error={form.errors["targets"]}
            onChange={(targets) => setValues({ ...values, targets })}
          />
        </>
      )}
    </AgendaFormPanel>
  );
}
