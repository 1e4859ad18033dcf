import type { AgreementStatus } from "@zorgpact/domain/volgspot";
import { formatDate, formatNumber } from "@zorgpact/ui/format.ts";

/** Dutch strings of the Volgspot summary on a pact's page; loaded with that page only. */
export const volgspotMessages = {
  heading: "Volgspot",
  intro:
    "Minstens één keer per jaar reflecteren de partners van een regionaal zorgpact samen op hun ambities, projecten en beoogde resultaten in de Volgspot, en maken ze verbeterafspraken. Hier staat de samenvatting zoals het landelijke Zorgpact-team die heeft geaccepteerd.",
  none: "Er is nog geen geaccepteerde Volgspot van dit zorgpact.",
  yearHeading: (year: number) => `Volgspot ${year}`,
  held: (date: string, participants: number) =>
    `Gehouden op ${formatDate(date)} met ${formatNumber(participants)} ${participants === 1 ? "deelnemer" : "deelnemers"}.`,
  earlier: (year: number) => `Volgspot ${year} bekijken`,
  report: "Samenvatting",
  questions: "De drie vragen",
  actionsQuestion: "Hoe vertalen we ambitie en vraagstukken naar acties van partners?",
  positionQuestion: "Waar staan we als Zorgpact in onze ambitie?",
  factorsQuestion: "Welke succes- en faalfactoren zien we?",
  notAnswered: "Niet ingevuld.",
  process: "Procesresultaten",
  newCollaborations: (n: number) => `${formatNumber(n)} ${n === 1 ? "nieuw samenwerkingsverband" : "nieuwe samenwerkingsverbanden"}`,
  results: "Inhoudelijke resultaten",
  result: "Resultaat",
  effect: "Effect",
  /** `value` comes formatted with its unit (formatIndicatorValue): "62,5%", "€ 1.250,00". */
  latest: (value: string, date: string) => `laatste meting: ${value} (${formatDate(date)})`,
  noMeasurement: "nog niet gemeten",
  successFactors: "Succesfactoren",
  failureFactors: "Faalfactoren",
  noFactors: "Geen genoemd.",
  agreements: "Verbeterafspraken",
  agreement: (owner: string, dueOn: string) => `Eigenaar: ${owner} · streefdatum ${formatDate(dueOn)}`,
  agreementStatus: { open: "open", done: "afgerond", dropped: "vervallen" } satisfies Record<AgreementStatus, string>,
  noAgreements: "Geen afspraken vastgelegd.",
} as const;
