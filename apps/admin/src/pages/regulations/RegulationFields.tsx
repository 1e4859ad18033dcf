import { ministries, type Ministry } from "@zorgpact/domain/barrier";
import type { FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { TextField } from "@zorgpact/ui/FormField.tsx";
import { SelectField, TextAreaField } from "../../forms/fields.tsx";
import { regulationMessages } from "../../messages/regulation.ts";
import type { RegulationFormValues } from "./regulation-form.ts";

const m = regulationMessages;
const f = m.form;
const optional = (label: string) => `${label} ${f.optional}`;

/** Name, ministry, purpose, period, budget, conditions, link, what is known of its use, and the source. */
export function RegulationFields({
  idPrefix,
  values,
  onChange,
  errors,
}: {
  idPrefix: string;
  values: RegulationFormValues;
  onChange: (values: RegulationFormValues) => void;
  errors: FieldErrors;
}) {
  const set = (key: keyof RegulationFormValues) => (value: string) => onChange({ ...values, [key]: value });
  return (
    <>
      <TextField
        id={`${idPrefix}-naam`}
        name="name"
        label={f.name}
        autoComplete="off"
        value={values.name}
        onValueChange={set("name")}
        error={errors["name"]}
        required
      />
      <SelectField
        id={`${idPrefix}-ministerie`}
        name="ministry"
        label={f.ministry}
        value={values.ministry}
        onValueChange={(ministry) => onChange({ ...values, ministry: ministry as Ministry })}
        error={errors["ministry"]}
      >
        {ministries.map((ministry) => (
          <option key={ministry} value={ministry}>
            {m.ministry[ministry]}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        id={`${idPrefix}-doel`}
        name="purpose"
        label={f.purpose}
        value={values.purpose}
        onValueChange={set("purpose")}
        error={errors["purpose"]}
        required
      />
      <div className="form-row">
        <TextField
          id={`${idPrefix}-beginjaar`}
          name="startYear"
          label={optional(f.startYear)}
          hint={f.yearHint}
          inputMode="numeric"
          autoComplete="off"
          value={values.startYear}
          onValueChange={set("startYear")}
          error={errors["startYear"]}
        />
        <TextField
          id={`${idPrefix}-eindjaar`}
          name="endYear"
          label={optional(f.endYear)}
          hint={f.yearHint}
          inputMode="numeric"
          autoComplete="off"
          value={values.endYear}
          onValueChange={set("endYear")}
          error={errors["endYear"]}
        />
        <TextField
          id={`${idPrefix}-budget`}
          name="budget"
          label={optional(f.budget)}
          hint={f.budgetHint}
          inputMode="decimal"
          autoComplete="off"
          value={values.budget}
          onValueChange={set("budget")}
          error={errors["budget"]}
        />
      </div>
      <TextAreaField
        id={`${idPrefix}-voorwaarden`}
        name="conditions"
        label={optional(f.conditions)}
        value={values.conditions}
        onValueChange={set("conditions")}
        error={errors["conditions"]}
      />
      <TextField
        id={`${idPrefix}-link`}
        name="link"
        inputMode="url"
        label={optional(f.link)}
        hint={f.linkHint}
        autoComplete="off"
        spellCheck={false}
        value={values.link}
        onValueChange={set("link")}
        error={errors["link"]}
      />
      <TextAreaField
        id={`${idPrefix}-resultaten`}
        name="results"
        label={optional(f.results)}
        hint={f.resultsHint}
        value={values.results}
        onValueChange={set("results")}
        error={errors["results"]}
      />
      <TextField
        id={`${idPrefix}-bron`}
        name="source"
        label={optional(f.source)}
        hint={f.sourceHint}
        autoComplete="off"
        value={values.source}
        onValueChange={set("source")}
        error={errors["source"]}
      />
    </>
  );
}
