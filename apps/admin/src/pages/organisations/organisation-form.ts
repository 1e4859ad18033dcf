import {
  levelsForSector,
  organisationFieldsSchema,
  type OrganisationFields,
  type OrganisationLevel,
  type OrganisationRecord,
  type Sector,
} from "@zorgpact/domain/organisation";
import type { FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { validateForm, type Validation } from "../../forms/validate.ts";

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

/** The organisation fields as the API takes them: an empty level or place is null. */
export function organisationToInput(values: OrganisationFormValues) {
  return {
    name: values.name,
    sector: values.sector,
    level: values.level === "" ? null : values.level,
    place: values.place.trim() === "" ? null : values.place,
  };
}

/** An unchosen sector gets a Dutch message of its own, and no level error until a sector is chosen. */
export function organisationSectorErrors(values: OrganisationFormValues, chooseSector: string): FieldErrors {
  return values.sector === "" ? { sector: chooseSector, level: undefined } : {};
}

export function organisationInput(values: OrganisationFormValues, chooseSector: string): Validation<OrganisationFields> {
  return validateForm(organisationFieldsSchema, organisationToInput(values), organisationSectorErrors(values, chooseSector));
}

/** Fields where what was typed differs from what is stored now (after a CONFLICT). */
export function differingOrganisationFields(typed: OrganisationFormValues, stored: OrganisationFormValues): (keyof OrganisationFormValues)[] {
  return (["name", "sector", "level", "place"] as const).filter((key) => typed[key].trim() !== stored[key].trim());
}
