import { z } from "zod";
import { ministrySchema } from "./barrier.ts";
import {
  centsSchema,
  idSchema,
  integer,
  isoDateSchema,
  optionalText,
  pageInputSchema,
  pagedSchema,
  searchSchema,
  slugParamSchema,
  text,
  versionSchema,
} from "./common.ts";
import { pactKindSchema } from "./pact.ts";

/**
 * Regelingen: the regulations and subsidies of OCW, VWS and SZW that collaborations use
 * (Stagefonds, Regionaal investeringsfonds mbo, SectorplanPlus…), and per pact the applications
 * made and honoured.
 */

// ─── A regeling ──────────────────────────────────────────────────────────────────────────

const yearSchema = integer({
  min: 1990,
  max: 2100,
  message: "Geef een jaartal, bijvoorbeeld 2014.",
});

/** An address people can follow: http(s) only, so no `javascript:` link reaches a page. */
export const webLinkSchema = text({ max: 500 }).regex(/^https?:\/\/[^\s]+$/i, {
  error: "Geef een webadres dat begint met https:// of http://.",
});

const regulationShape = {
  name: text({ min: 2, max: 200, minMessage: "Geef de naam van de regeling." }),
  ministry: ministrySchema,
  purpose: text({
    min: 10,
    max: 5000,
    minMessage: "Beschrijf het doel van de regeling in minstens 10 tekens.",
  }),
  startYear: yearSchema.nullable().default(null),
  endYear: yearSchema.nullable().default(null),
  /** The whole budget of the regeling, in euro cents (the RIF: 125 million euros). */
  budgetCents: centsSchema.nullable().default(null),
  conditions: optionalText({ max: 5000 }),
  link: webLinkSchema.nullable().default(null),
  /** What the sources say about its use, e.g. the number of honoured applications, with the source. */
  results: optionalText({ max: 2000 }),
  /** Where the facts come from (a seed document, a ministry's page). */
  source: optionalText({ max: 300 }),
};

function periodRule(fields: { startYear: number | null; endYear: number | null }, ctx: z.RefinementCtx) {
  if (fields.startYear !== null && fields.endYear !== null && fields.endYear < fields.startYear) {
    ctx.addIssue({
      code: "custom",
      path: ["endYear"],
      message: "Het eindjaar ligt niet voor het beginjaar.",
    });
  }
}

export const regulationFieldsSchema = z.object(regulationShape).superRefine(periodRule);
export type RegulationFields = z.infer<typeof regulationFieldsSchema>;

export const regulationCreateInputSchema = regulationFieldsSchema;
export type RegulationCreateInput = RegulationFields;

export const regulationUpdateInputSchema = z.object({ id: idSchema, version: versionSchema, ...regulationShape }).superRefine(periodRule);
export type RegulationUpdateInput = z.infer<typeof regulationUpdateInputSchema>;

// ─── Applications per pact ───────────────────────────────────────────────────────────────

export const applicationStatuses = ["applied", "honoured", "rejected"] as const;
export const applicationStatusSchema = z.enum(applicationStatuses, {
  error: "Kies aangevraagd, gehonoreerd of afgewezen.",
});
export type ApplicationStatus = z.infer<typeof applicationStatusSchema>;

const applicationFields = {
  appliedOn: isoDateSchema,
  status: applicationStatusSchema,
  /** The amount applied for or granted, in euro cents. */
  amountCents: centsSchema.nullable().default(null),
  note: optionalText({ max: 500 }),
};

export const applicationAddInputSchema = z.object({
  regulationId: idSchema,
  pactId: idSchema,
  ...applicationFields,
});
export type ApplicationAddInput = z.infer<typeof applicationAddInputSchema>;

/** The pact and the regeling of an application stay; what changes is its date, status, amount and note. */
export const applicationUpdateInputSchema = z.object({
  id: idSchema,
  version: versionSchema,
  ...applicationFields,
});
export type ApplicationUpdateInput = z.infer<typeof applicationUpdateInputSchema>;

// ─── Lists and pages ─────────────────────────────────────────────────────────────────────

export const regulationListInputSchema = pageInputSchema.extend({
  search: searchSchema,
  ministry: ministrySchema.optional(),
});
export type RegulationListInput = z.infer<typeof regulationListInputSchema>;

export const regulationSlugInputSchema = z.object({ slug: slugParamSchema });

const regulationBase = {
  id: idSchema,
  slug: z.string(),
  name: z.string(),
  ministry: ministrySchema,
  purpose: z.string(),
  startYear: z.number().int().nullable(),
  endYear: z.number().int().nullable(),
  budgetCents: z.number().int().nullable(),
  link: z.string().nullable(),
};

/** A row of the public list, with how many published pacts it funded. */
export const regulationSummarySchema = z.object({
  ...regulationBase,
  fundedPactCount: z.number().int(),
});
export type RegulationSummary = z.infer<typeof regulationSummarySchema>;
export const regulationSummaryPageSchema = pagedSchema(regulationSummarySchema);

const pactRefSchema = z.object({
  id: idSchema,
  slug: z.string(),
  name: z.string(),
  kind: pactKindSchema,
});

/** A honoured application of a published pact, as the public page shows it. */
export const fundedPactSchema = z.object({
  pact: pactRefSchema,
  appliedOn: z.string(),
  amountCents: z.number().int().nullable(),
  note: z.string().nullable(),
});
export type FundedPact = z.infer<typeof fundedPactSchema>;

/** The public page of a regeling: what it is, what is known of its use, and the published pacts it funded. */
export const regulationDetailSchema = z.object({
  ...regulationBase,
  conditions: z.string().nullable(),
  results: z.string().nullable(),
  source: z.string().nullable(),
  fundedPacts: z.array(fundedPactSchema),
  /** Published pacts whose effect chain names this regeling as the source of an input. */
  chainUses: z.array(pactRefSchema),
});
export type RegulationDetail = z.infer<typeof regulationDetailSchema>;

export const applicationRecordSchema = z.object({
  id: idSchema,
  regulationId: idSchema,
  pactId: idSchema,
  pactName: z.string(),
  appliedOn: z.string(),
  status: applicationStatusSchema,
  amountCents: z.number().int().nullable(),
  note: z.string().nullable(),
  version: z.number().int(),
});
export type ApplicationRecord = z.infer<typeof applicationRecordSchema>;

/** The national team's view: every field with its version, and every application (draft pacts too). */
export const regulationRecordSchema = z.object({
  ...regulationBase,
  conditions: z.string().nullable(),
  results: z.string().nullable(),
  source: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
  applications: z.array(applicationRecordSchema),
});
export type RegulationRecord = z.infer<typeof regulationRecordSchema>;

/** Counts of applications by status, e.g. for a regeling's summary. */
export function applicationCounts(applications: readonly { status: ApplicationStatus }[]): Record<ApplicationStatus, number> {
  const counts: Record<ApplicationStatus, number> = {
    applied: 0,
    honoured: 0,
    rejected: 0,
  };
  for (const a of applications) counts[a.status] += 1;
  return counts;
}
