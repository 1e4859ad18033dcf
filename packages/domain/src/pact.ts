import { z } from "zod";
import { emailSchema } from "./account.ts";
import {
  centsSchema,
  idSchema,
  isoDateSchema,
  pageInputSchema,
  pagedSchema,
  searchSchema,
  slugParamSchema,
  slugSchema,
  sortDirectionSchema,
  text,
  versionSchema,
} from "./common.ts";
import { chainLinkSchema, chainNodeSchema, type ChainCompleteness } from "./effect-chain.ts";
import { followUpSchema, frontRunnerApplicationSchema, frontRunnerReviewSchema, type FollowUp } from "./front-runner.ts";
import { governanceEntrySchema, governanceInputSchema, hasGovernance, type GovernanceEntry } from "./governance.ts";
import { indicatorSchema } from "./indicator.ts";
import { goldenTriangleSchema, organisationSchema, partnerSchema } from "./organisation.ts";
import { checklistTickDetailSchema, checklistTickSchema, phaseEntryDetailSchema, phaseEntrySchema, phaseNumberSchema } from "./phase.ts";
import { provinceSchema, regionSchema } from "./region.ts";
import { taxonomyTermSchema } from "./taxonomy.ts";

export const pactKinds = ["national", "regional_pact", "front_runner", "breeding_ground"] as const;
export const pactKindSchema = z.enum(pactKinds);
export type PactKind = z.infer<typeof pactKindSchema>;

export const admissionStatuses = ["applied", "under_review", "admitted", "rejected"] as const;
export const admissionStatusSchema = z.enum(admissionStatuses);
export type AdmissionStatus = z.infer<typeof admissionStatusSchema>;

/** The status a front-runner may be created with: the review starts from there (startReview). */
export const creatableAdmissionStatuses = ["applied"] as const satisfies readonly AdmissionStatus[];

/** Figure 15: what a regional pact does for its region; any combination. */
export const regionalFunctions = ["platform", "podium", "project_lead"] as const;
export const regionalFunctionSchema = z.enum(regionalFunctions);
export type RegionalFunction = z.infer<typeof regionalFunctionSchema>;

export const collaborationForms = ["light", "firm"] as const;
export const collaborationFormSchema = z.enum(collaborationForms);
export type CollaborationForm = z.infer<typeof collaborationFormSchema>;

export const publicationStatuses = ["draft", "published"] as const;
export const publicationStatusSchema = z.enum(publicationStatuses);
export type PublicationStatus = z.infer<typeof publicationStatusSchema>;

/** Phases of collaboration apply to regional pacts and breeding grounds, not to front-runners. */
export function hasPhases(kind: PactKind): boolean {
  return kind === "regional_pact" || kind === "breeding_ground";
}

export const pactListInputSchema = pageInputSchema.extend({
  kind: pactKindSchema.optional(),
  themeId: idSchema.optional(),
  phase: phaseNumberSchema.optional(),
  regionId: idSchema.optional(),
  /** Pacts whose region covers this province. */
  province: provinceSchema.optional(),
  search: searchSchema,
});
export type PactListInput = z.infer<typeof pactListInputSchema>;

export const pactSummarySchema = z.object({
  id: idSchema,
  slug: z.string(),
  kind: pactKindSchema,
  name: z.string(),
  regionName: z.string().nullable(),
  currentPhase: phaseNumberSchema.nullable(),
  publicationStatus: publicationStatusSchema,
  themeIds: z.array(idSchema),
  updatedAt: z.string(),
});
export type PactSummary = z.infer<typeof pactSummarySchema>;
export const pactListSchema = pagedSchema(pactSummarySchema);

export const pactSortFields = ["name", "updatedAt", "kind"] as const;

