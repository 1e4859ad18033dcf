import { QueryClient } from "@tanstack/react-query";
import { errorCode } from "@zorgpact/ui/errors.ts";
import { createApi } from "./api-client.ts";

/** Client errors (not found, bad input, forbidden) will not change on a retry; network and server errors may. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  const code = errorCode(error);
  if (code && code !== "INTERNAL_SERVER_ERROR" && code !== "TIMEOUT") return false;
  return failureCount < 2;
}

/**
 * One QueryClient and API proxy for the lifetime of the page. The public site uses its own small
 * proxy over fetch instead of tRPC's client (src/api-client.ts: the landing page's JavaScript budget).
 */
export const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 30_000, retry: shouldRetry, refetchOnWindowFocus: false } },
});
export const trpc = createApi("/trpc");
