import { levelsForSector, sectors, type OrganisationLevel, type Sector } from "@zorgpact/domain/organisation";
import { TextField } from "@zorgpact/ui/FormField.tsx";
import type { ZodForm } from "@zorgpact/ui/forms/useZodForm.ts";
import { levelLabels, sectorLabels } from "@zorgpact/ui/labels.ts";
import { SelectField } from "../../forms/fields.tsx";
import { commonMessages } from "../../messages/common.ts";
import { organisationMessages as m } from "../../messages/organisations.ts";
import { withSector, type OrganisationFormValues } from "./organisation-form.ts";

function Options<T extends string>({ values, labels }: { values: readonly T[]; labels: Record<T, string> }) {
  return (
    <>
      <option value="">{commonMessages.choose}</option>
      {values.map((value) => (
        <option key={value} value={value}>
          {labels[value]}
        </option>
      ))}
    </>
  );
}

/** Name, sector, level (for education and government) and place: the registry's fields. */
export function OrganisationFields({ idPrefix, form }: { idPrefix: string; form: ZodForm<OrganisationFormValues> }) {
  const { values } = form;
  const levels = values.sector ? levelsForSector(values.sector) : [];
  const sector = form.bind("sector");
  const level = form.bind("level");
  return (
    <>
      <TextField id={`${idPrefix}-naam`} label={m.name} autoComplete="off" {...form.bind("name")} required />
      <SelectField
        id={`${idPrefix}-sector`}
        label={m.columns.sector}
        {...sector}
        onValueChange={(chosen) => form.setValues(withSector(values, chosen as Sector | ""))}
        required
      >
        <Options values={sectors} labels={sectorLabels} />
      </SelectField>
      {levels.length > 0 ? (
        <SelectField
          id={`${idPrefix}-niveau`}
          label={m.level}
          hint={m.levelHint}
          {...level}
          onValueChange={(chosen) => level.onValueChange(chosen as OrganisationLevel | "")}
          required
        >
          <Options values={levels} labels={levelLabels} />
        </SelectField>
      ) : null}
      <TextField id={`${idPrefix}-plaats`} label={`${m.place} ${commonMessages.optional}`} autoComplete="off" {...form.bind("place")} />
    </>
  );
}
