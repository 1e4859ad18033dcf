import { barrierReference } from "@zorgpact/domain/barrier";
import { formatDate, formatNumber, formatTimestamp } from "@zorgpact/ui/format.ts";

const count = (n: number, one: string, many: string) => `${formatNumber(n)} ${n === 1 ? one : many}`;

/** Dutch labels of the start page (pages/start): the national team's work queue and an editor's pacts. */
export const startMessages = {
  nav: "Start",
  title: "Start",
  national: {
    heading: "Werkvoorraad",
    intro: "Wat er nu op het landelijke team wacht. Elk onderdeel linkt naar de plek waar je het werk doet; iets verdwijnt hier vanzelf zodra het gedaan is.",
    summaryLabel: "Samenvatting van de werkvoorraad",
    allDone: "Er wacht nu niets op het landelijke team.",
  },
  editor: {
    heading: "Mijn zorgpacten",
    intro: "De zorgpacten waarvan je redacteur bent. Kies een zorgpact om het te bewerken, of ga naar de agenda en effectketen.",
    none: "Je beheert (nog) geen zorgpacten. Vraag het landelijke Zorgpact-team om je aan een zorgpact te koppelen.",
    caption: "Mijn zorgpacten",
    columns: { name: "Zorgpact", phase: "Fase", updated: "Laatst gewijzigd", agenda: "Agenda" },
    agenda: "Agenda",
    agendaOf: (pact: string) => ` en effectketen van ${pact}`,
    workHeading: "Wat er wacht",
    nothingWaiting: "Er wacht nu niets in je zorgpacten.",
    search: "Alle zorgpacten doorzoeken",
  },
  redirecting: "Je wordt naar je zorgpact gebracht…",

  /** Group headings with their count, e.g. "Aanmeldingen koplopers (3)". */
  groupHeading: (label: string, n: number) => `${label} (${formatNumber(n)})`,
  summaryItem: (label: string, n: number) => `${label}: ${formatNumber(n)}`,
  showingFirst: (shown: number, total: number) => `De eerste ${formatNumber(shown)} van ${formatNumber(total)}.`,

  /** Short names of the groups for the summary at the top. */
  summary: {
    applications: "Aanmeldingen",
    barriers: "Nieuwe drempels",
    volgspots: "Volgspots",
    support: "Ondersteuning",
    failedMail: "Niet bezorgd",
    stalePacts: "Stille zorgpacten",
    overdue: "Zorgpacten met achterstand",
  },

  groups: {
    applications: {
      label: "Aanmeldingen koplopers",
      empty: "Er wacht geen aanmelding op beoordeling.",
      all: "Alle aanmeldingen",
      submitted: (at: string | null) => (at ? `aangemeld op ${formatTimestamp(at)}` : "aanmeldingsdatum onbekend"),
    },
    barriers: {
      label: "Drempels om te beoordelen",
      empty: "Er zijn geen nieuwe drempels.",
      all: "Alle nieuwe drempels",
      title: (number: number, question: string) => `${barrierReference(number)}: ${question}`,
      received: (on: string) => `binnengekomen op ${formatDate(on)}`,
    },
    volgspots: {
      label: "Volgspots",
      empty: "Er is geen Volgspot te laat en er wacht er geen op beoordeling.",
      emptyEditor: "Er is binnenkort geen Volgspot te houden.",
      all: "Volgspot-overzicht",
      allEditor: "Mijn taken",
      review: (year: number) => `Volgspot ${year} beoordelen`,
      due: (year: number) => `Volgspot ${year} houden`,
      submittedOn: (on: string | null) => (on ? `ingediend op ${formatDate(on)}` : "ingediend"),
      dueOn: (on: string | null) => (on ? `uiterlijk ${formatDate(on)}` : ""),
      overdue: "Te laat",
      waiting: "Wacht op acceptatie",
    },
    support: {
      label: "Ondersteuningsvragen",
      empty: "Er wacht geen ondersteuningsvraag.",
      all: "Alle aangevraagde ondersteuning",
      requested: (on: string) => `aangevraagd op ${formatDate(on)}`,
    },
    failedMail: {
      label: "Niet bezorgde e-mail",
      empty: "Alle e-mail is bezorgd.",
      body: (n: number) => `${count(n, "bericht kon", "berichten konden")} niet worden bezorgd.`,
      link: "Bekijk en verstuur opnieuw",
    },
    stalePacts: {
      label: "Zorgpacten zonder wijziging",
      threshold: (days: number) => `Zorgpacten waarin ${formatNumber(days)} dagen of langer niets is gewijzigd.`,
      empty: (days: number) => `Elk zorgpact is in de afgelopen ${formatNumber(days)} dagen gewijzigd.`,
      all: "Alle zorgpacten, oudste wijziging eerst",
      updated: (at: string) => `laatst gewijzigd op ${formatTimestamp(at)}`,
    },
    overdue: {
      label: "Zorgpacten met te late metingen of verbeterafspraken",
      intro: "Per zorgpact opgeteld; de afzonderlijke taken staan bij Mijn taken.",
      empty: "Er is geen meting of verbeterafspraak te laat.",
      all: "Alle taken",
      counts: (measurements: number, agreements: number) =>
        [measurements > 0 ? count(measurements, "meting", "metingen") : "", agreements > 0 ? count(agreements, "verbeterafspraak", "verbeterafspraken") : ""]
          .filter(Boolean)
          .join(" en ") + " te laat",
    },
  },

  /** The "Koplopers" menu link's badge, read in full instead of the bare number. */
  frontRunnersBefore: ", ",
  frontRunnersAfter: (n: number) => ` ${n === 1 ? "wacht" : "wachten"} op beoordeling`,
} as const;
