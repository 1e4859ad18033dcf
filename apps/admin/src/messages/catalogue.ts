import type { AuditLabels } from "./audit-paths.ts";

/** Dutch strings of the indicator catalogue (`/indicatorcatalogus`) and the agenda's "Uit de catalogus". */
export const catalogueMessages = {
  nav: "Indicatorcatalogus",
  title: "Indicatorcatalogus",
  heading: "Indicatorcatalogus",
  intro:
    "Gemeenschappelijke indicatoren met één definitie. Zorgpacten nemen ze over in hun actieagenda; hun goedgekeurde waarden tellen mee in de landelijke totalen op de publieke programmapagina.",
  caption: "Catalogusindicatoren",
  count: (n: number) => (n === 1 ? "1 indicator" : `${n} indicatoren`),
  empty: "Er staan nog geen indicatoren in de catalogus.",
  emptyFiltered: "Geen indicatoren die passen bij deze filters.",
  columns: { name: "Naam", unit: "Eenheid", direction: "Richting", themes: "Thema's", adoptions: "Gebruikt door", status: "Status" },
  adoptions: (n: number) => (n === 1 ? "1 indicator" : `${n} indicatoren`),
  newEntry: "Nieuwe catalogusindicator",
  edit: "Bewerken",
  editOf: (name: string) => ` ${name}`,
  filterLabel: "Catalogus filteren",
  search: "Zoek op naam",
  statusFilter: "Status",
  allStatuses: "Alle",
  apply: "Filter",
  backToList: "Terug naar de catalogus",
  newHeading: "Nieuwe catalogusindicator",
  newIntro: "Leg vast wat er precies geteld of gemeten wordt, zodat de waarden van verschillende zorgpacten bij elkaar opgeteld kunnen worden.",
  create: "Indicator toevoegen",
  creating: "Bezig met toevoegen…",
  created: (name: string) => `Catalogusindicator ‘${name}’ is toegevoegd.`,
  editLabel: "Catalogusindicator bewerken",
  saved: "De wijzigingen zijn opgeslagen.",
  notFound: "Deze catalogusindicator bestaat niet.",
  name: "Naam",
  definition: "Definitie",
  definitionHint: "Wat telt mee, wat niet, en op welke peildatum.",
  unit: "Soort eenheid",
  unitHint: "Aantallen en bedragen worden landelijk opgeteld; van percentages toont de programmapagina de mediaan.",
  chooseUnit: "Kies een soort eenheid",
  unitLabel: "Eenheid (woord)",
  unitLabelHint: "Bijvoorbeeld ‘studenten’ of ‘medewerkers’.",
  direction: "Richting",
  directions: { up: "Stijgen is beter", down: "Dalen is beter" },
  directionShort: { up: "Stijgen", down: "Dalen" },
  themes: "Thema's",
  themesHint: "Onder welke thema's de indicator op de programmapagina valt.",
  themesLoading: "Thema's laden…",
  status: "Status",
  statusHint: "Een gearchiveerde indicator kan niet meer worden overgenomen; bestaande indicatoren van zorgpacten blijven meetellen zolang hij actief is.",
  adoptionsNote: (n: number) =>
    n === 0
      ? "Nog geen zorgpact heeft deze indicator overgenomen."
      : `${n === 1 ? "1 indicator" : `${n} indicatoren`} van zorgpacten volgen deze definitie. Zij houden hun eigen naam en eenheid als je hier iets wijzigt.`,
  // The agenda's "Uit de catalogus" choice.
  adopt: {
    open: "Uit de catalogus",
    heading: "Indicator uit de catalogus",
    intro:
      "Neem een landelijke indicator over: naam, eenheid en richting komen uit de catalogus, en de goedgekeurde waarden tellen mee in de landelijke totalen.",
    choose: "Catalogusindicator",
    chooseFirst: "Kies een indicator",
    none: "De catalogus heeft nog geen actieve indicatoren.",
    baselineValue: "Waarde bij de nulmeting",
    baselineDate: "Datum van de nulmeting",
    targetValue: "Streefwaarde",
    targetDate: "Streefdatum",
    euroHint: "In euro, bijvoorbeeld 1250,50.",
    submit: "Overnemen",
    pending: "Bezig met overnemen…",
    cancel: "Annuleren",
    done: (name: string) => `Indicator ‘${name}’ is overgenomen uit de catalogus.`,
    invalidNumber: "Geef een getal, bijvoorbeeld 12 of 12,5.",
  },
} as const;

export const catalogueAuditActions = {
  "indicatorCatalogue.create": "Catalogusindicator toevoegen",
  "indicatorCatalogue.update": "Catalogusindicator wijzigen",
  "indicatorCatalogue.adopt": "Indicator uit de catalogus overnemen",
} satisfies AuditLabels;
