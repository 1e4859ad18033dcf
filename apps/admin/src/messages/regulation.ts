import type { Ministry } from "@zorgpact/domain/barrier";
import type { ApplicationStatus } from "@zorgpact/domain/regulation";
import { formatNumber } from "@zorgpact/ui/format.ts";
import type { AuditLabels } from "./audit-paths.ts";

/** Dutch labels of the regulation pages (regelingen and the pacts' applications). */
export const regulationMessages = {
  nav: "Regelingen",

  ministry: { OCW: "OCW", VWS: "VWS", SZW: "SZW", other: "Ander ministerie" } satisfies Record<Ministry, string>,
  applicationStatus: { applied: "Aangevraagd", honoured: "Gehonoreerd", rejected: "Afgewezen" } satisfies Record<ApplicationStatus, string>,

  list: {
    title: "Regelingen",
    heading: "Regelingen",
    intro: "Regelingen en subsidies van OCW, VWS en SZW die samenwerkingen in zorg en onderwijs gebruiken, met per zorgpact de aanvragen.",
    newRegulation: "Nieuwe regeling",
    caption: "Regelingen op naam",
    count: (n: number) => (n === 1 ? "1 regeling" : `${formatNumber(n)} regelingen`),
    empty: "Er zijn nog geen regelingen.",
    columns: { name: "Naam", ministry: "Ministerie", period: "Periode", budget: "Budget", funded: "Gefinancierde zorgpacten" },
    edit: "Bewerken",
    editOf: (name: string) => ` ${name}`,
  },

  form: {
    name: "Naam",
    ministry: "Ministerie",
    purpose: "Doel",
    startYear: "Beginjaar",
    endYear: "Eindjaar",
    yearHint: "Bijvoorbeeld 2014.",
    budget: "Budget in euro's",
    budgetHint: "Het totale budget van de regeling, bijvoorbeeld 125.000.000.",
    conditions: "Voorwaarden",
    link: "Webadres",
    linkHint: "Begint met https://.",
    results: "Wat bekend is over het gebruik",
    resultsHint: "Bijvoorbeeld het aantal gehonoreerde aanvragen, met de bron.",
    source: "Bron",
    sourceHint: "Waar de gegevens vandaan komen.",
    optional: "(optioneel)",
    invalidYear: "Geef een jaartal, bijvoorbeeld 2014.",
  },

  create: {
    title: "Nieuwe regeling",
    heading: "Nieuwe regeling",
    submit: "Regeling toevoegen",
    submitting: "Bezig met toevoegen…",
    created: (name: string) => `Regeling '${name}' is toegevoegd.`,
  },

  detail: {
    back: "Terug naar de regelingen",
    loadingTitle: "Regeling",
    notFound: "Deze regeling bestaat niet.",
    editLabel: "Regeling bewerken",
    save: "Opslaan",
    saving: "Bezig met opslaan…",
    saved: "De regeling is opgeslagen.",
    publicLink: "Bekijk op de publieke site",
    latestLoaded: "De nieuwste versie is geladen. Wat je typte staat nog in het formulier; sla opnieuw op om het te bewaren.",
  },

  /** The regeling select of an input in the effect chain editor. */
  chainNode: {
    regulation: "Regeling (optioneel)",
    regulationHint: "Komt deze input uit een regeling? Kies hem hier; dan mag de financieringsbron leeg blijven.",
    noRegulation: "Geen regeling",
    regulationsFailed: "De regelingen konden niet worden geladen.",
    fundingSourceHint: "Bijvoorbeeld Provincie of In natura partners. Niet nodig als je een regeling kiest.",
  },

  applications: {
    heading: "Aanvragen per zorgpact",
    intro:
      "Welke zorgpacten een aanvraag deden en of die is gehonoreerd. Gehonoreerde aanvragen van gepubliceerde zorgpacten staan op de publieke pagina van de regeling.",
    caption: "Aanvragen",
    empty: "Er zijn nog geen aanvragen vastgelegd.",
    columns: { pact: "Zorgpact", appliedOn: "Aangevraagd op", status: "Status", amount: "Bedrag", note: "Notitie", actions: "Acties" },
    addHeading: "Aanvraag toevoegen",
    pact: "Zorgpact",
    choosePact: "Kies een zorgpact",
    pactsFailed: "De zorgpacten konden niet worden geladen.",
    appliedOn: "Aangevraagd op",
    appliedOnHint: "JJJJ-MM-DD",
    status: "Status",
    amount: "Bedrag in euro's",
    note: "Notitie",
    optional: "(optioneel)",
    add: "Aanvraag toevoegen",
    adding: "Bezig met toevoegen…",
    added: (pact: string) => `Aanvraag van ${pact} is toegevoegd.`,
    edit: "Wijzigen",
    editOf: (pact: string) => ` aanvraag van ${pact}`,
    editHeading: (pact: string) => `Aanvraag van ${pact} wijzigen`,
    save: "Aanvraag opslaan",
    saved: (pact: string) => `Aanvraag van ${pact} is opgeslagen.`,
    cancel: "Annuleren",
    remove: "Verwijderen",
    removeOf: (pact: string) => ` aanvraag van ${pact}`,
    removeTitle: "Aanvraag verwijderen?",
    removeBody: (pact: string) => `De aanvraag van ${pact} wordt verwijderd. Dit kan niet ongedaan worden gemaakt.`,
    removeConfirm: "Ja, verwijderen",
    removing: "Bezig met verwijderen…",
    removed: (pact: string) => `Aanvraag van ${pact} is verwijderd.`,
  },
} as const;

/** Dutch names of the regulation procedures in the audit log. */
export const regulationAuditActions = {
  "regulation.create": "Regeling toevoegen",
  "regulation.update": "Regeling wijzigen",
  "regulation.getForEdit": "Regeling bekijken",
  "regulation.addApplication": "Aanvraag voor een regeling toevoegen",
  "regulation.updateApplication": "Aanvraag voor een regeling wijzigen",
  "regulation.deleteApplication": "Aanvraag voor een regeling verwijderen",
} satisfies AuditLabels;
