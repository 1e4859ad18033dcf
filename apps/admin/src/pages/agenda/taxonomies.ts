import { useQuery } from "@tanstack/react-query";
import type { TaxonomyKind, TaxonomyTerm } from "@zorgpact/domain/taxonomy";
import { trpc } from "../../trpc.ts";

export type Taxonomies = Record<TaxonomyKind, TaxonomyTerm[]> & { isPending: boolean; isError: boolean; retry: () => void };

/** The terms in use of every kind, for the pickers of the agenda editor. */
export function useTaxonomies(): Taxonomies {
  const theme = useQuery(trpc.taxonomy.list.queryOptions({ kind: "theme" }));
  const resultDomain = useQuery(trpc.taxonomy.list.queryOptions({ kind: "result_domain" }));
  const resultArea = useQuery(trpc.taxonomy.list.queryOptions({ kind: "result_area" }));
  const targetGroup = useQuery(trpc.taxonomy.list.queryOptions({ kind: "target_group" }));
  const effectCategory = useQuery(trpc.taxonomy.list.queryOptions({ kind: "effect_category" }));
  const all = [theme, resultDomain, resultArea, targetGroup, effectCategory];
  return {
    theme: theme.data ?? [],
    result_domain: resultDomain.data ?? [],
    result_area: resultArea.data ?? [],
    target_group: targetGroup.data ?? [],
    effect_category: effectCategory.data ?? [],
    isPending: all.some((q) => q.isPending),
    isError: all.some((q) => q.isError),
    retry: () => all.forEach((q) => q.isError && void q.refetch()),
  };
}

/**
 * The terms to offer: those in use, plus the ones a record already has that have since been
 * retired (the API lets a record keep them), marked as such by the caller.
 */
export function termChoices(inUse: readonly TaxonomyTerm[], known: readonly TaxonomyTerm[], keepIds: readonly string[]): TaxonomyTerm[] {
  const ids = new Set(inUse.map((t) => t.id));
  const kept = keepIds.flatMap((id) => (ids.has(id) ? [] : known.filter((t) => t.id === id)));
  return [...inUse, ...kept.map((t) => ({ ...t, retired: true }))];
}
