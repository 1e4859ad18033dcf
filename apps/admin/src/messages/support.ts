/** Dutch labels of the support (maatwerkondersteuning) pages. */
import type { SupportQuestionType, SupportStatus } from "@zorgpact/domain/support";
import { formatNumber } from "@zorgpact/ui/format.ts";
import type { AuditLabels } from "./audit-paths.ts";

export const supportQuestionTypeLabels: Record<SupportQuestionType, string> = {
  scaling: "Opschaling",
  added_value: "Toegevoegde waarde",
  governance: "Governance",
  financing: "Financiering",
  effect_research: "Effectonderzoek",
  curriculum_embedding: "Inbedding in curriculum",
  sustaining_after_subsidy: "Verduurzaming na subsidie",
};

export const supportStatusLabels: Record<SupportStatus, string> = {
  requested: "Aangevraagd",
  in_progress: "Lopend",
  completed: "Afgerond",
  declined: "Afgewezen",
};

export const supportMessages = {
  nav: "Ondersteuning",
  list: {
    title: "Maatwerkondersteuning",
    // A soft hyphen, so the long word breaks as Maatwerk-ondersteuning on a phone.
    heading: "Maatwerk\u00ADondersteuning",
    introTeam:
      "Trajecten waarin het landelijke Zorgpact-team koplopers en zorgpacten ondersteunt, bijvoorbeeld bij opschaling, governance of verduurzaming na de subsidie. Alleen het landelijke team en de redacteuren van het eigen zorgpact zien ze.",
    introEditor:
      "Vraag het landelijke Zorgpact-team om ondersteuning op maat voor je zorgpact of koploper. Alleen jij, je collega-redacteuren en het landelijke team zien deze trajecten.",
    request: "Ondersteuning aanvragen",
    overview: "Landelijk overzicht",
    filtersLabel: "Trajecten filteren",
    pact: "Zorgpact",
    allPacts: "Alle zorgpacten",
    questionType: "Soort vraag",
    allQuestionTypes: "Alle soorten vragen",
    status: "Status",
    allStatuses: "Alle statussen",
    search: "Zoeken",
    searchHint: "In de vraag, de naam van het zorgpact en de adviseur.",
    submit: "Toon trajecten",
    clear: "Filters wissen",
    caption: "Ondersteuningstrajecten",
    count: (n: number) => (n === 0 ? "Geen trajecten gevonden" : n === 1 ? "1 traject gevonden" : `${formatNumber(n)} trajecten gevonden`),
    empty: "Er zijn (nog) geen ondersteuningstrajecten die hierbij passen.",
    columns: { pact: "Zorgpact", questionType: "Soort vraag", question: "Vraag", status: "Status", requestedOn: "Aangevraagd", advisor: "Adviseur" },
  },
  request: {
    title: "Ondersteuning aanvragen",
    heading: "Ondersteuning aanvragen",
    intro: "Beschrijf je vraag. Het landelijke Zorgpact-team neemt contact op en koppelt er een adviseur aan.",
    pact: "Voor welk zorgpact of welke koploper?",
    questionType: "Soort vraag",
    question: "Je vraag",
    questionHint: "Wat wil je bereiken, en waar loop je tegenaan? Minstens 10 tekens.",
    submit: "Aanvraag versturen",
    submitting: "Bezig met versturen…",
    created: "Je aanvraag is verstuurd. Het landelijke Zorgpact-team neemt hem in behandeling.",
    noPacts: "Je beheert geen zorgpact waarvoor je ondersteuning kunt aanvragen.",
    pactsFailed: "Je zorgpacten konden niet worden geladen.",
  },
  detail: {
    title: (pact: string) => `Ondersteuning voor ${pact}`,
    loadingTitle: "Ondersteuningstraject",
    notFound: "Dit ondersteuningstraject bestaat niet, of je mag het niet zien.",
    back: "Alle trajecten",
    facts: "Gegevens",
    pact: "Zorgpact",
    status: "Status",
    requestedOn: "Aangevraagd op",
    requestedBy: "Aangevraagd door",
    startedOn: "Gestart op",
    endedOn: "Afgerond of afgewezen op",
    advisor: "Adviseur",
    outcome: "Uitkomst",
    none: "Nog niet bekend",
    questionHeading: "De vraag",
    questionLocked: "Het landelijke Zorgpact-team heeft dit traject in behandeling genomen; de vraag kan alleen het team nog wijzigen.",
    editQuestion: "Vraag wijzigen",
    handlingHeading: "Behandeling",
    handlingIntro: "Een traject gaat van aangevraagd via lopend naar afgerond; een aanvraag kan ook worden afgewezen.",
    advisorHint: "Wie begeleidt het traject? Nodig zodra het loopt.",
    startedHint: "Nodig zodra het traject loopt.",
    endedHint: "Nodig bij afgerond of afgewezen.",
    outcomeHint: "Wat heeft het traject opgeleverd? Nodig bij afgerond.",
    save: "Opslaan",
    saving: "Bezig met opslaan…",
    saved: "De wijzigingen zijn opgeslagen.",
    latestLoaded: "De nieuwste versie is geladen (zie de gegevens hierboven). Wat je typte staat nog in het formulier; sla opnieuw op om het te bewaren.",
    pactLink: "Naar het zorgpact",
  },
  overview: {
    title: "Maatwerkondersteuning: landelijk overzicht",
    heading: "Landelijk overzicht maatwerk\u00ADondersteuning",
    intro: "Hoeveel trajecten er per soort vraag in elke status zijn, over alle zorgpacten en koplopers. Een aantal opent de trajecten erachter.",
    caption: "Ondersteuningstrajecten per soort vraag en status",
    questionType: "Soort vraag",
    total: "Totaal",
    cellLink: (n: number, type: string, status: string) => `${formatNumber(n)} ${n === 1 ? "traject" : "trajecten"}: ${type}, ${status.toLowerCase()}`,
    empty: "Er zijn nog geen ondersteuningstrajecten.",
    toList: "Alle trajecten",
  },
  pactLink: "Maatwerkondersteuning",
} as const;

/** Dutch names of the support procedures in the audit log. */
export const supportAuditActions = {
  "support.create": "Maatwerkondersteuning aanvragen",
  "support.update": "Ondersteuningstraject wijzigen",
} satisfies AuditLabels;
