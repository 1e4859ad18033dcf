/**
 * The procedure paths of the API, read from the router's type: the audit log's Dutch action labels
 * are typed against them, so a new mutation without a Dutch label (or a label for a procedure that
 * no longer exists) fails the admin app's typecheck.
 */
import type { AppRouter } from "@zorgpact/api/root";

type ProcedureType = "query" | "mutation" | "subscription";

/** A walk over the router record: a procedure has `_def.type`; anything else is a nested router record. */
type PathsOf<TRecord, TType extends ProcedureType, Prefix extends string = ""> = {
  [K in keyof TRecord & string]: TRecord[K] extends { _def: { type: infer T } }
    ? T extends TType
      ? `${Prefix}${K}`
      : never
    : PathsOf<TRecord[K], TType, `${Prefix}${K}.`>;
}[keyof TRecord & string];

type RouterRecord = AppRouter["_def"]["record"];

/** Every mutation, e.g. "partner.add": each needs a Dutch label. */
export type MutationPath = PathsOf<RouterRecord, "mutation">;
/** Every query: refused reads leave a row too, so they may have a label. */
export type QueryPath = PathsOf<RouterRecord, "query">;
/** Rows the audit middleware writes under a name of its own (anonymous refusals counted together). */
export type SyntheticAuditAction = "audit.suppressed";

export type AuditAction = MutationPath | QueryPath | SyntheticAuditAction;

/** A feature's share of the labels: only real procedure paths. */
export type AuditLabels = Partial<Record<AuditAction, string>>;

/** All labels together: every mutation has one. */
export type CompleteAuditLabels = Record<MutationPath, string> & AuditLabels;
