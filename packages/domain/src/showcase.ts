import { z } from "zod";
import { idSchema, integer, pageInputSchema, pagedSchema } from "./common.ts";
import { adoptionSchema, consolidationSchema } from "./front-runner.ts";

/** The front-runner showcase (Kopgroep): published front-runners, filtered by theme, region, target group and result area. */
export const showcaseListInputSchema = pageInputSchema.extend({
  pageSize: integer({ min: 1, max: 50 }).default(12),
  themeId: idSchema.optional(),
  regionId: idSchema.optional(),
  /** Front-runners with an effect for this target group (an effect category under it). */
  targetGroupId: idSchema.optional(),
  /** Front-runners with a result in this result area. */
  resultAreaId: idSchema.optional(),
});
export type ShowcaseListInput = z.infer<typeof showcaseListInputSchema>;

const termRefSchema = z.object({ id: idSchema, label: z.string() });
export type TermRef = z.infer<typeof termRefSchema>;

export const showcaseItemSchema = z.object({
  id: idSchema,
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  region: z.object({ id: idSchema, name: z.string() }).nullable(),
  /** The published regional pact or breeding ground the front-runner belongs to. */
  parentPact: z.object({ slug: z.string(), name: z.string() }).nullable(),
  themes: z.array(termRefSchema),
  results: z.array(z.object({ id: idSchema, title: z.string(), area: termRefSchema.nullable() })),
  effects: z.array(z.object({ id: idSchema, title: z.string(), category: termRefSchema.nullable(), targetGroup: termRefSchema.nullable() })),
  /** Figure 6: has the concept been taken over elsewhere? Null when not (yet) recorded. */
  adoption: adoptionSchema.nullable(),
  /** Figure 8: agreements to consolidate the approach. */
  consolidationAgreements: z.array(consolidationSchema),
});
export type ShowcaseItem = z.infer<typeof showcaseItemSchema>;
export const showcasePageSchema = pagedSchema(showcaseItemSchema);
