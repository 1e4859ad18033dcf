import type { OpenDataset } from "./open-data.ts";
import { openDataColumns } from "./open-data.ts";

/**
 * Dutch column headers of the open-data CSV "for Dutch Excel" (semicolons, decimal comma).
 * The standard CSV and the JSON keep the English keys, which are the API's field names.
 */
export const dutchColumnHeaders = {
  id: "ID",
  slug: "Adresnaam",
  kind: "Soort",
  name: "Naam",
  description: "Beschrijving",
  regionId: "Regio-ID",
  regionName: "Regio",
  provinces: "Provincies",
  parentPactId: "Hoort bij zorgpact (ID)",
  startDate: "Startdatum",
  currentPhase: "Fase",
  collaborationForm: "Samenwerkingsvorm",
  functions: "Functies",
  admissionStatus: "Toelating",
  adoption: "Adoptie",
  consolidationAgreements: "Borgingsafspraken",
  themes: "Thema's",
  updatedAt: "Laatst gewijzigd",
  pactId: "Zorgpact-ID",
  pactSlug: "Zorgpact (adresnaam)",
  organisationId: "Organisatie-ID",
  organisationName: "Organisatie",
  sector: "Sector",
  level: "Niveau",
  place: "Plaats",
  role: "Rol",
  title: "Titel",
  termId: "Categorie-ID",
  termLabel: "Resultaatgebied of effectcategorie",
  amountCents: "Bedrag (eurocent)",
  fte: "Fte",
  fundingSource: "Financieringsbron",
  regulationId: "Regeling-ID",
  periodStart: "Begindatum",
  periodEnd: "Einddatum",
  status: "Status",
  fromId: "Van (ID)",
  toId: "Naar (ID)",
  nodeId: "Stap in de effectketen (ID)",
  unit: "Eenheid",
  unitKind: "Soort eenheid",
  frequency: "Meetfrequentie",
  direction: "Richting",
  baselineValue: "Nulmeting",
  baselineDate: "Datum nulmeting",
  targetValue: "Streefwaarde",
  targetDate: "Streefdatum",
  indicatorId: "Indicator-ID",
  measuredOn: "Meetdatum",
  value: "Waarde",
  source: "Bron",
  note: "Toelichting",
  number: "Nummer",
  reference: "Kenmerk",
  question: "Vraag",
  topic: "Onderwerp",
  ministry: "Ministerie",
  outcome: "Uitkomst",
  answer: "Antwoord",
  answeredOn: "Beantwoord op",
  purpose: "Doel",
  startYear: "Beginjaar",
  endYear: "Eindjaar",
  budgetCents: "Budget (eurocent)",
  conditions: "Voorwaarden",
  link: "Webadres",
  results: "Gebruik",
  fundedPactCount: "Aantal gehonoreerde zorgpacten",
  startsAt: "Begin (UTC)",
  endsAt: "Einde (UTC)",
  startsAtLocal: "Begin (Nederlandse tijd)",
  endsAtLocal: "Einde (Nederlandse tijd)",
  location: "Locatie",
  onlineUrl: "Online link",
  organiser: "Organisator",
  expectedParticipants: "Verwachte deelnemers",
  actualParticipants: "Deelnemers",
  registrationUrl: "Aanmeldlink",
  pactSlugs: "Zorgpacten (adresnamen)",
  regions: "Regio's",
  sourceNote: "Bron of toelichting",
} as const satisfies Record<string, string>;

export type OpenDataColumn = keyof typeof dutchColumnHeaders;

/** The data set's columns with their Dutch headers, in CSV order. */
export function dutchOpenDataColumns(dataset: OpenDataset): { key: string; header: string }[] {
  return openDataColumns(dataset).map((key) => ({ key, header: (dutchColumnHeaders as Record<string, string>)[key] ?? key }));
}

/** A number as Dutch Excel reads it: decimal comma, no thousands separators (they would be read as text). */
export function dutchDecimal(value: number): string {
  return Number.isInteger(value) ? String(value) : String(value).replace(".", ",");
}
