import { z } from "zod";
import { idSchema, pageInputSchema, pagedSchema } from "./common.ts";
import { chainLinkSchema, chainNodeSchema, type ChainCompleteness } from "./effect-chain.ts";
import { indicatorSchema } from "./indicator.ts";
import { partnerSchema } from "./organisation.ts";
import { phaseEntrySchema, phaseNumberSchema } from "./phase.ts";
import { regionSchema } from "./region.ts";
import { taxonomyTermSchema } from "./taxonomy.ts";

export const pactKinds = ["national", "regional_pact", "front_runner", "breeding_ground"] as const;
export const pactKindSchema = z.enum(pactKinds);
export type PactKind = z.infer<typeof pactKindSchema>;

export const admissionStatuses = ["applied", "under_review", "admitted", "rejected"] as const;
export const admissionStatusSchema = z.enum(admissionStatuses);
export type AdmissionStatus = z.infer<typeof admissionStatusSchema>;

/** Figure 15: what a regional pact does for its region; any combination. */
export const regionalFunctions = ["platform", "podium", "project_lead"] as const;
export const regionalFunctionSchema = z.enum(regionalFunctions);

export const collaborationForms = ["light", "firm"] as const;
export const collaborationFormSchema = z.enum(collaborationForms);

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
  search: z.string().trim().max(100).optional(),
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

export const pactGetInputSchema = z.union([z.object({ id: idSchema }), z.object({ slug: z.string().min(1).max(80) })]);

export const chainCompletenessSchema = z.object({
  effectsWithoutResult: z.array(idSchema),
  resultsWithoutActivity: z.array(idSchema),
  activitiesWithoutInput: z.array(idSchema),
  complete: z.boolean(),
}) satisfies z.ZodType<ChainCompleteness>;

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
  checklist: z.array(z.object({ phase: phaseNumberSchema, itemKey: z.string(), done: z.boolean() })),
  partners: z.array(partnerSchema),
  themes: z.array(taxonomyTermSchema),
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

export const pactUpdateInputSchema = z.object({
  id: idSchema,
  version: z.number().int().min(1),
  name: z.string().trim().min(2, { error: "Geef een naam van minstens 2 tekens." }).max(200),
  description: z.string().trim().max(10_000).default(""),
  startDate: z.iso.date({ error: "Gebruik een datum in de vorm JJJJ-MM-DD." }).nullable().default(null),
  contactName: z.string().trim().max(200).nullable().default(null),
  contactEmail: z.email({ error: "Vul een geldig e-mailadres in." }).nullable().default(null),
});
export type PactUpdateInput = z.infer<typeof pactUpdateInputSchema>;
