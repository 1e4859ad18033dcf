import type { CatalogueOption } from "@zorgpact/domain/indicator-catalogue";
import { parseDecimal, parseEuroCents } from "@zorgpact/ui/dutch-number.ts";
import type { FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { catalogueMessages } from "../../messages/catalogue.ts";

/** What "Uit de catalogus" asks: the entry, and the pact's own baseline and target (numbers as typed). */
export interface AdoptFormValues {
  catalogueId: string;
  baselineValue: string;
  baselineDate: string;
  targetValue: string;
  targetDate: string;
}

export const emptyAdoptForm: AdoptFormValues = { catalogueId: "", baselineValue: "", baselineDate: "", targetValue: "", targetDate: "" };

const NUMBER_FIELDS = ["baselineValue", "targetValue"] as const;

/** Euro entries are typed in euros and stored in cents, like every amount. */
function parse(text: string, unit: CatalogueOption["unit"] | undefined) {
  return unit === "euro" ? parseEuroCents(text) : parseDecimal(text);
}

export function adoptToInput(values: AdoptFormValues, nodeId: string, unit: CatalogueOption["unit"] | undefined) {
  const number = (text: string) => {
    const parsed = parse(text, unit);
    return typeof parsed === "number" ? parsed : Number.NaN;
  };
  return {
    nodeId,
    catalogueId: values.catalogueId,
    baselineValue: number(values.baselineValue),
    baselineDate: values.baselineDate,
    targetValue: number(values.targetValue),
    targetDate: values.targetDate,
  };
}

/** What only the form can say: a number field that holds no number. */
export function adoptNumberErrors(values: AdoptFormValues, unit: CatalogueOption["unit"] | undefined): FieldErrors {
  const errors: FieldErrors = {};
  for (const key of NUMBER_FIELDS) {
    const parsed = parse(values[key], unit);
    if (parsed === null || parsed === "invalid") errors[key] = catalogueMessages.adopt.invalidNumber;
  }
  return errors;
}
