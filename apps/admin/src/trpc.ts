import { createTrpc } from "@zorgpact/ui/trpc.ts";

/** One QueryClient and tRPC proxy for the lifetime of the page. */
export const { queryClient, trpc } = createTrpc();
