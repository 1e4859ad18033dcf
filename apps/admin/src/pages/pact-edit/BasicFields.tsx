import { useQuery } from "@tanstack/react-query";
import type { PactEditDetail } from "@zorgpact/domain/pact";
import type { FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { TextField } from "@zorgpact/ui/FormField.tsx";
import { ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { adminMessages } from "../../messages.ts";
import { trpc } from "../../trpc.ts";
import { ChoiceGroup, SelectField, TextAreaField } from "../../forms/fields.tsx";
import type { PactFormValues } from "./pact-form.ts";

const m = adminMessages.details;

/** Name, description, region, start date, contact and themes: the fields every kind of pact has. */
export function BasicFields({
  pact,
  values,
  onChange,
  errors,
}: {
  pact: Pick<PactEditDetail, "themes" | "region">;
  values: PactFormValues;
  onChange: (values: PactFormValues) => void;
  errors: FieldErrors;
}) {
  const set = <K extends keyof PactFormValues>(key: K, value: PactFormValues[K]) => onChange({ ...values, [key]: value });
  return (
    <>
      <TextField id="pact-naam" name="name" label={m.name} value={values.name} onValueChange={(v) => set("name", v)} error={errors["name"]} required />
      <TextAreaField
        id="pact-beschrijving"
        name="description"
        label={m.description}
        hint={m.descriptionHint}
        rows={6}
        value={values.description}
        onValueChange={(v) => set("description", v)}
        error={errors["description"]}
      />
      <RegionSelect id="pact-regio" value={values.regionId} current={pact.region} onChange={(v) => set("regionId", v)} error={errors["regionId"]} />
      <TextField
        id="pact-startdatum"
        name="startDate"
        type="date"
        label={`${m.startDate} ${adminMessages.common.optional}`}
        value={values.startDate}
        onValueChange={(v) => set("startDate", v)}
        error={errors["startDate"]}
      />
      <TextField
        id="pact-contactpersoon"
        name="contactName"
        label={`${m.contactName} ${adminMessages.common.optional}`}
        autoComplete="off"
        value={values.contactName}
        onValueChange={(v) => set("contactName", v)}
        error={errors["contactName"]}
      />
      <TextField
        id="pact-contact-email"
        name="contactEmail"
        type="email"
        label={`${m.contactEmail} ${adminMessages.common.optional}`}
        hint={m.contactEmailHint}
        autoComplete="off"
        spellCheck={false}
        value={values.contactEmail}
        onValueChange={(v) => set("contactEmail", v)}
        error={errors["contactEmail"]}
      />
      <ThemePicker current={pact.themes} selected={values.themeIds} onChange={(ids) => set("themeIds", ids)} error={errors["themeIds"]} />
    </>
  );
}

/** Every region (the API's largest page holds them all); the pact's own one stays listed. */
export function RegionSelect({
  id,
  value,
  current,
  onChange,
  error,
  label = m.region,
}: {
  id: string;
  value: string;
  current?: { id: string; name: string } | null | undefined;
  onChange: (regionId: string) => void;
  error?: string | undefined;
  label?: string;
}) {
  const regions = useQuery(trpc.region.list.queryOptions({ pageSize: 100 }));
  const options = regions.data?.items ?? (current ? [current] : []);
  return (
    <SelectField
      id={id}
      name="regionId"
      label={label}
      value={value}
      onValueChange={onChange}
      error={error}
      hint={regions.isError ? m.regionsFailed : undefined}
    >
      <option value="">{m.noRegion}</option>
      {options.map((region) => (
        <option key={region.id} value={region.id}>
          {region.name}
        </option>
      ))}
    </SelectField>
  );
}

/** Themes in use, plus retired ones the pact still has (marked, so they can be taken off). */
export function ThemePicker({
  current,
  selected,
  onChange,
  error,
  idPrefix = "pact",
}: {
  current: readonly { id: string; label: string; retired: boolean }[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  error?: string | undefined;
  idPrefix?: string;
}) {
  const themes = useQuery(trpc.theme.list.queryOptions());
  if (themes.isPending) return <LoadingState />;
  if (themes.isError) return <ErrorState message={m.themesFailed} onRetry={() => void themes.refetch()} />;
  const all = [...themes.data, ...current.filter((t) => !themes.data.some((a) => a.id === t.id))];
  return (
    <ChoiceGroup
      id={`${idPrefix}-themas`}
      name="themeIds"
      type="checkbox"
      legend={m.themes}
      hint={m.themesHint}
      choices={all.map((theme) => ({
        value: theme.id,
        label: theme.retired ? `${theme.label} ${adminMessages.common.retired}` : theme.label,
      }))}
      selected={selected}
      onChange={onChange}
      error={error}
    />
  );
}
