import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import type { PactEditDetail } from "@zorgpact/domain/pact";
import type { FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { TextField } from "@zorgpact/ui/FormField.tsx";
import { ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { commonMessages } from "../../messages/common.ts";
import { pactEditMessages } from "../../messages/pact-edit.ts";
import { trpc } from "../../trpc.ts";
import { ChoiceGroup, SelectField, TextAreaField } from "../../forms/fields.tsx";
import type { PactFormValues } from "./pact-form.ts";

const m = pactEditMessages.details;

/** The fields every kind of pact has, on the new-pact page and in the pact editor alike. */
export type PactBasicValues = Pick<PactFormValues, "name" | "description" | "regionId" | "startDate" | "contactName" | "contactEmail" | "themeIds">;

/**
 * Name, description, region, start date, contact and themes: the fields every kind of pact has.
 * `isNew` (the new-pact page): region and description are marked optional and nothing is stored yet.
 */
export function BasicFields<V extends PactBasicValues>({
  pact,
  values,
  onChange,
  errors,
  idPrefix = "pact",
  isNew = false,
  afterName,
}: {
  pact: Pick<PactEditDetail, "themes" | "region"> | null;
  values: V;
  onChange: (values: V) => void;
  errors: FieldErrors;
  idPrefix?: string;
  isNew?: boolean;
  /** A field right below the name (the new page's web address, suggested from the name). */
  afterName?: ReactNode;
}) {
  const set = <K extends keyof PactBasicValues>(key: K, value: PactBasicValues[K]) => onChange({ ...values, [key]: value });
  const optional = (label: string) => (isNew ? `${label} ${commonMessages.optional}` : label);
  return (
    <>
      <TextField
        id={`${idPrefix}-naam`}
        name="name"
        label={m.name}
        autoComplete="off"
        value={values.name}
        onValueChange={(v) => set("name", v)}
        error={errors["name"]}
        required
      />
      {afterName}
      {isNew ? null : (
        <TextAreaField
          id={`${idPrefix}-beschrijving`}
          name="description"
          label={m.description}
          hint={m.descriptionHint}
          rows={6}
          value={values.description}
          onValueChange={(v) => set("description", v)}
          error={errors["description"]}
        />
      )}
      <RegionSelect
        id={`${idPrefix}-regio`}
        value={values.regionId}
        current={pact?.region}
        onChange={(v) => set("regionId", v)}
        error={errors["regionId"]}
        label={optional(m.region)}
      />
      {isNew ? (
        <TextAreaField
          id={`${idPrefix}-beschrijving`}
          name="description"
          label={optional(m.description)}
          hint={m.descriptionHint}
          rows={5}
          value={values.description}
          onValueChange={(v) => set("description", v)}
          error={errors["description"]}
        />
      ) : null}
      <TextField
        id={`${idPrefix}-startdatum`}
        name="startDate"
        type="date"
        label={`${m.startDate} ${commonMessages.optional}`}
        value={values.startDate}
        onValueChange={(v) => set("startDate", v)}
        error={errors["startDate"]}
      />
      <TextField
        id={`${idPrefix}-contactpersoon`}
        name="contactName"
        label={`${m.contactName} ${commonMessages.optional}`}
        autoComplete="off"
        value={values.contactName}
        onValueChange={(v) => set("contactName", v)}
        error={errors["contactName"]}
      />
      <TextField
        id={`${idPrefix}-contact-email`}
        name="contactEmail"
        type="email"
        label={`${m.contactEmail} ${commonMessages.optional}`}
        hint={m.contactEmailHint}
        autoComplete="off"
        spellCheck={false}
        value={values.contactEmail}
        onValueChange={(v) => set("contactEmail", v)}
        error={errors["contactEmail"]}
      />
      <ThemePicker
        idPrefix={idPrefix}
        current={pact?.themes ?? []}
        selected={values.themeIds}
        onChange={(ids) => set("themeIds", ids)}
        error={errors["themeIds"]}
      />
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
        label: theme.retired ? `${theme.label} ${commonMessages.retired}` : theme.label,
      }))}
      selected={selected}
      onChange={onChange}
      error={error}
    />
  );
}
