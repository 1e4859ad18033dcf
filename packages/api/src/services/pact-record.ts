import { findPactForUpdate, type StoredPact } from "@zorgpact/db/repositories/pact-admin.repository";
import { getPactEditDetail } from "@zorgpact/db/repositories/pact.repository";
import type { PactEditDetail } from "@zorgpact/domain/pact";
import { assertCanEditPact } from "../access.ts";
import type { AuditNote } from "../audit.ts";
import type { Context } from "../context.ts";
import { notFound } from "../errors.ts";

/** What every service gets: the request context with the audit note its procedure fills. */
export type ServiceContext = Context & { audit: AuditNote };

export const PACT_NOT_FOUND = "Dit zorgpact bestaat niet.";
const PACT_ARCHIVED = "Dit zorgpact is gearchiveerd. Het landelijke Zorgpact-team kan het terugzetten.";

/**
 * The pact a change is about, after the per-record check: NOT_FOUND when it does not exist,
 * FORBIDDEN when the caller may not edit it, NOT_FOUND again when it is archived (nothing in an
 * archived pact changes until it is restored).
 */
export async function editablePact(ctx: ServiceContext, pactId: string): Promise<StoredPact> {
  const pact = await findPactForUpdate(ctx.db, pactId);
  if (!pact) throw notFound(PACT_NOT_FOUND);
  assertCanEditPact(ctx, pactId);
  if (pact.archivedAt) throw notFound(PACT_ARCHIVED);
  return pact;
}

/** The pact as the admin app shows it, after a change or for editing. */
export async function editDetail(ctx: ServiceContext, id: string): Promise<PactEditDetail> {
  const detail = await getPactEditDetail(ctx.db, id);
  if (!detail) throw notFound(PACT_NOT_FOUND);
  return detail;
}

/** Whether a database error is a unique violation: a duplicate that slipped past the check before it. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "23505";
}

/** Whether a database error is a foreign-key violation: something still refers to the row. */
export function isForeignKeyViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "23503";
}
