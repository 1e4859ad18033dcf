import type { TRPCRequestInfo } from "@trpc/server/http";
import { badRequest } from "@zorgpact/api/errors";

/** The most calls one HTTP request may carry; the browser apps' batch link sends at most as many. */
export const MAX_BATCH_CALLS = 10;

/** Procedures that must come one per request, so a request is one attempt (password guesses). */
const ALONE = new Set(["auth.login"]);

/**
 * Refuses a batch before any procedure runs: one request must not carry hundreds of calls, and
 * a login must not ride in a batch with others (one request, one password guess). Thrown from
 * the context, so every call of the batch answers 400 with the reason in Dutch.
 */
export function assertAllowedBatch(info: Pick<TRPCRequestInfo, "calls">): void {
  const paths = info.calls.map((call) => call.path);
  if (paths.length > MAX_BATCH_CALLS) {
    throw badRequest(`Een verzoek mag hoogstens ${MAX_BATCH_CALLS} aanroepen bundelen; dit verzoek bevat er ${paths.length}.`);
  }
  if (paths.length > 1 && paths.some((path) => ALONE.has(path))) {
    throw badRequest("Inloggen gaat met één los verzoek, niet gebundeld met andere aanroepen.");
  }
}
