import { provinces } from "@zorgpact/domain/region";
import type { FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { TextField } from "@zorgpact/ui/FormField.tsx";
import { adminMessages } from "../../messages.ts";
import { ChoiceGroup } from "../../forms/fields.tsx";
import type { RegionFormValues } from "./region-form.ts";

const m = adminMessages.regions;

/** Name, provinces (checkboxes) and a point on the map (latitude, longitude). */
export function RegionFields({
  idPrefix,
  values,
  onChange,
  errors,
}: {
  idPrefix: string;
  values: RegionFormValues;
  onChange: (values: RegionFormValues) => void;
  errors: FieldErrors;
}) {
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
      <ChoiceGroup
        id={`${idPrefix}-provincies`}
        name="provinces"
        type="checkbox"
        legend={m.provinces}
        hint={m.provincesHint}
        choices={provinces.map((p) => ({ value: p, label: p }))}
        selected={values.provinces}
        onChange={(list) => onChange({ ...values, provinces: list })}
        error={errors["provinces"]}
      />
      <div className="form-row">
        <TextField
          id={`${idPrefix}-breedtegraad`}
          name="latitude"
          label={m.latitude}
          hint={m.latitudeHint}
          inputMode="decimal"
          autoComplete="off"
          value={values.latitude}
          onValueChange={(latitude) => onChange({ ...values, latitude })}
          error={errors["latitude"]}
          required
        />
        <TextField
          id={`${idPrefix}-lengtegraad`}
          name="longitude"
          label={m.longitude}
          hint={m.longitudeHint}
          inputMode="decimal"
          autoComplete="off"
          value={values.longitude}
          onValueChange={(longitude) => onChange({ ...values, longitude })}
          error={errors["longitude"]}
          required
        />
      </div>
    </>
  );
}
