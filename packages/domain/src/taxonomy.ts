import { z } from "zod";
import { idSchema } from "./common.ts";

/**
 * Taxonomies are data, not enums: the national team extends them. These are the kinds of list;
 * a term may sit under a parent (a result area under its domain, an effect category under its
 * target group).
 */
export const taxonomyKinds = ["theme", "result_domain", "result_area", "target_group", "effect_category"] as const;
export const taxonomyKindSchema = z.enum(taxonomyKinds);
export type TaxonomyKind = z.infer<typeof taxonomyKindSchema>;

export const taxonomyTermSchema = z.object({
  id: idSchema,
  kind: taxonomyKindSchema,
  label: z.string(),
  parentId: idSchema.nullable(),
  retired: z.boolean(),
});
export type TaxonomyTerm = z.infer<typeof taxonomyTermSchema>;

/** Which kind of parent a term of this kind hangs under, if any. */
export function parentKindOf(kind: TaxonomyKind): TaxonomyKind | null {
  if (kind === "result_area") return "result_domain";
  if (kind === "effect_category") return "target_group";
  return null;
}
