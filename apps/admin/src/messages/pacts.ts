import { formatNumber } from "@zorgpact/ui/format.ts";

/** Dutch labels of the pacts list (pages/pacts): filters, table and cards. */
export const pactsMessages = {
  nav: "Zorgpacten",
  titleAll: "Alle zorgpacten",
  titleOwn: "Mijn zorgpacten",
  newPact: "Nieuw zorgpact",
  filtersLabel: "Zorgpacten filteren",
  kind: "Soort",
  allKinds: "Alle soorten",
  search: "Zoeken",
  submit: "Toon resultaten",
  clear: "Filters wissen",
  publication: "Publicatiestatus",
  allPublication: "Alle",
  archived: "Alleen gearchiveerde zorgpacten tonen",
  sort: "Sorteren op",
  direction: "Volgorde",
  sortFields: { name: "Naam", updatedAt: "Laatst gewijzigd", kind: "Soort" },
  directions: { asc: "Oplopend (A–Z, oud–nieuw)", desc: "Aflopend (Z–A, nieuw–oud)" },
  resultCount: (total: number) =>
    total === 0 ? "Geen zorgpacten gevonden" : total === 1 ? "1 zorgpact gevonden" : `${formatNumber(total)} zorgpacten gevonden`,
  empty: "Er zijn geen zorgpacten die passen bij deze filters.",
  emptyOwn: "Je beheert (nog) geen zorgpacten. Vraag het landelijke Zorgpact-team om je aan een zorgpact te koppelen.",
  columns: {
    actions: "Acties",
    name: "Naam",
    kind: "Soort",
    region: "Regio",
    phase: "Fase",
    publication: "Publicatie",
    updated: "Laatst gewijzigd",
  },
  /** Each action link's visible word; the rest of its name follows for screen readers only. */
  actions: {
    edit: "Bewerken",
    editOf: (pact: string) => ` ${pact}`,
    agenda: "Agenda",
    agendaOf: (pact: string) => ` en effectketen van ${pact}`,
    volgspot: "Volgspot",
    of: (pact: string) => ` van ${pact}`,
  },
  noRegion: "Geen regio",
  noPhaseForKind: "n.v.t.",
  phaseUnknown: "Nog niet bepaald",
} as const;
