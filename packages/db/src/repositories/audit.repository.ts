import type { AuditEntry, AuditListInput } from "@zorgpact/domain/audit";
import { pageOffset, type Paged } from "@zorgpact/domain/common";
import type { Kysely } from "kysely";
import type { AuditChanges, Database } from "../schema.ts";

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
}

/** The only write the audit log allows: append. */
export async function appendAudit(db: Executor, entry: NewAuditEntry): Promise<void> {
  await db
    .insertInto("auditLog")
    .values({ ...entry, changes: entry.changes ? JSON.stringify(entry.changes) : null })
    .execute();
}

export async function listAudit(db: Executor, input: AuditListInput): Promise<Paged<AuditEntry>> {
  let base = db.selectFrom("auditLog");
  if (input.actorEmail) base = base.where("actorEmail", "ilike", `%${input.actorEmail.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  if (input.action) base = base.where("action", "=", input.action);
  if (input.result) base = base.where("result", "=", input.result);
  if (input.objectId) base = base.where("objectId", "=", input.objectId);
  if (input.from) base = base.where("at", ">=", `${input.from}T00:00:00Z`);
  if (input.to) base = base.where("at", "<", new Date(Date.parse(`${input.to}T00:00:00Z`) + 86_400_000).toISOString());

  const [{ total }, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll<string>().as("total")).executeTakeFirstOrThrow(),
    base
      .select(["id", "at", "actorUserId", "actorEmail", "action", "objectType", "objectId", "pactId", "result", "ip", "changes"])
      .orderBy("id", "desc")
      .limit(input.pageSize)
      .offset(pageOffset(input))
      .execute(),
  ]);
  return {
    items: rows.map((r) => ({ ...r, result: r.result })),
    total: Number(total),
    page: input.page,
    pageSize: input.pageSize,
  };
}

export async function listAuditActions(db: Executor): Promise<string[]> {
  const rows = await db.selectFrom("auditLog").select("action").distinct().orderBy("action").execute();
  return rows.map((r) => r.action);
}
