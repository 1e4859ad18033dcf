import type { Db } from "@zorgpact/db/database";
import { classifyDatabaseError } from "@zorgpact/db/database-errors";
import { recordName, type RecordName } from "@zorgpact/db/repositories/audit-label.repository";
import { appendAudit } from "@zorgpact/db/repositories/audit.repository";
import { bumpPublicationVersion } from "@zorgpact/db/repositories/publication-version.repository";
import type { Database } from "@zorgpact/db/schema";
import type { TRPCError } from "@trpc/server";
import type { Transaction } from "kysely";
import type { AuditNote } from "../audit.ts";
import { auditNames } from "../audit-names.ts";
import type { Context } from "../context.ts";
import { fromDatabaseError } from "../errors.ts";
import { announceCommittedVersion } from "../publication-cache.ts";

/**
 * The one service kernel. Every service takes a `ServiceContext` (the request context plus the
 * audit note its procedure fills) and writes through `mutate`:
 *
 *   CPU work first (parse, hash) → `mutate(ctx, async (trx) => { read, check, write })`
 *
 * `mutate` runs the work in one transaction and appends the audit row inside it, so a change
 * that cannot be audited does not happen. Database failures are mapped once, in
 * `fromDatabaseError`: a unique-violation race becomes CONFLICT (or the service's own field
 * error through `onUniqueViolation`), a lost connection SERVICE_UNAVAILABLE, never a 500.
 * Reads for a change happen on `trx`, never on `ctx.db`, inside the callback.
 */
export type ServiceContext = Context & { audit: AuditNote };

/** A transaction handed to the work of one change. */
export type Trx = Transaction<Database>;

/** Either the database or an open transaction: what repositories and guards take. */
export type Executor = Db | Trx;

export interface MutateOptions {
  /** The service's own message for a duplicate (e.g. a field error on `slug`); CONFLICT otherwise. */
  onUniqueViolation?: (constraint: string | undefined) => TRPCError;
  /** The service's own message for a row still referred to, or referring to one that vanished. */
  onForeignKeyViolation?: (constraint: string | undefined) => TRPCError;
}

export async function mutate<T>(ctx: ServiceContext, work: (trx: Trx) => Promise<T>, options: MutateOptions = {}): Promise<T> {
  try {
    let publicationVersion = 0;
    const outcome = await ctx.db.transaction().execute(async (trx) => {
      // The name before the change, for a record the work deletes.
      const nameBefore = await recordName(trx, ctx.audit);
      const result = await work(trx);
      await recordAudit(trx, ctx, nameBefore);
      // Last, so the version row's lock is held only for the commit: the NOTIFY fires on commit
      // and every server process drops its cached public answers (publication-cache.ts).
      publicationVersion = await bumpPublicationVersion(trx);
      return result;
    });
    announceCommittedVersion(ctx.db, publicationVersion);
    return outcome;
  } catch (error) {
    // Rolled back, audit row included: the audit middleware records the failure instead.
    ctx.audit.recorded = false;
    const failure = classifyDatabaseError(error);
    if (failure?.kind === "unique_violation" && options.onUniqueViolation) throw options.onUniqueViolation(failure.constraint);
    if (failure?.kind === "foreign_key_violation" && options.onForeignKeyViolation) throw options.onForeignKeyViolation(failure.constraint);
    throw fromDatabaseError(error);
  }
}

/**
 * Appends the audit row of a successful change inside the change's transaction. `mutate` calls
 * it; a service never needs to.
 */
export async function recordAudit(trx: Trx, ctx: ServiceContext, nameBefore?: RecordName): Promise<void> {
  const { objectLabel, pactId, pactLabel } = await auditNames(trx, ctx.audit, nameBefore);
  await appendAudit(trx, {
    actorUserId: ctx.session?.userId ?? null,
    actorEmail: ctx.session?.email ?? ctx.audit.claimedEmail,
    action: ctx.audit.action,
    objectType: ctx.audit.objectType,
    objectId: ctx.audit.objectId,
    pactId,
    result: "ok",
    ip: ctx.ip,
    changes: ctx.audit.changes,
    objectLabel,
    pactLabel,
  });
  ctx.audit.recorded = true;
}

/** Notes the record a change is about, for the audit row (also for a refusal). */
export function noteRecord(ctx: ServiceContext, objectType: string, objectId: string | null, pactId: string | null = null): void {
  ctx.audit.objectType = objectType;
  ctx.audit.objectId = objectId;
  if (pactId) ctx.audit.pactId = pactId;
}
