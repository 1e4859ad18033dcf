import { findPactForUpdate, type StoredPact } from "@zorgpact/db/repositories/pact-admin.repository";
import { assertCanEditPact } from "../access.ts";
import { notFound } from "../errors.ts";
import type { Executor, ServiceContext } from "./context.ts";

/**
 * The one set of guards: load the record a change is about, or throw NOT_FOUND / FORBIDDEN.
 * Each takes the transaction of the change, so the check and the write see the same rows.
 */
export const PACT_NOT_FOUND = "Dit zorgpact bestaat niet.";
export const PACT_ARCHIVED = "Dit zorgpact is gearchiveerd. Het landelijke Zorgpact-team kan het terugzetten.";

/**
 * The pact a change is about, after the per-record check: NOT_FOUND when it does not exist,
 * FORBIDDEN when the caller may not edit it, NOT_FOUND again when it is archived (nothing in an
 * archived pact changes until it is restored).
 */
export async function editablePact(ctx: ServiceContext, db: Executor, pactId: string): Promise<StoredPact> {
  const pact = await findPactForUpdate(db, pactId);
  if (!pact) throw notFound(PACT_NOT_FOUND);
  assertCanEditPact(ctx, pactId);
  if (pact.archivedAt) throw notFound(PACT_ARCHIVED);
  return pact;
}

/** A record found through its pact: unknown records and those of archived pacts are not found. */
export function editableRecord<R extends { pactId: string; pactArchived: boolean }>(ctx: ServiceContext, record: R | undefined, message: string): R {
  if (!record || record.pactArchived) throw notFound(message);
  assertCanEditPact(ctx, record.pactId);
  return record;
}

/** A versioned record: a stale version is CONFLICT with the standard message. */
export { staleVersion } from "../errors.ts";
