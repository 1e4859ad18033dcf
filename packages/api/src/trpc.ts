import { initTRPC, TRPCError } from "@trpc/server";
import { appendAudit, type NewAuditEntry } from "@zorgpact/db/repositories/audit.repository";
import { isNationalAdmin } from "@zorgpact/domain/permission";
import { z, ZodError } from "zod";
import { auditThrottle } from "./audit-throttle.ts";
import { emptyAuditNote } from "./audit.ts";
import type { Context } from "./context.ts";
import { fromDatabaseError, RetryLater } from "./errors.ts";
import { apiEnv } from "./env.ts";

const GENERIC_SERVER_ERROR = "Er ging iets mis op de server. Probeer het later opnieuw.";

const t = initTRPC.context<Context>().create({
  isDev: !apiEnv.isProduction,
  errorFormatter({ shape, error }) {
    const zodError = error.code === "BAD_REQUEST" && error.cause instanceof ZodError ? z.flattenError(error.cause) : null;
    // Internal errors (including output validation) never reach the client in detail.
    const hideMessage = error.code === "INTERNAL_SERVER_ERROR" && apiEnv.isProduction;
    return {
      ...shape,
      message: hideMessage ? GENERIC_SERVER_ERROR : shape.message,
      data: {
        ...shape.data,
        zodError,
        retryAfterSeconds: error.cause instanceof RetryLater ? error.cause.retryAfterSeconds : null,
      },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

const REFUSALS = new Set(["UNAUTHORIZED", "FORBIDDEN"]);

/**
 * Every mutation and every refused authorization leaves one row in the audit trail. Procedures
 * describe the record they touched through `ctx.audit`.
 */
const audited = t.middleware(async ({ ctx, type, path, next }) => {
  const audit = emptyAuditNote(path);
  const result = await next({ ctx: { audit } });
  // A database failure that a service did not map itself is mapped here, once, so it never
  // surfaces as a 500 (a duplicate is CONFLICT, a lost connection SERVICE_UNAVAILABLE).
  const mapped = !result.ok && result.error.code === "INTERNAL_SERVER_ERROR" ? fromDatabaseError(result.error.cause) : null;
  const error = mapped instanceof TRPCError ? mapped : result.ok ? null : result.error;
  const refused = error !== null && REFUSALS.has(error.code);
  if (((type !== "mutation" || audit.readOnly) && !refused) || audit.recorded) {
    if (mapped instanceof TRPCError) throw mapped;
    return result;
  }

  const outcome = error === null ? "ok" : refused ? "refused" : "failed";
  // Anonymous rows are throttled per address; past the limit they are counted into one summary row.
  const admitted = ctx.session ? { write: true, summaries: [] } : auditThrottle.admit(ctx.ip, path, ctx.now());
  const row: NewAuditEntry = {
    actorUserId: ctx.session?.userId ?? null,
    actorEmail: ctx.session?.email ?? audit.claimedEmail,
    action: path,
    objectType: audit.objectType,
    objectId: audit.objectId,
    pactId: audit.pactId,
    result: outcome,
    ip: ctx.ip,
    changes: error ? { ...audit.changes, reason: error.code } : audit.changes,
  };
  try {
    for (const entry of [...admitted.summaries, ...(admitted.write ? [row] : [])]) await appendAudit(ctx.db, entry);
  } catch (auditError) {
    // Only rows of refusals, failures and changes that wrote nothing of their own get here
    // (changes write theirs inside their transaction, see services/context.ts).
    console.error(`[audit] could not record ${path}:`, auditError);
  }
  if (mapped instanceof TRPCError) throw mapped;
  return result;
});

/** Anyone, signed in or not. */
export const publicProcedure = t.procedure.use(audited);

const SESSION_ENDED_MESSAGE = {
  idle_expired: "Je sessie is verlopen omdat je een tijd niets hebt gedaan. Log opnieuw in.",
  absolute_expired: "Je sessie is verlopen. Log opnieuw in.",
  disabled: "Je account is uitgeschakeld.",
} as const;

/** Signed in: national team or regional editor. */
export const signedInProcedure = publicProcedure.use(({ ctx, next }) => {
  if (ctx.actor.kind !== "user" || !ctx.session) {
    throw new TRPCError({
      code: "UNAUTHORIZED",
      message: ctx.sessionEnded ? SESSION_ENDED_MESSAGE[ctx.sessionEnded] : "Log in om verder te gaan.",
    });
  }
  return next({ ctx: { actor: ctx.actor, session: ctx.session } });
});

/** The national team only. */
export const nationalAdminProcedure = signedInProcedure.use(({ ctx, next }) => {
  if (!isNationalAdmin(ctx.actor)) {
    throw new TRPCError({ code: "FORBIDDEN", message: "Alleen het landelijke Zorgpact-team mag dit doen." });
  }
  return next();
});
