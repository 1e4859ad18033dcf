import { TRPCError } from "@trpc/server";
import { expect } from "vitest";

/**
 * Starts every call at the same moment and waits for all of them. Returns what succeeded and
 * the tRPC errors of the rest; anything that is not a tRPC error fails the test at once.
 */
export async function race<T>(calls: ReadonlyArray<() => Promise<T>>): Promise<{ ok: T[]; errors: TRPCError[] }> {
  const settled = await Promise.allSettled(calls.map((call) => call()));
  const ok: T[] = [];
  const errors: TRPCError[] = [];
  for (const result of settled) {
    if (result.status === "fulfilled") ok.push(result.value);
    else if (result.reason instanceof TRPCError) errors.push(result.reason);
    else throw result.reason;
  }
  return { ok, errors };
}

/**
 * The outcome of a duplicate-key race: exactly one call wins, every other one is told why in
 * words (a field error, or CONFLICT when the database caught it), never a server error.
 */
export function expectOneWinner(outcome: { ok: unknown[]; errors: TRPCError[] }, field: string): void {
  expect(outcome.ok).toHaveLength(1);
  for (const error of outcome.errors) {
    expect(["BAD_REQUEST", "CONFLICT"]).toContain(error.code);
    if (error.code === "BAD_REQUEST") expect(fieldNamed(error)).toBe(field);
  }
}

function fieldNamed(error: TRPCError): string | undefined {
  const cause = error.cause as { issues?: Array<{ path: PropertyKey[] }> } | undefined;
  return cause?.issues?.[0]?.path.join(".");
}
