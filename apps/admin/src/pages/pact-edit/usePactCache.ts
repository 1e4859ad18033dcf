import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import type { PactEditDetail } from "@zorgpact/domain/pact";
import { trpc } from "../../trpc.ts";

/**
 * Every pact mutation answers with the whole pact: put it in the cache of `pact.getForEdit`
 * (so each section shows it at once) and let the pact tables fetch again when next shown.
 */
export function usePactCache(pactId: string) {
  const queryClient = useQueryClient();
  const store = useCallback(
    (next: PactEditDetail) => {
      queryClient.setQueryData(trpc.pact.getForEdit.queryKey({ id: pactId }), next);
      void queryClient.invalidateQueries({ queryKey: trpc.pact.listManaged.queryKey() });
    },
    [pactId, queryClient],
  );
  /** The stored pact as it is now on the server, bypassing the cache. */
  const fetchLatest = useCallback(() => queryClient.fetchQuery({ ...trpc.pact.getForEdit.queryOptions({ id: pactId }), staleTime: 0 }), [pactId, queryClient]);
  return { store, fetchLatest };
}
