import type { AuditChanges } from "@zorgpact/db/schema";

/** What a procedure tells the audit trail about the record it touched. */
export interface AuditNote {
  /** The procedure's path, e.g. `pact.update`; set by the audit middleware. */
  action: string;
  objectType: string | null;
  objectId: string | null;
  pactId: string | null;
  changes: AuditChanges | null;
  /**
   * The record's name as the audit log shows it ("Noorderpoort"); when a service leaves it unset,
   * the kernel looks it up by objectType and objectId (before and after the change, so a deleted
   * record keeps the name it had). See db/repositories/audit-label.repository.ts.
   */
  objectLabel?: string | null;
  /** For calls without a session, e.g. a login attempt: who the caller claimed to be. */
  claimedEmail: string | null;
  /** Set once the row was written inside the change's own transaction (see services/context.ts). */
  recorded: boolean;
  /**
   * A read that travels as a mutation because its input is large (an import's preview carries
   * the file in the body): it changes nothing, so it leaves no row unless it is refused.
   */
  readOnly?: boolean;
}

export function emptyAuditNote(action = ""): AuditNote {
  return { action, objectType: null, objectId: null, pactId: null, changes: null, claimedEmail: null, recorded: false };
}
