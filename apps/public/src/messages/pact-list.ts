/** Dutch strings of one page; loaded with that page only, so they stay out of the landing page's JavaScript. */
import { formatNumber } from "@zorgpact/ui/format.ts";

export const listMessages = {
  list: {
    title: "Zorgpacten",
    heading: "Zorgpacten",
    lead: "Regionale zorgpacten, koplopers en broedplaatsen. Filter op soort, thema, fase, regio of provincie, of zoek op naam.",
    filtersLabel: "Zorgpacten filteren",
    filtersHeading: "Filters",
    kind: "Soort",
    allKinds: "Alle soorten",
    theme: "Thema",
    allThemes: "Alle thema's",
    themesUnavailable: "De thema's konden niet worden geladen.",
    phase: "Fase",
    allPhases: "Alle fasen",
    regionFilter: "Regio",
    allRegions: "Alle regio's",
    regionsUnavailable: "De regio's konden niet worden geladen.",
    province: "Provincie",
    allProvinces: "Alle provincies",
    search: "Zoeken",
    searchHint: "Zoek op (een deel van) de naam.",
    submit: "Toon resultaten",
    clear: "Filters wissen",
    resultsHeading: "Resultaten",
    resultCount: (total: number) =>
      total === 0 ? "Geen zorgpacten gevonden" : total === 1 ? "1 zorgpact gevonden" : `${formatNumber(total)} zorgpacten gevonden`,
    empty: "Er zijn geen zorgpacten die passen bij je zoekopdracht.",
    emptyHint: "Pas de filters aan of wis ze om alle zorgpacten te zien.",
    region: (name: string) => `Regio ${name}`,
    themes: "Thema's",
  },
} as const;
