/** Every Dutch string of the admin app, in one place (ready for a second language). */
import { formatNumber } from "@zorgpact/ui/format.ts";

export const messages = {
  siteName: "Zorgpact beheer",

  layout: {
    brand: "Zorgpact beheer",
    navLabel: "Beheermenu",
    navPacts: "Zorgpacten",
    publicSite: "Naar de publieke site",
  },

  pacts: {
    title: "Alle zorgpacten",
    heading: "Alle zorgpacten",
    caption: "Alle zorgpacten",
    filtersLabel: "Zorgpacten filteren",
    kind: "Soort",
    allKinds: "Alle soorten",
    search: "Zoeken",
    submit: "Toon resultaten",
    clear: "Filters wissen",
    resultCount: (total: number) =>
      total === 0 ? "Geen zorgpacten gevonden" : total === 1 ? "1 zorgpact gevonden" : `${formatNumber(total)} zorgpacten gevonden`,
    empty: "Er zijn geen zorgpacten die passen bij deze filters.",
    columns: {
      name: "Naam",
      kind: "Soort",
      region: "Regio",
      phase: "Fase",
      publication: "Publicatiestatus",
      updated: "Laatst gewijzigd",
    },
    noRegion: "Geen regio",
    noPhaseForKind: "n.v.t.",
    phaseUnknown: "Nog niet bepaald",
  },

  notFound: {
    title: "Pagina niet gevonden",
    heading: "Pagina niet gevonden",
    body: "Deze beheerpagina bestaat niet (meer).",
    toPacts: "Naar alle zorgpacten",
  },

  error: {
    title: "Er ging iets mis",
    heading: "Er ging iets mis",
    body: "Deze pagina kon niet worden geladen. Probeer het opnieuw.",
  },
} as const;
