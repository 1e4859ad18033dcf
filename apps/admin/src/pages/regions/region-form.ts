import { regionFieldsSchema, regionUpdateInputSchema, type RegionFields, type RegionRecord } from "@zorgpact/domain/region";
import type { FieldErrors } from "@zorgpact/ui/form-errors.ts";
import type { z } from "zod";
import { validate } from "../../forms/validate.ts";
import { adminMessages } from "../../messages.ts";
import { decimalText, parseDecimal } from "@zorgpact/ui/dutch-number.ts";

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

const coordinateMessages = { invalidNumber: adminMessages.common.invalidNumber, required: adminMessages.regions.coordinateRequired };

type Checked<T> = { ok: true; data: T; errors: FieldErrors } | { ok: false; errors: FieldErrors };

function check<T>(schema: z.ZodType, values: RegionFormValues, extra: object, messages = coordinateMessages): Checked<T> {
  const numbers: FieldErrors = {};
  const coordinate = (key: "latitude" | "longitude") => {
    const parsed = parseDecimal(values[key]);
    if (parsed === "invalid") numbers[key] = messages.invalidNumber;
    if (parsed === null) numbers[key] = messages.required;
    return typeof parsed === "number" ? parsed : Number.NaN;
  };
  const result = validate(schema, {
    name: values.name,
    provinces: values.provinces,
    latitude: coordinate("latitude"),
    longitude: coordinate("longitude"),
    ...extra,
  });
  const errors = { ...result.errors, ...numbers };
  if (!result.ok || Object.keys(numbers).length > 0) return { ok: false, errors };
  return { ok: true, data: result.data as T, errors: {} };
}

export function regionInput(values: RegionFormValues): Checked<RegionFields> {
  return check(regionFieldsSchema, values, {});
}

export function regionUpdateInput(values: RegionFormValues, ids: { id: string; version: number }) {
  return check<RegionFields & { id: string; version: number }>(regionUpdateInputSchema, values, ids);
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
