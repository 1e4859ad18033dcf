import { reviewActionLabels, reviewStatusLabels } from "@zorgpact/domain/measurement-review";
import { formatDate, formatNumber } from "@zorgpact/ui/format.ts";
import type { AuditLabels } from "./audit-paths.ts";

/** A label inside a sentence: "Mbo-niveau" → "mbo-niveau", but "RES-regio" stays. */
const inSentence = (label: string) => (/^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label);
const listOf = (items: readonly string[]) => (items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} en ${items.at(-1)}`);

/** Dutch labels of review before publication: the review queue, the agenda's review part, locks and corrections. */
export const measurementReviewMessages = {
  nav: "Beoordelen",
  navCountBefore: ", ",
  navCountAfter: (n: number) => (n === 1 ? " meting wacht op beoordeling" : " metingen wachten op beoordeling"),

  status: reviewStatusLabels,
  action: reviewActionLabels,

  queue: {
    title: "Metingen beoordelen",
    intro:
      "Een nieuwe of gewijzigde meting wordt pas openbaar (op de site en in de open data) als iemand anders haar goedkeurt: het landelijke team, of een tweede redacteur als het zorgpact collegiale toetsing gebruikt.",
    empty: "Er wachten geen metingen op jouw beoordeling.",
    loading: "Metingen laden…",
    caption: "Metingen ter beoordeling",
    pact: "Zorgpact",
    indicator: "Indicator",
    date: "Datum",
    value: "Nieuwe waarde",
    publicNow: "Nu openbaar",
    notPublic: "nog niet openbaar",
    submitted: "Ingediend",
    by: (name: string | null, at: string | null) => [name, at ? formatDate(at.slice(0, 10)) : null].filter(Boolean).join(", ") || "—",
    source: "Bron",
    note: "Toelichting",
    correction: (reason: string) => `Correctie van een vergrendelde waarde. Reden: ${reason}`,
    own: "Je eigen meting: een ander beoordeelt haar.",
    filterPact: "Zorgpact",
    allPacts: "Alle zorgpacten",
    total: (n: number) => (n === 1 ? "1 meting wacht op beoordeling." : `${formatNumber(n)} metingen wachten op beoordeling.`),
    agendaLink: "Naar de agenda",
    partsCaption: (dimension: string) => `Uitsplitsing naar ${dimension}`,
    partsHeading: "Uitsplitsing bij de nieuwe waarde",
    category: "Categorie",
    partValue: "Waarde",
    partsSource: (source: string) => `Bron: ${source}`,
    partsNotPublic: "De uitsplitsing wordt openbaar met de waarde, na goedkeuring; tot dan is zij niet openbaar.",
  },

  decision: {
    approve: "Goedkeuren",
    approving: "Bezig met goedkeuren…",
    approveTitle: (indicator: string, date: string) => `${indicator} op ${date} goedkeuren?`,
    /** The breakdowns go public with the value (migration 0023): say so when there are any. */
    approveBody: (value: string, dimensions: readonly string[] = []) =>
      dimensions.length === 0
        ? `De waarde ${value} wordt openbaar op de site en in de open data.`
        : `De waarde ${value} en de ${dimensions.length === 1 ? "uitsplitsing" : "uitsplitsingen"} naar ${listOf(dimensions.map(inSentence))} worden openbaar op de site en in de open data.`,
    return: "Terugsturen",
    returning: "Bezig met terugsturen…",
    returnTitle: (indicator: string, date: string) => `${indicator} op ${date} terugsturen?`,
    returnBody: "De redacteur ziet je opmerking bij de meting, past haar aan en dient haar opnieuw in. De openbare waarde blijft zoals ze is.",
    comment: "Opmerking voor de redacteur (verplicht)",
    cancel: "Annuleren",
    approved: "De meting is goedgekeurd en openbaar.",
    returned: "De meting is teruggestuurd met je opmerking.",
    of: (indicator: string, date: string) => ` (${indicator}, ${date})`,
  },

  workQueue: {
    label: "Metingen ter beoordeling",
    summary: "metingen ter beoordeling",
    intro: "Nieuwe en gewijzigde metingen worden pas openbaar na goedkeuring.",
    empty: "Er wachten geen metingen op beoordeling.",
    all: "Alle metingen beoordelen",
    count: (n: number) => (n === 1 ? "1 meting wacht" : `${formatNumber(n)} metingen wachten`),
  },

  peer: {
    title: "Collegiale toetsing",
    intro: "Met collegiale toetsing mag ook een tweede redacteur van het zorgpact metingen goedkeuren (nooit de eigen). Het landelijke team kan dat altijd.",
    label: (pactName: string) => `Collegiale toetsing voor ${pactName}`,
    on: "Collegiale toetsing staat aan.",
    off: "Collegiale toetsing staat uit.",
    saving: "Bezig met opslaan…",
  },

  agenda: {
    title: (indicator: string) => `Beoordeling: ${indicator}`,
    caption: (indicator: string) => `Beoordeling en openbaarheid van de metingen van ${indicator}`,
    date: "Datum",
    status: "Status",
    publicValue: "Openbare waarde",
    comment: "Opmerking",
    actions: "Acties",
    locked: "Vergrendeld",
    none: "—",
    returnedComment: (comment: string) => `Teruggestuurd: ${comment}`,
    partsWaiting: (date: string) => `Uitsplitsing ter beoordeling bij de meting van ${date}`,
    partsOf: (dimension: string) => `Naar ${dimension}`,
    history: "Geschiedenis",
    historyOf: (date: string) => `Geschiedenis van de meting van ${date}`,
    historyEmpty: "Nog geen stappen vastgelegd.",
    correctionOf: (before: number, after: number, reason: string, direct: boolean) =>
      `${formatNumber(before)} → ${formatNumber(after)}: ${reason}${direct ? " (direct toegepast door het landelijke team)" : " (ter beoordeling ingediend)"}`,
    reviewLink: "Beoordelen",
  },

  lock: {
    title: "Vergrendelde perioden",
    intro: "Na goedkeuring kan het landelijke team een periode vergrendelen. Een vergrendelde waarde verandert alleen nog via een correctie met een reden.",
    none: "Geen vergrendelde perioden.",
    period: (start: string, end: string) => `${formatDate(start)} t/m ${formatDate(end)}`,
    by: (name: string | null) => (name ? `vergrendeld door ${name}` : "vergrendeld"),
    start: "Begin van de periode",
    end: "Einde van de periode",
    choose: "Periode",
    chooseHint: "Perioden waarvan alle metingen zijn goedgekeurd en die nog niet vergrendeld zijn, de nieuwste eerst.",
    nothingToChoose: "Geen periode klaar om te vergrendelen: keur eerst de metingen goed, of kies een andere periode.",
    custom: "Andere periode…",
    customHint: "Kies het begin en het einde zelf, bijvoorbeeld voor een periode die niet in het meetritme past.",
    covers: (start: string, end: string) => `Van ${formatDate(start)} t/m ${formatDate(end)}.`,
    submit: "Periode vergrendelen",
    saving: "Bezig met vergrendelen…",
    locked: "De periode is vergrendeld.",
    unlock: "Ontgrendelen",
    unlocking: "Bezig met ontgrendelen…",
    unlockTitle: (period: string) => `Periode ${period} ontgrendelen?`,
    unlockBody: "Daarna kunnen redacteuren de metingen in deze periode weer gewoon wijzigen (met beoordeling).",
    unlocked: "De periode is ontgrendeld.",
    cancel: "Annuleren",
  },

  correction: {
    open: "Corrigeren",
    title: (date: string) => `Correctie van de meting van ${date}`,
    intro: (national: boolean) =>
      national
        ? "Als landelijk team pas je de correctie direct toe; ze wordt met de reden vastgelegd."
        : "Je correctie wordt met de reden vastgelegd en gaat ter beoordeling; tot de goedkeuring blijft de openbare waarde staan.",
    value: "Gecorrigeerde waarde",
    source: "Bron",
    note: "Toelichting",
    reason: "Reden van de correctie (verplicht)",
    submit: "Correctie vastleggen",
    saving: "Bezig met vastleggen…",
    cancel: "Annuleren",
    saved: (national: boolean) => (national ? "De correctie is toegepast." : "De correctie is ingediend ter beoordeling."),
    notANumber: "Geef een getal, bijvoorbeeld 12 of 3,5.",
  },
};

/** The audit log's labels of the review procedures. */
export const measurementReviewAuditActions = {
  "measurementReview.approve": "Meting goedkeuren",
  "measurementReview.return": "Meting terugsturen",
  "measurementReview.setPeerReview": "Collegiale toetsing instellen",
  "measurementReview.lock": "Periode vergrendelen",
  "measurementReview.unlock": "Periode ontgrendelen",
  "measurementReview.correct": "Vergrendelde meting corrigeren",
} satisfies AuditLabels;
