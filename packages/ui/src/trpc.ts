import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import type { AppRouter } from "@zorgpact/api/root";
import { errorCode } from "./errors.ts";

/** Client errors (not found, bad input, forbidden) will not change on a retry; network and server errors may. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  const code = errorCode(error);
  if (code && code !== "INTERNAL_SERVER_ERROR" && code !== "TIMEOUT") return false;
  return failureCount < 2;
}

export interface TrpcOptions {
  /**
   * Called for every failed query and mutation with its `meta`: the one place an app reacts to an
   * error that concerns every page (the admin app ends the session on UNAUTHORIZED here).
   */
  onError?: (error: unknown, meta: Record<string, unknown> | undefined) => void;
}

/**
 * The tRPC setup of a browser app: call once at module level in the app (`src/trpc.ts`), so the
 * QueryClient lives as long as the page. The server mounts tRPC at `/trpc` on the same origin.
 */
export function createTrpc(options: TrpcOptions = {}) {
  const { onError } = options;
  const queryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => onError?.(error, query.meta) }),
    mutationCache: new MutationCache({ onError: (error, _variables, _result, mutation) => onError?.(error, mutation.meta) }),
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry, refetchOnWindowFocus: false },
    },
  });
  const trpcClient = createTRPCClient<AppRouter>({
    // The server refuses batches of more than 10 calls (apps/server/src/trpc-batch.ts).
    links: [httpBatchLink({ url: "/trpc", maxItems: 10 })],
  });
  const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
  return { queryClient, trpcClient, trpc };
}

export type Trpc = ReturnType<typeof createTrpc>["trpc"];
