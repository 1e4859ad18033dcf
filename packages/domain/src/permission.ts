import type { Role } from "./account.ts";

/** Who is asking. Anonymous callers are the public. */
export type Actor = { kind: "anonymous" } | { kind: "user"; userId: string; role: Role; pactIds: readonly string[] };

export const ANONYMOUS: Actor = { kind: "anonymous" };

export function isNationalAdmin(actor: Actor): boolean {
  return actor.kind === "user" && actor.role === "national_admin";
}

/** Editors change their own pacts only; the national team changes every pact. */
export function canEditPact(actor: Actor, pactId: string): boolean {
  if (actor.kind !== "user") return false;
  return actor.role === "national_admin" || actor.pactIds.includes(pactId);
}

/** Drafts are seen by whoever may edit them; the public sees published records only. */
export const canSeeDraftOf = canEditPact;

/** Fields only the national team may change, whatever else an editor may do to a record. */
export const protectedPactFields = ["kind", "publicationStatus", "admissionStatus", "parentPactId"] as const;
