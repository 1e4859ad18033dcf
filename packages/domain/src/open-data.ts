import { z } from "zod";
import { barrierOutcomeSchema, ministrySchema, treatedStatuses } from "./barrier.ts";
import { idSchema } from "./common.ts";
import { activityStatusSchema, chainNodeKindSchema } from "./effect-chain.ts";
import { eventKindSchema } from "./event.ts";
import { adoptionSchema } from "./front-runner.ts";
import { indicatorDirectionSchema } from "./indicator.ts";
import { indicatorFrequencySchema } from "./indicator-period.ts";
import { unitKindSchema } from "./indicator-unit.ts";
import { organisationLevelSchema, participationRoleSchema, sectorSchema } from "./organisation.ts";
import { admissionStatusSchema, collaborationFormSchema, pactKindSchema } from "./pact.ts";

/**
 * The open data sets (CC0): every published, unarchived pact and what hangs under it, as flat
 * rows so the CSV and the JSON carry exactly the same values. Lists inside a row (themes,
 * provinces, functions) are joined with LIST_SEPARATOR.
 */
export const LIST_SEPARATOR = "; ";
export const OPEN_DATA_LICENCE = { name: "CC0 1.0 Universeel (publiek domein)", url: "https://creativecommons.org/publicdomain/zero/1.0/deed.nl" };

const text = (description: string) => z.string().meta({ description });
const nullableText = (description: string) => z.string().nullable().meta({ description });
const isoDate = (description: string) => z.string().nullable().meta({ description, format: "date" });

export const openPactRowSchema = z
  .object({
    id: idSchema,
    slug: text("Deel van het adres van de pagina van het zorgpact: /zorgpacten/{slug}"),
    kind: pactKindSchema,
    name: text("Naam"),
    description: text("Beschrijving"),
    regionId: idSchema.nullable(),
    regionName: nullableText("Naam van de regio"),
    provinces: text("Provincies van de regio, gescheiden door '; '"),
    parentPactId: idSchema.nullable().meta({ description: "Het regionale zorgpact of de broedplaats waar een koploper bij hoort" }),
    startDate: isoDate("Startdatum (JJJJ-MM-DD)"),
    currentPhase: z.number().int().min(1).max(4).nullable().meta({ description: "Huidige fase van samenwerking (1–4)" }),
    collaborationForm: collaborationFormSchema.nullable(),
    functions: text("Functies van een regionaal zorgpact (platform, podium, project_lead), gescheiden door '; '"),
    admissionStatus: admissionStatusSchema.nullable(),
    adoption: adoptionSchema.nullable(),
    consolidationAgreements: text("Borgingsafspraken van een koploper, gescheiden door '; '"),
    themes: text("Thema's, gescheiden door '; '"),
    updatedAt: text("Laatst gewijzigd (ISO 8601)"),
  })
  .meta({ id: "PactRow", description: "Een gepubliceerd zorgpact (landelijk, regionaal, koploper of broedplaats)" });

export const openPartnerRowSchema = z
  .object({
    pactId: idSchema,
    pactSlug: z.string(),
    organisationId: idSchema,
    organisationName: z.string(),
    sector: sectorSchema,
    level: organisationLevelSchema.nullable(),
    place: z.string().nullable(),
    role: participationRoleSchema,
  })
  .meta({ id: "PartnerRow", description: "Een organisatie die deelneemt aan een zorgpact" });

export const openChainNodeRowSchema = z
  .object({
    id: idSchema,
    pactId: idSchema,
    pactSlug: z.string(),
    kind: chainNodeKindSchema,
    title: z.string(),
    description: z.string().nullable(),
    termId: idSchema.nullable(),
    termLabel: nullableText("Resultaatgebied (resultaten) of effectcategorie (effecten)"),
    amountCents: z.number().int().nullable().meta({ description: "Bedrag in eurocent (input)" }),
    fte: z.number().nullable(),
    fundingSource: z.string().nullable(),
    regulationId: idSchema.nullable().meta({ description: "De regeling waaruit een input komt (zie de gegevensset regulations)" }),
    periodStart: isoDate("Begin van de activiteit"),
    periodEnd: isoDate("Einde van de activiteit"),
    status: activityStatusSchema.nullable(),
  })
  .meta({ id: "ChainNodeRow", description: "Een stap in de effectketen: input, activiteit, resultaat of effect" });