/** The admin app's table of pacts: the public filters plus status filters and sorting. */
export const pactManagedListInputSchema = pactListInputSchema.extend({
  publicationStatus: publicationStatusSchema.optional(),
  admissionStatus: admissionStatusSchema.optional(),
  /** true: only archived pacts (to restore one); false (default): only pacts in use. */
  archived: z.boolean().default(false),
  sort: z.enum(pactSortFields).default("name"),
  direction: sortDirectionSchema.default("asc"),
});
export type PactManagedListInput = z.infer<typeof pactManagedListInputSchema>;

export const managedPactSummarySchema = pactSummarySchema.extend({
  admissionStatus: admissionStatusSchema.nullable(),
  archivedAt: z.string().nullable(),
  version: z.number().int(),
});
export type ManagedPactSummary = z.infer<typeof managedPactSummarySchema>;
export const managedPactListSchema = pagedSchema(managedPactSummarySchema);

export const pactGetInputSchema = z.union([z.object({ id: idSchema }), z.object({ slug: slugParamSchema })]);

export const chainCompletenessSchema = z.object({
  effectsWithoutResult: z.array(idSchema),
  resultsWithoutActivity: z.array(idSchema),
  activitiesWithoutInput: z.array(idSchema),
  complete: z.boolean(),
}) satisfies z.ZodType<ChainCompleteness>;

/** Another pact a pact links to: a front-runner's regional pact, or a regional pact's front-runners. */
export const linkedPactSchema = z.object({
  id: idSchema,
  slug: z.string(),
  name: z.string(),
  kind: pactKindSchema,
  publicationStatus: publicationStatusSchema,
});
export type LinkedPact = z.infer<typeof linkedPactSchema>;

export const fundingStreamSchema = z.object({
  id: idSchema,
  source: z.string(),
  amountCents: z.number().int().nullable(),
  inKind: z.boolean(),
});
export type FundingStream = z.infer<typeof fundingStreamSchema>;

/**
 * A pact as the public site shows it. Never carries contact e-mail, the front-runner
 * application or review, or any draft pact it links to.
 */
