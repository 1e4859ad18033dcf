import { useQueries, useQuery } from "@tanstack/react-query";
import type { PactSummary } from "@zorgpact/domain/pact";
import { trpc } from "../trpc.ts";

const PAGE_SIZE = 100; // the API's largest page

/**
 * Every pact the signed-in user manages, page after page (for pickers and for showing names where
 * the API gives ids). Sorted by name.
 */
export function useAllManagedPacts() {
  const first = useQuery(trpc.pact.listManaged.queryOptions({ page: 1, pageSize: PAGE_SIZE }));
  const pages = first.data ? Math.ceil(first.data.total / PAGE_SIZE) : 1;
  const rest = useQueries({
    queries: Array.from({ length: Math.max(0, pages - 1) }, (_, i) => trpc.pact.listManaged.queryOptions({ page: i + 2, pageSize: PAGE_SIZE })),
  });
  const all = [first, ...rest];
  const isPending = all.some((q) => q.isPending);
  const isError = all.some((q) => q.isError);
  const pacts: PactSummary[] = isPending || isError ? [] : all.flatMap((q) => q.data?.items ?? []).sort((a, b) => a.name.localeCompare(b.name, "nl"));
  return {
    pacts,
    isPending,
    isError,
    refetch: () => all.forEach((q) => void q.refetch()),
  };
}

/** Pact id → name, for tables that only know the id. */
export function pactNames(pacts: readonly PactSummary[]): Map<string, string> {
  return new Map(pacts.map((p) => [p.id, p.name]));
}
