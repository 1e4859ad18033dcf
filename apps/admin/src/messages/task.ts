import type { OutboxTopic } from "@zorgpact/domain/outbox";
import type { TaskKind } from "@zorgpact/domain/reminder";
import { formatDate, formatNumber, formatTimestamp } from "@zorgpact/ui/format.ts";
import type { AuditLabels } from "./audit-paths.ts";

const count = (n: number, one: string, many: string) => `${formatNumber(n)} ${n === 1 ? one : many}`;

/** Dutch labels of the task (reminder) pages. */
export const taskMessages = {
  nav: "Mijn taken",
  /** Read after "Mijn taken" in the menu, instead of the bare number shown. */
  navCountLong: (n: number) => `(${count(n, "openstaande taak", "openstaande taken")})`,

  title: "Mijn taken",
  heading: "Mijn taken",
  introEditor: "Wat er binnenkort of nu moet gebeuren in je zorgpacten. Een taak verdwijnt vanzelf zodra het werk gedaan is.",
  introNational:
    "Wat er in alle zorgpacten te laat is, en de Volgspots die op jullie beoordeling wachten. Een taak verdwijnt vanzelf zodra het werk gedaan is.",
  summary: (open: number, overdue: number) =>
    open === 0 ? "Geen openstaande taken." : `${count(open, "taak", "taken")}${overdue > 0 ? `, waarvan ${formatNumber(overdue)} te laat` : ""}.`,
  empty: "Je hebt geen openstaande taken. Nieuwe taken verschijnen hier, en je krijgt er een e-mail over.",
  emptyNational: "Er is niets te laat en er wacht geen Volgspot op beoordeling.",

  sections: {
    volgspot_review: "Volgspots beoordelen",
    volgspot_due: "Volgspot houden",
    agreement_due: "Verbeterafspraken",
    measurement_due: "Metingen",
  } satisfies Record<TaskKind, string>,
  sectionHeading: (label: string, n: number) => `${label} (${formatNumber(n)})`,
  showAll: (n: number, label: string) => `Toon alle ${formatNumber(n)} (${label.toLowerCase()})`,

  volgspotDue: (year: number) => `Volgspot ${year} houden en indienen`,
  volgspotReview: (year: number) => `Volgspot ${year} beoordelen`,
  measurementDue: (indicator: string) => `Nieuwe meting voor ‘${indicator}’`,
  volgspotState: {
    none: "Nog niet vastgelegd",
    draft: "Concept staat klaar, nog niet ingediend",
    returned: "Teruggestuurd door het landelijke team",
  },
  overdue: "Te laat",
  dueSoon: "Binnenkort",
  dueOn: (isoDate: string) => `uiterlijk ${formatDate(isoDate)}`,
  submittedOn: (isoDate: string | null) => (isoDate ? `ingediend op ${formatDate(isoDate)}` : "ingediend"),
  agreementFrom: (year: number) => `afgesproken in de Volgspot ${year}`,
  lastMeasured: (isoDate: string | null) => (isoDate ? `laatste meting ${formatDate(isoDate)}` : "nog geen meting"),

  rulesHeading: "Wanneer verschijnt een taak?",
  rules: [
    "Volgspot: elk regionaal zorgpact houdt ieder jaar een Volgspot, uiterlijk een jaar na die van vorig jaar en in elk geval vóór 31 december. De taak verschijnt 30 dagen van tevoren en blijft tot de Volgspot is ingediend.",
    "Verbeterafspraken: een open afspraak verschijnt 14 dagen voor de afgesproken datum en blijft tot ze is afgerond of vervallen.",
    "Metingen: elke indicator krijgt één meting per periode van zijn meetfrequentie (jaar, halfjaar of kwartaal). Een meting telt voor de periode waarin haar datum valt; de volgende is nodig uiterlijk op de laatste dag van de periode daarna (zonder metingen: van de periode waarin de nulmeting begint). De taak verschijnt 30 dagen voor die dag en is daarna te laat.",
    "Het landelijke team ziet van alle zorgpacten wat te laat is, en de Volgspots die op beoordeling wachten.",
  ],
  mailNote: "Over elke nieuwe taak krijg je één e-mail, en nog één als de taak te laat raakt.",

  failedMail: {
    heading: "Niet bezorgde e-mail",
    intro:
      "Berichten die na tien pogingen (verspreid over ongeveer vier dagen) niet bezorgd konden worden. Ze blijven hier staan tot iemand ze opnieuw verstuurt; controleer eerst het adres of de mailserver.",
    empty: "Alle e-mail is bezorgd.",
    caption: "Niet bezorgde e-mail",
    columns: { subject: "Onderwerp", recipient: "Aan", lastAttempt: "Laatste poging", error: "Foutmelding", actions: "Acties" },
    topic: {
      reminder: "Herinnering",
      invitation: "Uitnodiging",
      password_reset: "Wachtwoord herstellen",
      confirmation: "Bevestiging",
      measurement_returned: "Meting teruggestuurd",
    } satisfies Record<OutboxTopic, string>,
    attempts: (n: number) => count(n, "poging", "pogingen"),
    lastAttempt: (iso: string) => formatTimestamp(iso),
    retry: "Opnieuw versturen",
    retryOf: (subject: string, recipient: string) => ` van ‘${subject}’ aan ${recipient}`,
    retrying: "Bezig…",
    retried: (recipient: string) => `Het bericht aan ${recipient} staat weer in de wachtrij en wordt zo verstuurd.`,
    retryFailed: "Opnieuw versturen is niet gelukt. Probeer het nog eens.",
  },
} as const;

/** Dutch names of the task procedures in the audit log. */
export const taskAuditActions = {
  "task.retryMail": "Niet bezorgde e-mail opnieuw versturen",
} satisfies AuditLabels;
