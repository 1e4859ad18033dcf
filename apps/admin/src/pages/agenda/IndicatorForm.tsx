import { useMutation } from "@tanstack/react-query";
import { useId, useRef, useState, type FormEvent } from "react";
import { indicatorCreateInputSchema, indicatorUpdateInputSchema, type AgendaIndicator } from "@zorgpact/domain/agenda";
import { indicatorDirections } from "@zorgpact/domain/indicator";
import { apiFieldErrors, type FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { Heading, type HeadingLevel } from "@zorgpact/ui/chain/Heading.tsx";
import { TextField } from "@zorgpact/ui/FormField.tsx";
import { indicatorDirectionLabels } from "@zorgpact/ui/labels.ts";
import { useFocusFirstError } from "../../forms/useFocusFirstError.ts";
import { validate } from "../../forms/validate.ts";
import { agendaMessages } from "../../messages/agenda.ts";
import { trpc } from "../../trpc.ts";
import { useAgenda } from "./agenda-context.ts";
import { SelectField } from "../../forms/fields.tsx";
import { indicatorFormFields, indicatorFormValues, type IndicatorFormValues } from "./indicator-form.ts";
import { SaveProblem } from "./SaveProblem.tsx";
import { useLatestVersion } from "./useLatestVersion.ts";

type IndicatorFormProps = { onDone: (indicator: AgendaIndicator) => void; onCancel: () => void; headingLevel: HeadingLevel } & (
  { mode: "create"; nodeId: string } | { mode: "edit"; indicator: AgendaIndicator }
);

/** Name, unit, direction, baseline and target of an indicator, checked with `indicatorFieldsSchema`. */
export function IndicatorForm(props: IndicatorFormProps) {
  const { invalidate } = useAgenda();
  const m = agendaMessages.indicators;
  const indicator = props.mode === "edit" ? props.indicator : null;
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<IndicatorFormValues>(() => indicatorFormValues(indicator));
  const [errors, setErrors] = useState<FieldErrors>({});
  useFocusFirstError(formRef, errors);
  const onSuccess = (stored: AgendaIndicator) => {
    void invalidate();
    props.onDone(stored);
  };
  const onError = (error: unknown) => setErrors(apiFieldErrors(error));
  const create = useMutation(trpc.indicator.create.mutationOptions({ onSuccess, onError }));
  const update = useMutation(trpc.indicator.update.mutationOptions({ onSuccess, onError }));
  const saving = create.isPending || update.isPending;
  const latest = useLatestVersion(
    indicator?.version ?? 1,
    (a) => a.indicators.find((i) => i.id === indicator?.id),
    () => update.reset(),
  );
  const set = (key: keyof IndicatorFormValues) => (value: string) => setValues({ ...values, [key]: value });
  const headingId = `${id}-kop`;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    create.reset();
    update.reset();
    latest.setLatest("idle");
    const { fields, errors: unreadable } = indicatorFormFields(values);
    const result = indicator
      ? validate(indicatorUpdateInputSchema, { ...fields, id: indicator.id, version: latest.version })
      : validate(indicatorCreateInputSchema, { ...fields, nodeId: props.mode === "create" ? props.nodeId : "" });
    setErrors({ ...result.errors, ...unreadable });
    if (!result.ok || Object.keys(unreadable).length > 0) return;
    if (indicator) update.mutate(result.data as Parameters<typeof update.mutate>[0]);
    else create.mutate(result.data as Parameters<typeof create.mutate>[0]);
  };
  const field = (key: keyof IndicatorFormValues, label: string, extra: { type?: string; hint?: string; inputMode?: "decimal"; autoFocus?: boolean } = {}) => (
    <TextField
      id={`${id}-${key}`}
      name={key}
      label={label}
      value={values[key]}
      onValueChange={set(key)}
      error={errors[key]}
      autoComplete="off"
      required
      {...extra}
    />
  );

  return (
    <div className="agenda-panel">
      <Heading level={props.headingLevel} id={headingId}>
        {indicator ? m.editHeading(indicator.name) : m.newHeading}
      </Heading>
      <SaveProblem error={create.error ?? update.error} latest={latest.latest} onLoadLatest={indicator ? () => void latest.loadLatest() : undefined} />
      <form ref={formRef} className="form-stack" noValidate onSubmit={onSubmit} aria-labelledby={headingId}>
        {field("name", m.name, { autoFocus: true })}
        {field("unit", m.unit, { hint: m.unitHint })}
        <SelectField
          id={`${id}-direction`}
          name="direction"
          label={m.direction}
          hint={m.directionHint}
          value={values.direction}
          onValueChange={set("direction")}
          error={errors["direction"]}
        >
          {indicatorDirections.map((direction) => (
            <option key={direction} value={direction}>
              {indicatorDirectionLabels[direction]}
            </option>
          ))}
        </SelectField>
        <div className="form-row">
          {field("baselineValue", m.baselineValue, { inputMode: "decimal" })}
          {field("baselineDate", m.baselineDate, { type: "date" })}
        </div>
        <div className="form-row">
          {field("targetValue", m.targetValue, { inputMode: "decimal" })}
          {field("targetDate", m.targetDate, { type: "date" })}
        </div>
        <div className="form-actions">
          <button type="submit" aria-disabled={saving || undefined}>
            {saving ? agendaMessages.common.saving : indicator ? m.save : m.create}
          </button>
          <button type="button" className="button--secondary" onClick={props.onCancel}>
            {agendaMessages.common.cancel}
          </button>
        </div>
      </form>
    </div>
  );
}
