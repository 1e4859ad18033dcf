/** Dutch strings of the regelingen pages; loaded with those pages only. */
import type { Ministry } from "@zorgpact/domain/barrier";
import { formatNumber } from "@zorgpact/ui/format.ts";

export const regulationMessages = {
  ministry: { OCW: "OCW", VWS: "VWS", SZW: "SZW", other: "Ander ministerie" } satisfies Record<Ministry, string>,

  list: {
    title: "Regelingen",
    heading: "Regelingen en subsidies",
    lead: "Op zoek naar financiering? Veel samenwerkingen in het Zorgpact maken gebruik van middelen uit het SectorplanPlus en het Regionaal investeringsfonds mbo. Hier staan de regelingen van OCW, VWS en SZW, met de zorgpacten die ze financierden.",
    filtersLabel: "Regelingen filteren",
    ministry: "Ministerie",
    allMinistries: "Alle ministeries",
    search: "Zoeken",
    submit: "Zoeken",
    clear: "Filters wissen",
    resultsHeading: "Regelingen",
    resultCount: (n: number) => (n === 0 ? "Geen regelingen gevonden" : n === 1 ? "1 regeling" : `${formatNumber(n)} regelingen`),
    empty: "Er zijn geen regelingen die bij deze filters passen.",
    funded: (n: number) =>
      n === 0 ? "Nog geen gefinancierde zorgpacten op deze site" : n === 1 ? "1 gefinancierd zorgpact" : `${formatNumber(n)} gefinancierde zorgpacten`,
    budget: (amount: string) => `Budget ${amount}`,
  },

  detail: {
    loadingTitle: "Regeling",
    back: "Alle regelingen",
    facts: "Gegevens",
    ministry: "Ministerie",
    period: "Periode",
    budget: "Budget",
    purpose: "Doel",
    conditions: "Voorwaarden",
    link: "Meer informatie",
    results: "Wat de bronnen melden",
    source: "Bron",
    fundedHeading: "Gefinancierde zorgpacten",
    fundedIntro: "Gepubliceerde zorgpacten en koplopers met een gehonoreerde aanvraag.",
    fundedCaption: "Gehonoreerde aanvragen",
    fundedEmpty: "Er staan nog geen gehonoreerde aanvragen van gepubliceerde zorgpacten bij deze regeling.",
    pactColumn: "Zorgpact",
    appliedOnColumn: "Aangevraagd op",
    amountColumn: "Bedrag",
    noteColumn: "Toelichting",
    chainHeading: "In effectketens",
    chainIntro: "Zorgpacten die deze regeling noemen als bron van een input in hun effectketen:",
    notFoundTitle: "Regeling niet gevonden",
    notFoundBody: "Deze regeling bestaat niet (meer).",
    toList: "Bekijk alle regelingen",
  },
} as const;
