import {
  levelsForSector,
  organisationFieldsSchema,
  organisationUpdateInputSchema,
  type OrganisationFields,
  type OrganisationLevel,
  type OrganisationRecord,
  type Sector,
} from "@zorgpact/domain/organisation";
import type { FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { validate } from "../../forms/validate.ts";

/** What the organisation form edits; the names are the API's input fields. */
export interface OrganisationFormValues {
  name: string;
  sector: Sector | "";
  level: OrganisationLevel | "";
  place: string;
}

export const emptyOrganisationForm: OrganisationFormValues = { name: "", sector: "", level: "", place: "" };

export function organisationFormValues(org: Pick<OrganisationRecord, "name" | "sector" | "level" | "place">): OrganisationFormValues {
  return { name: org.name, sector: org.sector, level: org.level ?? "", place: org.place ?? "" };
}

/** A new sector keeps the level only when that sector has it. */
export function withSector(values: OrganisationFormValues, sector: Sector | ""): OrganisationFormValues {
  const levels = sector ? levelsForSector(sector) : [];
  return { ...values, sector, level: values.level && levels.includes(values.level) ? values.level : "" };
}

type Checked<T> = { ok: true; data: T; errors: FieldErrors } | { ok: false; errors: FieldErrors };

function fields(values: OrganisationFormValues) {
  return {
    name: values.name,
    sector: values.sector,
    level: values.level === "" ? null : values.level,
    place: values.place.trim() === "" ? null : values.place,
  };
}

/** Checked with the API's schema; an unchosen sector gets a Dutch message of its own. */
export function organisationInput(values: OrganisationFormValues, chooseSector: string): Checked<OrganisationFields> {
  const result = validate(organisationFieldsSchema, fields(values));
  return values.sector === "" ? { ok: false, errors: { ...result.errors, sector: chooseSector, level: undefined } } : result;
}

export function organisationUpdateInput(values: OrganisationFormValues, ids: { id: string; version: number }, chooseSector: string) {
  const result = validate(organisationUpdateInputSchema, { ...fields(values), ...ids });
  return values.sector === "" ? ({ ok: false, errors: { ...result.errors, sector: chooseSector, level: undefined } } as const) : result;
}

/** Fields where what was typed differs from what is stored now (after a CONFLICT). */
export function differingOrganisationFields(typed: OrganisationFormValues, stored: OrganisationFormValues): (keyof OrganisationFormValues)[] {
  return (["name", "sector", "level", "place"] as const).filter((key) => typed[key].trim() !== stored[key].trim());
}
