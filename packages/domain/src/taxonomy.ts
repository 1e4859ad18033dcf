import { z } from "zod";
import { idSchema, integer, text, pageInputSchema, pagedSchema, searchSchema, sortDirectionSchema, versionSchema } from "./common.ts";

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

/** Why a term of `kind` may not hang under a parent of `parentKind` (null: no parent), or null when it may. */
export function parentIssue(kind: TaxonomyKind, parent: { kind: TaxonomyKind; retired: boolean } | null): string | null {
  const wanted = parentKindOf(kind);
  if (wanted === null) return parent === null ? null : "Deze soort term staat niet onder een andere term.";
  const name = wanted === "result_domain" ? "een resultaatdomein" : "een doelgroep";
  if (parent === null || parent.kind !== wanted) return `Kies ${name} waar deze term onder valt.`;
  if (parent.retired) return `Kies ${name} dat nog in gebruik is.`;
  return null;
}

const labelSchema = text({ min: 2, max: 200, minMessage: "Geef een naam van minstens 2 tekens." });
const sortOrderSchema = integer({ max: 10_000 });

export const taxonomyCreateInputSchema = z.object({
  kind: taxonomyKindSchema,
  label: labelSchema,
  /** Required for result areas (under a result domain) and effect categories (under a target group). */
  parentId: idSchema.nullable().default(null),
  /** Position in its list; left out, the term goes last. */
  sortOrder: sortOrderSchema.optional(),
});
export type TaxonomyCreateInput = z.infer<typeof taxonomyCreateInputSchema>;

export const taxonomyUpdateInputSchema = z.object({
  id: idSchema,
  version: versionSchema,
  label: labelSchema,
  parentId: idSchema.nullable(),
  sortOrder: sortOrderSchema,
});
export type TaxonomyUpdateInput = z.infer<typeof taxonomyUpdateInputSchema>;

export const taxonomySortFields = ["sortOrder", "label", "usageCount"] as const;
export const taxonomyAdminListInputSchema = pageInputSchema.extend({
  pageSize: integer({ min: 1, max: 100 }).default(100),
  kind: taxonomyKindSchema.optional(),
  search: searchSchema,
  /** Left out: active and retired terms alike. */
  retired: z.boolean().optional(),
  sort: z.enum(taxonomySortFields).default("sortOrder"),
  direction: sortDirectionSchema.default("asc"),
});
export type TaxonomyAdminListInput = z.infer<typeof taxonomyAdminListInputSchema>;

/**
 * A term as the national team manages it. `usageCount` counts what refers to it (pacts'
 * themes, chain nodes, child terms, …): a term in use can be retired but not deleted.
 */
export const taxonomyTermRecordSchema = taxonomyTermSchema.extend({
  parentLabel: z.string().nullable(),
  sortOrder: z.number().int(),
  usageCount: z.number().int().min(0),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type TaxonomyTermRecord = z.infer<typeof taxonomyTermRecordSchema>;
export const taxonomyTermPageSchema = pagedSchema(taxonomyTermRecordSchema);
