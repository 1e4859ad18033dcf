import { useQuery } from "@tanstack/react-query";
import { indicatorDirections } from "@zorgpact/domain/indicator";
import { catalogueStatusLabels, catalogueStatuses, catalogueUnitLabels, catalogueUnits, type CatalogueUnit } from "@zorgpact/domain/indicator-catalogue";
import { TextField } from "@zorgpact/ui/FormField.tsx";
import type { ZodForm } from "@zorgpact/ui/forms/useZodForm.ts";
import { ChoiceGroup, SelectField, TextAreaField } from "../../forms/fields.tsx";
import { catalogueMessages as m } from "../../messages/catalogue.ts";
import { trpc } from "../../trpc.ts";
import type { CatalogueFormValues } from "./catalogue-form.ts";

/** Name, definition, unit kind and word, direction, themes and status of a catalogue entry. */
export function CatalogueFields({ idPrefix, form, showStatus }: { idPrefix: string; form: ZodForm<CatalogueFormValues>; showStatus: boolean }) {
  const themes = useQuery(trpc.theme.list.queryOptions());
  const chosenThemes = form.bind("themeIds");
  const direction = form.bind("direction");
  const status = form.bind("status");
  const unit = form.bind("unit");
  const isUnit = (value: string): value is CatalogueUnit | "" => value === "" || (catalogueUnits as readonly string[]).includes(value);
  return (
    <>
      <TextField id={`${idPrefix}-naam`} label={m.name} autoComplete="off" {...form.bind("name")} required />
      <TextAreaField id={`${idPrefix}-definitie`} label={m.definition} hint={m.definitionHint} {...form.bind("definition")} required />
      <div className="form-row">
        <SelectField
          id={`${idPrefix}-soort-eenheid`}
          label={m.unit}
          hint={m.unitHint}
          {...unit}
          onValueChange={(v) => unit.onValueChange(isUnit(v) ? v : "")}
          required
        >
          <option value="">{m.chooseUnit}</option>
          {catalogueUnits.map((unit) => (
            <option key={unit} value={unit}>
              {catalogueUnitLabels[unit]}
            </option>
          ))}
        </SelectField>
        <TextField id={`${idPrefix}-eenheid`} label={m.unitLabel} hint={m.unitLabelHint} autoComplete="off" {...form.bind("unitLabel")} required />
      </div>
      <ChoiceGroup
        id={`${idPrefix}-richting`}
        name="direction"
        type="radio"
        legend={m.direction}
        choices={indicatorDirections.map((d) => ({ value: d, label: m.directions[d] }))}
        selected={[direction.value]}
        onChange={(next) => direction.onValueChange(next[0] ?? "up")}
        error={direction.error}
      />
      {themes.data ? (
        <ChoiceGroup
          id={`${idPrefix}-themas`}
          name="themeIds"
          type="checkbox"
          legend={m.themes}
          hint={m.themesHint}
          choices={themes.data.map((t) => ({ value: t.id, label: t.label }))}
          selected={chosenThemes.value}
          onChange={chosenThemes.onValueChange}
          error={chosenThemes.error}
        />
      ) : (
        <p className="muted">{m.themesLoading}</p>
      )}
      {showStatus ? (
        <ChoiceGroup
          id={`${idPrefix}-status`}
          name="status"
          type="radio"
          legend={m.status}
          hint={m.statusHint}
          choices={catalogueStatuses.map((s) => ({ value: s, label: catalogueStatusLabels[s] }))}
          selected={[status.value]}
          onChange={(next) => status.onValueChange(next[0] ?? "active")}
          error={status.error}
        />
      ) : null}
    </>
  );
}
