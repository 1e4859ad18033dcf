import { canEditPact } from "@zorgpact/domain/permission";
import type { AuditNote } from "./audit.ts";
import type { Context } from "./context.ts";
import { forbidden, unauthorized } from "./errors.ts";

/**
 * The per-record check: the pact a record belongs to against the caller's scopes. The pact is
 * noted for the audit trail first, so a refusal records what was tried.
 */
export function assertCanEditPact(ctx: Pick<Context, "actor"> & { audit: AuditNote }, pactId: string): void {
  ctx.audit.pactId = pactId;
  if (!canEditPact(ctx.actor, pactId)) {
    throw forbidden("Je mag alleen de zorgpacten wijzigen waarvoor je redacteur bent.");
  }
}

/** The signed-in user's id; procedures behind `signedInProcedure` always have one. */
export function currentUserId(ctx: Pick<Context, "session">): string {
  if (!ctx.session) throw unauthorized("Log in om verder te gaan.");
  return ctx.session.userId;
}
