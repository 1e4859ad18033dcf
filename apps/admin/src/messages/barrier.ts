import type { BarrierOutcome, BarrierStatus, Ministry } from "@zorgpact/domain/barrier";
import { formatNumber } from "@zorgpact/ui/format.ts";
import type { AuditLabels } from "./audit-paths.ts";

/** Dutch labels of the barrier pages (Ruimte in de regels: the national team's triage). */
export const barrierMessages = {
  nav: "Drempels",

  ministry: { OCW: "OCW", VWS: "VWS", SZW: "SZW", other: "Ander ministerie" } satisfies Record<Ministry, string>,
  status: { new: "Nieuw", in_progress: "In behandeling", answered: "Beantwoord", closed: "Gesloten" } satisfies Record<BarrierStatus, string>,
  outcome: {
    more_room_than_thought: "Meer ruimte dan gedacht",
    not_regulation: "Bleek niet om regelgeving te gaan",
    rule_changed: "Regelgeving aangepast",
    remains: "Blijft een belemmering",
  } satisfies Record<BarrierOutcome, string>,
  channel: { form: "Webformulier", team: "Ingevoerd door het landelijke team" },

  list: {
    title: "Drempels",
    heading: "Drempels (Ruimte in de regels)",
    intro:
      "Meldingen van belemmeringen in wet- en regelgeving. Beantwoorde en gesloten drempels staan op de publieke site, met vraag en antwoord maar zonder naam, e-mailadres en organisatie van de indiener.",
    newBarrier: "Drempel invoeren",
    filtersLabel: "Drempels filteren",
    search: "Zoeken",
    searchHint: "In vraag, onderwerp, antwoord, indiener of kenmerk (bijvoorbeeld RR-0012).",
    status: "Status",
    allStatuses: "Alle statussen",
    ministry: "Ministerie",
    allMinistries: "Alle ministeries",
    outcome: "Uitkomst",
    allOutcomes: "Alle uitkomsten",
    submit: "Zoeken",
    caption: "Gemelde drempels, nieuwste eerst",
    count: (n: number) => (n === 1 ? "1 drempel" : `${formatNumber(n)} drempels`),
    empty: "Er zijn geen drempels die bij deze filters passen.",
    columns: {
      reference: "Kenmerk",
      received: "Ontvangen",
      question: "Vraag",
      submitter: "Indiener",
      ministry: "Ministerie",
      status: "Status",
      outcome: "Uitkomst",
    },
    handle: "Behandelen",
    handleOf: (reference: string) => ` drempel ${reference}`,
    none: "—",
  },

  form: {
    intakeHeading: "Melding",
    question: "Vraag of belemmering",
    questionHint: "Dit is de tekst die na beantwoording openbaar wordt. Haal er namen en andere persoonsgegevens uit.",
    context: "Toelichting van de indiener",
    contextHint: "Wordt niet gepubliceerd.",
    organisation: "Organisatie",
    submitterName: "Naam indiener",
    submitterEmail: "E-mailadres indiener",
    submitterHint: "Wordt nooit gepubliceerd.",
    pact: "Zorgpact",
    noPact: "Geen zorgpact",
    pactsFailed: "De zorgpacten konden niet worden geladen.",
    receivedOn: "Ontvangen op",
    receivedOnHint: "JJJJ-MM-DD",
    source: "Bron",
    sourceHint: "Bijvoorbeeld 'Telefonisch gemeld' of 'Brief van 3 maart'. Staat bij het gepubliceerde antwoord.",
    triageHeading: "Behandeling",
    ministry: "Ministerie",
    noMinistry: "Nog niet bepaald",
    topic: "Onderwerp",
    topicHint: "Een kort trefwoord, bijvoorbeeld 'Onderwijstijd'.",
    status: "Status",
    statusHint: "Een beantwoorde of gesloten drempel heeft een ministerie, een antwoord en een uitkomst, en staat op de publieke site.",
    answer: "Antwoord",
    answerHint: "Wordt gepubliceerd met de vraag.",
    outcome: "Uitkomst",
    noOutcome: "Nog geen uitkomst",
    optional: "(optioneel)",
  },

  create: {
    title: "Drempel invoeren",
    heading: "Drempel invoeren",
    intro: "Voor een drempel die telefonisch, per brief of op een bijeenkomst is gemeld. Daarna behandel je hem zoals een melding via de site.",
    submit: "Drempel vastleggen",
    submitting: "Bezig met vastleggen…",
    created: (reference: string) => `Drempel ${reference} is vastgelegd.`,
  },

  detail: {
    back: "Terug naar de drempels",
    loadingTitle: "Drempel",
    title: (reference: string) => `Drempel ${reference}`,
    notFound: "Deze drempel bestaat niet.",
    facts: "Gegevens van de melding",
    channel: "Binnengekomen via",
    receivedOn: "Ontvangen op",
    answeredOn: "Beantwoord op",
    published: "Staat op de publieke site",
    publicLink: "Bekijk op de publieke site",
    notPublished: "Nog niet gepubliceerd",
    save: "Opslaan",
    saving: "Bezig met opslaan…",
    saved: "De drempel is opgeslagen.",
    editLabel: "Drempel behandelen",
    latestLoaded: "De nieuwste versie is geladen. Wat je typte staat nog in het formulier; sla opnieuw op om het te bewaren.",
  },

  discard: {
    heading: "Ongewenste melding",
    intro:
      "Is dit spam of een kwetsende melding? Verwijder hem dan. Hij verdwijnt uit de lijst en de cijfers; in het logboek blijven kenmerk, vraag en organisatie staan, zonder naam en e-mailadres van de indiener.",
    button: "Verwijderen als ongewenste melding",
    title: "Melding verwijderen als ongewenst?",
    body: (name: string) => `Drempelmelding ${name} wordt definitief verwijderd. Dit kun je niet ongedaan maken.`,
    confirm: "Definitief verwijderen",
    removing: "Bezig met verwijderen…",
    done: (reference: string) => `Drempelmelding ${reference} is verwijderd als ongewenste melding.`,
    unknownSubmitter: "indiener onbekend",
  },
} as const;

/** Dutch names of the barrier procedures in the audit log. */
export const barrierAuditActions = {
  "barrier.submit": "Drempel melden (publiek)",
  "barrier.create": "Drempel invoeren",
  "barrier.update": "Drempel behandelen",
  "barrier.discard": "Drempelmelding verwijderen als ongewenst",
  "barrier.list": "Drempels bekijken",
  "barrier.get": "Drempel bekijken",
} satisfies AuditLabels;
