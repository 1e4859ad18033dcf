/** Dutch strings of one page; loaded with that page only, so they stay out of the landing page's JavaScript. */
import { formatNumber } from "@zorgpact/ui/format.ts";

export const searchMessages = {
  title: "Zoeken",
  heading: "Zoeken",
  lead: "Zoek in de namen en beschrijvingen van zorgpacten en koplopers, in de namen van de organisaties die meedoen, en in de thema's.",
  label: "Zoekterm",
  hint: "Minstens 2 tekens.",
  submit: "Zoeken",
  tooShort: "Typ minstens 2 tekens.",
  titleFor: (q: string) => `Zoeken naar “${q}”`,
  pactsHeading: "Zorgpacten en koplopers",
  themesHeading: "Thema's",
  resultCount: (total: number, q: string) =>
    total === 0
      ? `Geen zorgpacten gevonden voor “${q}”`
      : total === 1
        ? `1 zorgpact gevonden voor “${q}”`
        : `${formatNumber(total)} zorgpacten gevonden voor “${q}”`,
  noPacts: "Geen zorgpacten of koplopers gevonden. Probeer een ander woord of een deel ervan.",
  themeCount: (count: number) => (count === 1 ? "1 zorgpact" : `${formatNumber(count)} zorgpacten`),
  noThemes: "Geen thema's gevonden.",
  organisationsHeading: "Organisaties",
  noOrganisations: "Geen organisaties gevonden die meedoen aan een gepubliceerd zorgpact.",
  takesPartIn: "Doet mee aan:",
  partnerMatch: (name: string) => `Partner: ${name}`,
} as const;
