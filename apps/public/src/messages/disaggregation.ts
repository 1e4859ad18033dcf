import { formatDate } from "@zorgpact/ui/format.ts";

/** Dutch labels of the breakdowns on the public pact page. */
export const disaggregationMessages = {
  heading: "Uitsplitsingen",
  intro:
    "Voor sommige indicatoren is de laatste goedgekeurde meting uitgesplitst, bijvoorbeeld naar mbo-niveau of geslacht. Bij aantallen tellen de delen op tot het totaal; bij percentages staat per categorie het percentage binnen die groep.",
  caption: (indicator: string, dimension: string) => `${indicator}, uitgesplitst naar ${dimension.toLowerCase()}`,
  measuredOn: (date: string) => `Meting van ${formatDate(date)}`,
  category: "Categorie",
  value: (unit: string) => `Waarde (${unit})`,
  total: "Totaal",
  source: (source: string) => `Bron: ${source}`,
  failed: "De uitsplitsingen konden niet worden geladen.",
};