export const openChainLinkRowSchema = z
  .object({
    pactId: idSchema,
    pactSlug: z.string(),
    fromId: idSchema,
    toId: idSchema,
  })
  .meta({ id: "ChainLinkRow", description: "Een verband in de effectketen, van input naar effect" });

export const openIndicatorRowSchema = z
  .object({
    id: idSchema,
    nodeId: idSchema,
    pactId: idSchema,
    pactSlug: z.string(),
    name: z.string(),
    unit: z.string(),
    unitKind: unitKindSchema.meta({ description: "Soort eenheid: aantal, percentage, euro (bedragen in centen) of anders" }),
    frequency: indicatorFrequencySchema.meta({ description: "Meetfrequentie: jaar, halfjaar of kwartaal" }),
    direction: indicatorDirectionSchema,
    baselineValue: z.number(),
    baselineDate: z.string().meta({ format: "date" }),
    targetValue: z.number(),
    targetDate: z.string().meta({ format: "date" }),
  })
  .meta({ id: "IndicatorRow", description: "Een indicator bij een resultaat of effect" });

export const openMeasurementRowSchema = z
  .object({
    id: idSchema,
    indicatorId: idSchema,
    pactId: idSchema,
    pactSlug: z.string(),
    measuredOn: z.string().meta({ format: "date" }),
    value: z.number(),
    source: z.string().nullable(),
    note: z.string().nullable(),
  })
  .meta({ id: "MeasurementRow", description: "Een meting van een indicator" });

/**
 * The public copy of measurements' breakdowns (migration 0023): one row per category, of
 * approved measurements only and of the dimensions the indicator is split by now.
 */
export const openBreakdownRowSchema = z
  .object({
    measurementId: idSchema.meta({ description: "De meting (zie de gegevensset measurements)" }),
    indicatorId: idSchema,
    indicatorName: text("Naam van de indicator"),
    pactId: idSchema,
    pactSlug: z.string(),
    pactName: text("Naam van het zorgpact"),
    unit: z.string(),
    measuredOn: z.string().meta({ description: "Meetdatum van de goedgekeurde meting (JJJJ-MM-DD)", format: "date" }),
    total: z.number().meta({ description: "Goedgekeurde waarde van de meting (het totaal van de uitsplitsing)" }),
    dimensionId: idSchema,
    dimension: text("Dimensie waarnaar is uitgesplitst, bijvoorbeeld mbo-niveau"),
    categoryId: idSchema,
    category: text("Categorie van de dimensie, bijvoorbeeld Niveau 3"),
    value: z.number().meta({ description: "Waarde van deze categorie" }),
    source: nullableText("Bron van de uitsplitsing ('demodata' bij verzonnen voorbeelden)"),
  })
  .meta({ id: "BreakdownRow", description: "Eén categorie van de uitsplitsing van een goedgekeurde meting" });

/** Ruimte in de regels: answered and closed barriers only, never the submitter's details. */
export const openBarrierRowSchema = z
  .object({
    id: idSchema,
    number: z.number().int().meta({ description: "Nummer in het register; de pagina is /ruimte-in-de-regels/{number}" }),
    reference: text("Kenmerk, bijvoorbeeld RR-0042"),
    question: text("De vraag of belemmering"),
    topic: nullableText("Onderwerp"),
    ministry: ministrySchema,
    status: z.enum(treatedStatuses),
    outcome: barrierOutcomeSchema,
    answer: text("Het antwoord"),
    answeredOn: z.string().meta({ description: "Datum van beantwoording (JJJJ-MM-DD)", format: "date" }),
    source: nullableText("Bron van de casus ('demodata' bij verzonnen voorbeelden)"),
    pactId: idSchema.nullable(),
    pactSlug: nullableText("Het gepubliceerde zorgpact waarin de drempel speelde"),
  })
  .meta({ id: "BarrierRow", description: "Een beantwoorde drempel uit Ruimte in de regels, zonder gegevens van de indiener" });

