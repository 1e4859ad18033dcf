import { pactNames, recordName, type RecordName } from "@zorgpact/db/repositories/audit-label.repository";
import type { Db } from "@zorgpact/db/database";
import type { AuditNote } from "./audit.ts";

export interface AuditNames {
  objectLabel: string | null;
  /** The note's pact, or the pact the record belongs to when the service did not say. */
  pactId: string | null;
  pactLabel: string | null;
}

/**
 * The names an audit row keeps: the service's own label, else the record's name after the change,
 * else before it (a deleted record); and the pact's name. Looked up on the change's transaction.
 */
export async function auditNames(db: Db, note: AuditNote, nameBefore?: RecordName): Promise<AuditNames> {
  const nameAfter = await recordName(db, note);
  const name = nameAfter ?? nameBefore;
  const pactId = note.pactId ?? name?.pactId ?? null;
  const pactLabel = pactId ? ((await pactNames(db, [pactId])).get(pactId) ?? null) : null;
  return { objectLabel: note.objectLabel ?? name?.label ?? null, pactId, pactLabel };
}
