import { provinces } from "@zorgpact/domain/region";
import { TextField } from "@zorgpact/ui/FormField.tsx";
import type { ZodForm } from "@zorgpact/ui/forms/useZodForm.ts";
import { ChoiceGroup } from "../../forms/fields.tsx";
import { regionMessages as m } from "../../messages/regions.ts";
import type { RegionFormValues } from "./region-form.ts";

/** Name, provinces (checkboxes) and a point on the map (latitude, longitude). */
export function RegionFields({ idPrefix, form }: { idPrefix: string; form: ZodForm<RegionFormValues> }) {
  const chosen = form.bind("provinces");
  return (
    <>
      <TextField id={`${idPrefix}-naam`} label={m.name} autoComplete="off" {...form.bind("name")} required />
      <ChoiceGroup
        id={`${idPrefix}-provincies`}
        name="provinces"
        type="checkbox"
        legend={m.provinces}
        hint={m.provincesHint}
        choices={provinces.map((p) => ({ value: p, label: p }))}
        selected={chosen.value}
        onChange={chosen.onValueChange}
        error={chosen.error}
      />
      <div className="form-row">
        <TextField
          id={`${idPrefix}-breedtegraad`}
          label={m.latitude}
          hint={m.latitudeHint}
          inputMode="decimal"
          autoComplete="off"
          {...form.bind("latitude")}
          required
        />
        <TextField
          id={`${idPrefix}-lengtegraad`}
          label={m.longitude}
          hint={m.longitudeHint}
          inputMode="decimal"
          autoComplete="off"
          {...form.bind("longitude")}
          required
        />
      </div>
    </>
  );
}
