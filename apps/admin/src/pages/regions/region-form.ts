import { regionFieldsSchema, type RegionFields, type RegionRecord } from "@zorgpact/domain/region";
import { decimalText, parseDecimal } from "@zorgpact/ui/dutch-number.ts";
import type { FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { validateForm, type Validation } from "../../forms/validate.ts";
import { commonMessages } from "../../messages/common.ts";
import { regionMessages } from "../../messages/regions.ts";

type Province = RegionFields["provinces"][number];

/** What the region form edits: coordinates as typed (a decimal comma or point). */
export interface RegionFormValues {
  name: string;
  provinces: Province[];
  latitude: string;
  longitude: string;
}

export const emptyRegionForm: RegionFormValues = { name: "", provinces: [], latitude: "", longitude: "" };

export function regionFormValues(region: Pick<RegionRecord, "name" | "provinces" | "latitude" | "longitude">): RegionFormValues {
  return { name: region.name, provinces: [...region.provinces], latitude: decimalText(region.latitude), longitude: decimalText(region.longitude) };
}

const coordinate = (text: string) => {
  const parsed = parseDecimal(text);
  return typeof parsed === "number" ? parsed : Number.NaN;
};

/** The region fields as the API takes them; a coordinate that is not a number is NaN (named by `regionNumberErrors`). */
export function regionToInput(values: RegionFormValues): RegionFields {
  return { name: values.name, provinces: values.provinces, latitude: coordinate(values.latitude), longitude: coordinate(values.longitude) };
}

/** What only the form can say about the coordinates: empty, or not a number. */
export function regionNumberErrors(values: RegionFormValues): FieldErrors {
  const errors: FieldErrors = {};
  for (const key of ["latitude", "longitude"] as const) {
    const parsed = parseDecimal(values[key]);
    if (parsed === "invalid") errors[key] = commonMessages.invalidNumber;
    if (parsed === null) errors[key] = regionMessages.coordinateRequired;
  }
  return errors;
}

export function regionInput(values: RegionFormValues): Validation<RegionFields> {
  return validateForm(regionFieldsSchema, regionToInput(values), regionNumberErrors(values));
}

/** Fields where what was typed differs from what is stored now (after a CONFLICT). */
export function differingRegionFields(typed: RegionFormValues, stored: RegionFormValues): (keyof RegionFormValues)[] {
  const keys: (keyof RegionFormValues)[] = [];
  if (typed.name.trim() !== stored.name.trim()) keys.push("name");
  if (typed.provinces.length !== stored.provinces.length || typed.provinces.some((p) => !stored.provinces.includes(p))) keys.push("provinces");
  if (parseDecimal(typed.latitude) !== parseDecimal(stored.latitude)) keys.push("latitude");
  if (parseDecimal(typed.longitude) !== parseDecimal(stored.longitude)) keys.push("longitude");
  return keys;
}
