import type { AuditChanges } from "@zorgpact/db/schema";

/** What a procedure tells the audit trail about the record it touched. */
export interface AuditNote {
  objectType: string | null;
  objectId: string | null;
  pactId: string | null;
  changes: AuditChanges | null;
  /** For calls without a session, e.g. a login attempt: who the caller claimed to be. */
  claimedEmail: string | null;
}

export function emptyAuditNote(): AuditNote {
  return { objectType: null, objectId: null, pactId: null, changes: null, claimedEmail: null };
}
