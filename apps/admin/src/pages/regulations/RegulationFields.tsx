import { ministries, type Ministry } from "@zorgpact/domain/barrier";
import type { ZodForm } from "@zorgpact/ui/forms/useZodForm.ts";
import { TextField } from "@zorgpact/ui/FormField.tsx";
import { SelectField, TextAreaField } from "../../forms/fields.tsx";
import { regulationMessages } from "../../messages/regulation.ts";
import type { RegulationFormValues } from "./regulation-form.ts";

const m = regulationMessages;
const f = m.form;
const optional = (label: string) => `${label} ${f.optional}`;

/** Name, ministry, purpose, period, budget, conditions, link, what is known of its use, and the source. */
export function RegulationFields({ idPrefix, form }: { idPrefix: string; form: ZodForm<RegulationFormValues> }) {
  const ministry = form.bind("ministry");
  return (
    <>
      <TextField id={`${idPrefix}-naam`} {...form.bind("name")} label={f.name} autoComplete="off" required />
      <SelectField
        id={`${idPrefix}-ministerie`}
        name={ministry.name}
        label={f.ministry}
        value={ministry.value}
        onValueChange={(value) => ministry.onValueChange(value as Ministry)}
        error={ministry.error}
      >
        {ministries.map((each) => (
          <option key={each} value={each}>
            {m.ministry[each]}
          </option>
        ))}
      </SelectField>
      <TextAreaField id={`${idPrefix}-doel`} {...form.bind("purpose")} label={f.purpose} required />
      <div className="form-row">
        <TextField
          id={`${idPrefix}-beginjaar`}
          {...form.bind("startYear")}
          label={optional(f.startYear)}
          hint={f.yearHint}
          inputMode="numeric"
          autoComplete="off"
        />
        <TextField id={`${idPrefix}-eindjaar`} {...form.bind("endYear")} label={optional(f.endYear)} hint={f.yearHint} inputMode="numeric" autoComplete="off" />
        <TextField id={`${idPrefix}-budget`} {...form.bind("budget")} label={optional(f.budget)} hint={f.budgetHint} inputMode="decimal" autoComplete="off" />
      </div>
      <TextAreaField id={`${idPrefix}-voorwaarden`} {...form.bind("conditions")} label={optional(f.conditions)} />
      <TextField
        id={`${idPrefix}-link`}
        {...form.bind("link")}
        inputMode="url"
        label={optional(f.link)}
        hint={f.linkHint}
        autoComplete="off"
        spellCheck={false}
      />
      <TextAreaField id={`${idPrefix}-resultaten`} {...form.bind("results")} label={optional(f.results)} hint={f.resultsHint} />
      <TextField id={`${idPrefix}-bron`} {...form.bind("source")} label={optional(f.source)} hint={f.sourceHint} autoComplete="off" />
    </>
  );
}
