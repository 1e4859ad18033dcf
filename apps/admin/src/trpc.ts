import { errorCode } from "@zorgpact/ui/errors.ts";
import { createTrpc } from "@zorgpact/ui/trpc.ts";
import { messages } from "./messages.ts";
import { recordSignOut } from "./auth/sign-out.ts";

/** Put on a query or mutation whose UNAUTHORIZED is an answer, not an ended session (the login form). */
export const HANDLES_UNAUTHORIZED = "handlesUnauthorized";

/**
 * One QueryClient and tRPC proxy for the lifetime of the page. An UNAUTHORIZED from any query or
 * mutation means the session ended while working (idle, too old, ended elsewhere): the app forgets
 * the user once, here, and the auth guard sends them to the login page and back afterwards.
 */
export const { queryClient, trpc } = createTrpc({
  onError(error, meta) {
    if (meta?.[HANDLES_UNAUTHORIZED] === true || errorCode(error) !== "UNAUTHORIZED") return;
    endSession({ notice: messages.auth.sessionExpired, keepReturnPath: true });
  },
});

/** Drops every cached answer except "who is signed in", so nothing of one user is shown to the next. */
export function clearUserData(): void {
  const meHash = queryClient.getQueryCache().find({ queryKey: trpc.auth.me.queryKey(), exact: true })?.queryHash;
  queryClient.removeQueries({ predicate: (query) => query.queryHash !== meHash });
}

/** Forgets the signed-in user; the auth guard (RequireAuth) redirects to the login page. */
export function endSession(reason: { notice: string | null; keepReturnPath: boolean }, options: { clearCache?: boolean } = {}): void {
  const meKey = trpc.auth.me.queryKey();
  if (!queryClient.getQueryData(meKey)?.user) return;
  recordSignOut(reason);
  if (options.clearCache) clearUserData();
  queryClient.setQueryData(meKey, { user: null, sessionEnded: null });
}
