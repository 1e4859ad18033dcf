import type { IndicatorDirection } from "@zorgpact/domain/indicator";
import type { CatalogueEntry, CatalogueEntryFields, CatalogueStatus, CatalogueUnit } from "@zorgpact/domain/indicator-catalogue";

/** What the catalogue form edits ("" for a choice not made yet). */
export interface CatalogueFormValues {
  name: string;
  definition: string;
  unit: CatalogueUnit | "";
  unitLabel: string;
  direction: IndicatorDirection;
  themeIds: string[];
  status: CatalogueStatus;
}

export const emptyCatalogueForm: CatalogueFormValues = {
  name: "",
  definition: "",
  unit: "",
  unitLabel: "",
  direction: "up",
  themeIds: [],
  status: "active",
};

export function catalogueFormValues(entry: CatalogueEntry): CatalogueFormValues {
  return {
    name: entry.name,
    definition: entry.definition,
    unit: entry.unit,
    unitLabel: entry.unitLabel,
    direction: entry.direction,
    themeIds: entry.themes.map((t) => t.id),
    status: entry.status,
  };
}

/** The API's shape; an unchosen unit stays "" so the schema names the field. */
export function catalogueToInput(values: CatalogueFormValues): Omit<CatalogueEntryFields, "unit"> & { unit: CatalogueUnit | "" } {
  return { ...values, themeIds: [...values.themeIds] };
}
