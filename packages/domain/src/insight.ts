import { z } from "zod";
import { idSchema } from "./common.ts";

/**
 * Results and effects (figures 9–14 of the 2018 publication): for each result area and effect
 * category, how many published regional pacts and front-runners name it in their effect chain,
 * and which share of all of them (N) that is. The publication got these from a survey; here they
 * are computed from the chains themselves.
 */

export const shareSchema = z.object({
  count: z.number().int().min(0),
  /** count / N, between 0 and 1; null when N is 0. */
  share: z.number().min(0).max(1).nullable(),
});
export type Share = z.infer<typeof shareSchema>;

export const insightRowSchema = z.object({
  termId: idSchema,
  label: z.string(),
  regionalPacts: shareSchema,
  frontRunners: shareSchema,
});
export type InsightRow = z.infer<typeof insightRowSchema>;

/** Result areas under their result domain, or effect categories under their target group. */
export const insightGroupSchema = z.object({
  /** Null for terms without a parent. */
  groupId: idSchema.nullable(),
  label: z.string().nullable(),
  rows: z.array(insightRowSchema),
});
export type InsightGroup = z.infer<typeof insightGroupSchema>;

export const resultsAndEffectsSchema = z.object({
  n: z.object({
    regionalPacts: z.number().int().min(0),
    frontRunners: z.number().int().min(0),
  }),
  resultAreas: z.array(insightGroupSchema),
  effectCategories: z.array(insightGroupSchema),
});
export type ResultsAndEffects = z.infer<typeof resultsAndEffectsSchema>;

export interface InsightTerm {
  id: string;
  label: string;
  parentId: string | null;
}

/** One pact naming one term somewhere in its chain (a result node's area or an effect node's category). */
export interface TermMention {
  termId: string;
  pactId: string;
  pactKind: "regional_pact" | "front_runner";
}

export function share(count: number, n: number): Share {
  return { count, share: n === 0 ? null : Math.min(1, count / n) };
}

/**
 * Each term (in the order given) under its parent group (in the order given), with the number of
 * distinct pacts of each kind that name it and their share of N. Terms whose parent is not among
 * the groups are put in a last group without a label; groups without terms are left out.
 */
export function groupedShares(
  groups: readonly Omit<InsightTerm, "parentId">[],
  terms: readonly InsightTerm[],
  mentions: readonly TermMention[],
  n: ResultsAndEffects["n"],
): InsightGroup[] {
  const pactsByTerm = new Map<string, { regional: Set<string>; frontRunner: Set<string> }>();
  for (const mention of mentions) {
    const entry = pactsByTerm.get(mention.termId) ?? { regional: new Set<string>(), frontRunner: new Set<string>() };
    (mention.pactKind === "regional_pact" ? entry.regional : entry.frontRunner).add(mention.pactId);
    pactsByTerm.set(mention.termId, entry);
  }
  const counts = new Map([...pactsByTerm].map(([termId, entry]) => [termId, { regional: entry.regional.size, frontRunner: entry.frontRunner.size }]));
  return groupedCounts(groups, terms, counts, n);
}

/** Per term, the distinct pacts of each kind naming it, counted already (in SQL or a rollup). */
export type TermCounts = ReadonlyMap<string, { regional: number; frontRunner: number }>;

/** As groupedShares, from counts per term instead of the mentions themselves. */
export function groupedCounts(
  groups: readonly Omit<InsightTerm, "parentId">[],
  terms: readonly InsightTerm[],
  counts: TermCounts,
  n: ResultsAndEffects["n"],
): InsightGroup[] {
  const row = (term: InsightTerm): InsightRow => {
    const entry = counts.get(term.id);
    return {
      termId: term.id,
      label: term.label,
      regionalPacts: share(entry?.regional ?? 0, n.regionalPacts),
      frontRunners: share(entry?.frontRunner ?? 0, n.frontRunners),
    };
  };
  const groupIds = new Set(groups.map((g) => g.id));
  const result: InsightGroup[] = groups.map((group) => ({
    groupId: group.id,
    label: group.label,
    rows: terms.filter((t) => t.parentId === group.id).map(row),
  }));
  result.push({ groupId: null, label: null, rows: terms.filter((t) => t.parentId === null || !groupIds.has(t.parentId)).map(row) });
  return result.filter((group) => group.rows.length > 0);
}