export const pactDetailSchema = z.object({
  id: idSchema,
  slug: z.string(),
  kind: pactKindSchema,
  name: z.string(),
  description: z.string(),
  region: regionSchema.nullable(),
  startDate: z.string().nullable(),
  publicationStatus: publicationStatusSchema,
  admissionStatus: admissionStatusSchema.nullable(),
  collaborationForm: collaborationFormSchema.nullable(),
  functions: z.array(regionalFunctionSchema),
  currentPhase: phaseNumberSchema.nullable(),
  phaseHistory: z.array(phaseEntrySchema),
  checklist: z.array(checklistTickSchema),
  partners: z.array(partnerSchema),
  /** The partner with the role 'lead' (trekker), if any. */
  leadOrganisation: organisationSchema.nullable(),
  goldenTriangle: goldenTriangleSchema,
  themes: z.array(taxonomyTermSchema),
  contactName: z.string().nullable(),
  fundingStreams: z.array(fundingStreamSchema),
  /** Figure 16, every item in order; only regional pacts mark any. */
  governance: z.array(governanceEntrySchema),
  /** Figures 6–8, for front-runners; null for other kinds. */
  followUp: followUpSchema.nullable(),
  /** A front-runner's regional pact (or breeding ground). */
  parentPact: linkedPactSchema.nullable(),
  /** The front-runners linked to this pact. */
  frontRunners: z.array(linkedPactSchema),
  chain: z.object({
    nodes: z.array(chainNodeSchema),
    links: z.array(chainLinkSchema),
    indicators: z.array(indicatorSchema),
    completeness: chainCompletenessSchema,
  }),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type PactDetail = z.infer<typeof pactDetailSchema>;

/** A pact as its editors and the national team see it: drafts, contact, application and review included. */
export const pactEditDetailSchema = pactDetailSchema.extend({
  contactEmail: z.string().nullable(),
  archivedAt: z.string().nullable(),
  phaseHistory: z.array(phaseEntryDetailSchema),
  checklist: z.array(checklistTickDetailSchema),
  /** The public application a front-runner started with; null when the national team entered it. */
  application: frontRunnerApplicationSchema.nullable(),
  /** Front-runners only: the review of the admission criteria and the decision. */
  review: frontRunnerReviewSchema.nullable(),
});
export type PactEditDetail = z.infer<typeof pactEditDetailSchema>;

const nullableText = (max: number) => text({ max }).nullable();

export const fundingStreamInputSchema = z
  .object({
    source: text({ min: 2, max: 200, minMessage: "Geef de bron van de financiering, bijvoorbeeld 'Provincie' of 'RIF mbo'." }),
    /** In euro cents; null when no amount is known (often for in-kind contributions). */
    amountCents: centsSchema.max(1_000_000_000_00, { error: "Dit bedrag is onwaarschijnlijk hoog." }).nullable().default(null),
    /** A contribution in kind (hours, rooms, …) from the partners' own organisations. */
    inKind: z.boolean().default(false),
  })
  .superRefine((stream, ctx) => {
    if (stream.amountCents === null && !stream.inKind) {
      ctx.addIssue({ code: "custom", path: ["amountCents"], message: "Geef een bedrag, of geef aan dat het een bijdrage in natura is." });
    }
  });
export type FundingStreamInput = z.infer<typeof fundingStreamInputSchema>;

/** Every field a pact's form edits. In `pact.update` each is optional: left out keeps the stored value. */
const pactEditableFields = {
  name: text({ min: 2, max: 200, minMessage: "Geef een naam van minstens 2 tekens." }),
  description: text({ max: 10_000 }),
  regionId: idSchema.nullable(),
  /** The organisation with the role 'lead' (trekker); becomes a partner of the pact if it was not. */
  leadOrganisationId: idSchema.nullable(),
  startDate: isoDateSchema.nullable(),
  contactName: nullableText(200),
  contactEmail: emailSchema.nullable(),
  themeIds: z.array(idSchema).max(50),
  /** Replaces the pact's funding streams, in this order. */
  fundingStreams: z.array(fundingStreamInputSchema).max(50),
  functions: z.array(regionalFunctionSchema).max(regionalFunctions.length),
  collaborationForm: collaborationFormSchema.nullable(),
  /** Figure 16: items left out are "no" now and in 5 years. */
  governance: governanceInputSchema,
  /** Figures 6–8, for admitted front-runners. */
  followUp: followUpSchema,
  /** A front-runner's regional pact (or breeding ground). Only the national team changes it. */
  parentPactId: idSchema.nullable(),
};

export const pactUpdateInputSchema = z.object(pactEditableFields).partial().extend({ id: idSchema, version: versionSchema });
export type PactUpdateInput = z.infer<typeof pactUpdateInputSchema>;

/** A new pact of any kind; only the national team creates pacts. It starts as a draft. */
export const pactCreateInputSchema = z.object({
  kind: pactKindSchema,
  name: pactEditableFields.name,
  /** Left out, a slug is made from the name. */
  slug: slugSchema.optional(),
  /**
   * Front-runners only; left out, a front-runner starts as 'applied'. Never 'under_review',
   * 'admitted' or 'rejected': those come only through the review with its four criteria.
   */
  admissionStatus: z
    .enum(creatableAdmissionStatuses, {
      error: "Een nieuwe koploper start als aangemeld; toelaten gaat alleen via de beoordeling op de vier criteria.",
    })
    .optional(),
  description: pactEditableFields.description.default(""),
  regionId: pactEditableFields.regionId.default(null),
  leadOrganisationId: pactEditableFields.leadOrganisationId.default(null),
  startDate: pactEditableFields.startDate.default(null),
  contactName: pactEditableFields.contactName.default(null),
  contactEmail: pactEditableFields.contactEmail.default(null),
  themeIds: pactEditableFields.themeIds.default([]),
  fundingStreams: pactEditableFields.fundingStreams.default([]),
  functions: pactEditableFields.functions.default([]),
  collaborationForm: pactEditableFields.collaborationForm.default(null),
  governance: pactEditableFields.governance.default([]),
  followUp: pactEditableFields.followUp.nullable().default(null),
  parentPactId: pactEditableFields.parentPactId.default(null),
});
export type PactCreateInput = z.infer<typeof pactCreateInputSchema>;

export const pactPublicationInputSchema = z.object({
  id: idSchema,
  version: versionSchema,
  publicationStatus: publicationStatusSchema,
});
export type PactPublicationInput = z.infer<typeof pactPublicationInputSchema>;

/** The parts of a pact that depend on its kind, as they would be after a change. */
export interface PactShape {
  kind: PactKind;
  admissionStatus: AdmissionStatus | null;
  functions: readonly RegionalFunction[];
  collaborationForm: CollaborationForm | null;
  governance: readonly GovernanceEntry[];
  followUp: FollowUp | null;
  /** The kind of the parent pact, null without one. */
  parentKind: PactKind | null;
}

export interface PactIssue {
  field: keyof PactShape | "parentPactId";
  message: string;
}

/** Kinds a front-runner may be linked to. */
export const parentKinds: readonly PactKind[] = ["regional_pact", "breeding_ground"];

function isEmptyFollowUp(followUp: FollowUp | null): boolean {
  return followUp === null || (followUp.adoption === null && followUp.challenges.length === 0 && followUp.consolidationAgreements.length === 0);
}

/** What a pact of this kind may not have; empty when the shape is consistent. */
export function pactShapeIssues(shape: PactShape): PactIssue[] {
  const issues: PactIssue[] = [];
  const regional = shape.kind === "regional_pact";
  const frontRunner = shape.kind === "front_runner";
  if (!regional && shape.functions.length > 0) {
    issues.push({ field: "functions", message: "Alleen een regionaal zorgpact heeft functies (platform, podium, projecttrekker)." });
  }
  if (new Set(shape.functions).size !== shape.functions.length) {
    issues.push({ field: "functions", message: "Kies elke functie maar één keer." });
  }
  if (!regional && shape.collaborationForm !== null) {
    issues.push({ field: "collaborationForm", message: "Alleen een regionaal zorgpact heeft een samenwerkingsvorm." });
  }
  if (!regional && hasGovernance(shape.governance)) {
    issues.push({ field: "governance", message: "Governance in de regio (nu en over 5 jaar) hoort bij een regionaal zorgpact." });
  }
  if (frontRunner && shape.admissionStatus === null) {
    issues.push({ field: "admissionStatus", message: "Een koploper heeft een toelatingsstatus." });
  }
  if (!frontRunner && shape.admissionStatus !== null) {
    issues.push({ field: "admissionStatus", message: "Alleen een koploper heeft een toelatingsstatus." });
  }
  if (!isEmptyFollowUp(shape.followUp) && !(frontRunner && shape.admissionStatus === "admitted")) {
    issues.push({ field: "followUp", message: "Adoptie, uitdagingen en borgingsafspraken gelden voor toegelaten koplopers." });
  }
  if (shape.parentKind !== null && !(frontRunner && parentKinds.includes(shape.parentKind))) {
    issues.push({ field: "parentPactId", message: "Alleen een koploper hoort bij een ander zorgpact, en dan bij een regionaal zorgpact of broedplaats." });
  }
  return issues;
}

/** Why a pact may not get this publication status, or null when it may. */
export function publicationIssue(pact: { kind: PactKind; admissionStatus: AdmissionStatus | null }, status: PublicationStatus): string | null {
  if (status === "published" && pact.kind === "front_runner" && pact.admissionStatus !== "admitted") {
    return "Een koploper wordt pas gepubliceerd als hij is toegelaten tot de Kopgroep.";
  }
  return null;
}

/** A slug from a name: lower case, no accents, words joined by hyphens; the caller makes it unique. */
export function slugify(name: string): string {
  const slug = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 70)
    .replace(/-+$/g, "");
  return slug.length >= 2 ? slug : "zorgpact";
}