export const openRegulationRowSchema = z
  .object({
    id: idSchema,
    slug: text("Deel van het adres van de pagina: /regelingen/{slug}"),
    name: text("Naam"),
    ministry: ministrySchema,
    purpose: text("Doel"),
    startYear: z.number().int().nullable(),
    endYear: z.number().int().nullable(),
    budgetCents: z.number().int().nullable().meta({ description: "Totaal budget in eurocent" }),
    conditions: nullableText("Voorwaarden"),
    link: nullableText("Webadres met meer informatie"),
    results: nullableText("Wat de bronnen zeggen over het gebruik"),
    source: nullableText("Bron"),
    fundedPactCount: z.number().int().meta({ description: "Aantal gepubliceerde zorgpacten met een gehonoreerde aanvraag" }),
    updatedAt: text("Laatst gewijzigd (ISO 8601)"),
  })
  .meta({ id: "RegulationRow", description: "Een regeling of subsidie van OCW, VWS of SZW" });

/** The published agenda: times as UTC instants and as Amsterdam wall-clock time. */
export const openEventRowSchema = z
  .object({
    id: idSchema,
    kind: eventKindSchema,
    title: text("Titel; de pagina is /agenda/{id}"),
    description: text("Omschrijving"),
    startsAt: text("Begin (ISO 8601, UTC)"),
    endsAt: text("Einde (ISO 8601, UTC)"),
    startsAtLocal: text("Begin in Nederlandse tijd (JJJJ-MM-DDTUU:MM, Europe/Amsterdam)"),
    endsAtLocal: text("Einde in Nederlandse tijd (JJJJ-MM-DDTUU:MM, Europe/Amsterdam)"),
    location: nullableText("Locatie"),
    onlineUrl: nullableText("Online link"),
    organiser: text("Organisatie"),
    expectedParticipants: z.number().int().nullable(),
    actualParticipants: z.number().int().nullable(),
    registrationUrl: nullableText("Aanmeldlink"),
    pactSlugs: text("Gepubliceerde zorgpacten die meedoen, gescheiden door '; '"),
    regions: text("Regio's van die zorgpacten, gescheiden door '; '"),
    themes: text("Thema's, gescheiden door '; '"),
    sourceNote: nullableText("Bron of toelichting ('Demodata' bij verzonnen gegevens)"),
    updatedAt: text("Laatst gewijzigd (ISO 8601)"),
  })
  .meta({ id: "EventRow", description: "Een gepubliceerde bijeenkomst uit de agenda" });

export const openDatasets = {
  pacts: openPactRowSchema,
  partners: openPartnerRowSchema,
  "chain-nodes": openChainNodeRowSchema,
  "chain-links": openChainLinkRowSchema,
  indicators: openIndicatorRowSchema,
  measurements: openMeasurementRowSchema,
  breakdowns: openBreakdownRowSchema,
  barriers: openBarrierRowSchema,
  regulations: openRegulationRowSchema,
  events: openEventRowSchema,
} as const;
export type OpenDataset = keyof typeof openDatasets;
export const openDatasetNames = Object.keys(openDatasets) as OpenDataset[];
export type OpenDataRow<D extends OpenDataset> = z.infer<(typeof openDatasets)[D]>;
export type AnyOpenDataRow = OpenDataRow<OpenDataset>;

export function isOpenDataset(name: string): name is OpenDataset {
  return Object.hasOwn(openDatasets, name);
}

/** The column names of a data set, in order: the CSV header. */
export function openDataColumns(dataset: OpenDataset): string[] {
  return Object.keys(openDatasets[dataset].shape);
}

export function joinList(items: readonly string[]): string {
  return items.join(LIST_SEPARATOR);
}
