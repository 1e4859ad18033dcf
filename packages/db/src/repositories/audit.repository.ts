import { amsterdamDayRange, type AuditEntry, type AuditListInput } from "@zorgpact/domain/audit";
import { pageOffset, type Paged } from "@zorgpact/domain/common";
import type { Kysely } from "kysely";
import type { AuditChanges, Database } from "../schema.ts";
import { pactNames, recordNameOf, recordNames } from "./audit-label.repository.ts";

type Executor = Kysely<Database>;

export interface NewAuditEntry {
  actorUserId: string | null;
  actorEmail: string | null;
  action: string;
  objectType: string | null;
  objectId: string | null;
  pactId: string | null;
  result: "ok" | "refused" | "failed";
  ip: string | null;
  changes: AuditChanges | null;
  /** The record's and the pact's names at the time (see audit-label.repository.ts). */
  objectLabel?: string | null;
  pactLabel?: string | null;
}

/** The only write the audit log allows: append. */
export async function appendAudit(db: Executor, entry: NewAuditEntry): Promise<void> {
  await db
    .insertInto("auditLog")
    .values({ ...entry, changes: entry.changes ? JSON.stringify(entry.changes) : null })
    .execute();
}

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * A page of the trail, newest first, each row with the names it reads by: the names kept with the
 * row, or for rows written before names were kept, the record's current name (null when it is gone).
 */
export async function listAudit(db: Executor, input: AuditListInput): Promise<Paged<AuditEntry>> {
  let base = db.selectFrom("auditLog");
  if (input.actorEmail) base = base.where("auditLog.actorEmail", "ilike", likePattern(input.actorEmail));
  if (input.actorUserId) base = base.where("auditLog.actorUserId", "=", input.actorUserId);
  if (input.action) base = base.where("auditLog.action", "=", input.action);
  if (input.result) base = base.where("auditLog.result", "=", input.result);
  if (input.objectType) base = base.where("auditLog.objectType", "=", input.objectType);
  if (input.objectId) base = base.where("auditLog.objectId", "=", input.objectId);
  if (input.record) {
    const pattern = likePattern(input.record);
    base = base.where((eb) => eb.or([eb("auditLog.objectLabel", "ilike", pattern), eb("auditLog.pactLabel", "ilike", pattern)]));
  }
  // Days as the reader means them: Amsterdam midnight to midnight, summer time included.
  const { start, end } = amsterdamDayRange(input);
  if (start) base = base.where("auditLog.at", ">=", start);
  if (end) base = base.where("auditLog.at", "<", end);

  const [{ total }, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll<string>().as("total")).executeTakeFirstOrThrow(),
    base
      .leftJoin("users", "users.id", "auditLog.actorUserId")
      .select([
        "auditLog.id",
        "auditLog.at",
        "auditLog.actorUserId",
        "auditLog.actorEmail",
        "users.name as actorName",
        "auditLog.action",
        "auditLog.objectType",
        "auditLog.objectId",
        "auditLog.objectLabel",
        "auditLog.pactId",
        "auditLog.pactLabel",
        "auditLog.result",
        "auditLog.ip",
        "auditLog.changes",
      ])
      .orderBy("auditLog.id", "desc")
      .limit(input.pageSize)
      .offset(pageOffset(input))
      .execute(),
  ]);

  // Older rows kept no names: look them up now, one query per kind of record on this page.
  const unnamed = rows.filter((r) => r.objectLabel === null && r.objectType && r.objectId);
  const names = await recordNames(
    db,
    unnamed.map((r) => ({ objectType: r.objectType!, objectId: r.objectId! })),
  );
  const withRecordPact = rows.map((r) => ({ ...r, pactId: r.pactId ?? recordNameOf(names, r)?.pactId ?? null }));
  const pacts = await pactNames(
    db,
    withRecordPact.filter((r) => r.pactLabel === null && r.pactId).map((r) => r.pactId!),
  );
  return {
    items: withRecordPact.map((r) => ({
      ...r,
      objectLabel: r.objectLabel ?? recordNameOf(names, r)?.label ?? null,
      pactLabel: r.pactLabel ?? (r.pactId ? (pacts.get(r.pactId) ?? null) : null),
    })),
    total: Number(total),
    page: input.page,
    pageSize: input.pageSize,
  };
}

export async function listAuditActions(db: Executor): Promise<string[]> {
  const rows = await db.selectFrom("auditLog").select("action").distinct().orderBy("action").execute();
  return rows.map((r) => r.action);
}
