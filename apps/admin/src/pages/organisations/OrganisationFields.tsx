import { levelsForSector, sectors, type OrganisationLevel, type Sector } from "@zorgpact/domain/organisation";
import type { FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { TextField } from "@zorgpact/ui/FormField.tsx";
import { levelLabels, sectorLabels } from "@zorgpact/ui/labels.ts";
import { adminMessages } from "../../messages.ts";
import { SelectField } from "../../forms/fields.tsx";
import { withSector, type OrganisationFormValues } from "./organisation-form.ts";

const m = adminMessages.organisations;

/** Name, sector, level (for education and government) and place: the registry's fields. */
export function OrganisationFields({
  idPrefix,
  values,
  onChange,
  errors,
}: {
  idPrefix: string;
  values: OrganisationFormValues;
  onChange: (values: OrganisationFormValues) => void;
  errors: FieldErrors;
}) {
  const levels = values.sector ? levelsForSector(values.sector) : [];
  return (
    <>
      <TextField
        id={`${idPrefix}-naam`}
        name="name"
        label={m.name}
        autoComplete="off"
        value={values.name}
        onValueChange={(name) => onChange({ ...values, name })}
        error={errors["name"]}
        required
      />
      <SelectField
        id={`${idPrefix}-sector`}
        name="sector"
        label={m.columns.sector}
        value={values.sector}
        onValueChange={(sector) => onChange(withSector(values, sector as Sector | ""))}
        error={errors["sector"]}
        required
      >
        <option value="">{adminMessages.common.choose}</option>
        {sectors.map((sector) => (
          <option key={sector} value={sector}>
            {sectorLabels[sector]}
          </option>
        ))}
      </SelectField>
      {levels.length > 0 ? (
        <SelectField
          id={`${idPrefix}-niveau`}
          name="level"
          label={m.level}
          hint={m.levelHint}
          value={values.level}
          onValueChange={(level) => onChange({ ...values, level: level as OrganisationLevel | "" })}
          error={errors["level"]}
          required
        >
          <option value="">{adminMessages.common.choose}</option>
          {levels.map((level) => (
            <option key={level} value={level}>
              {levelLabels[level]}
            </option>
          ))}
        </SelectField>
      ) : null}
      <TextField
        id={`${idPrefix}-plaats`}
        name="place"
        label={`${m.place} ${adminMessages.common.optional}`}
        autoComplete="off"
        value={values.place}
        onValueChange={(place) => onChange({ ...values, place })}
        error={errors["place"]}
      />
    </>
  );
}
