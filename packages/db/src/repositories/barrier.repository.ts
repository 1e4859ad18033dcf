import {
  barrierReference,
  treatedStatuses,
  type BarrierListInput,
  type BarrierOutcome,
  type BarrierPublicListInput,
  type BarrierRecord,
  type BarrierStatus,
  type Ministry,
  type PublicBarrier,
} from "@zorgpact/domain/barrier";
import { pageOffset, type Paged } from "@zorgpact/domain/common";
import { sql, type Insertable, type Kysely, type Updateable } from "kysely";
import type { Database } from "../schema.ts";
import type { BarriersTable } from "../schema-barrier.ts";
import { containsPattern } from "./search.ts";

type Executor = Kysely<Database>;

/** "RR-0042", "rr42" or "42": the register number a search names, if any. */
function referenceNumber(search: string): number | null {
  const match = /^(?:rr-?)?0*(\d{1,9})$/i.exec(search.trim());
  return match ? Number(match[1]) : null;
}

// ─── Writes ──────────────────────────────────────────────────────────────────────────────

export async function insertBarrier(db: Executor, row: Insertable<BarriersTable>): Promise<{ id: string; number: number }> {
  return db.insertInto("barriers").values(row).returning(["id", "number"]).executeTakeFirstOrThrow();
}

/** Changes a barrier when the stored version matches; false on a stale version. */
export async function updateBarrierRow(db: Executor, id: string, version: number, fields: Updateable<BarriersTable>, at: Date): Promise<boolean> {
  const result = await db
    .updateTable("barriers")
    .set((eb) => ({ ...fields, version: eb("version", "+", 1), updatedAt: at.toISOString() }))
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Removes a barrier when the stored version matches and it is still new; false otherwise. Nothing references a barrier. */
export async function deleteNewBarrierRow(db: Executor, id: string, version: number): Promise<boolean> {
  const result = await db.deleteFrom("barriers").where("id", "=", id).where("version", "=", version).where("status", "=", "new").executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/**
 * Whether a barrier was ever answered or closed, read from its audit trail: a barrier reopened
 * after its answer was public is "new" again but has been published.
 */
export async function barrierWasEverTreated(db: Executor, id: string): Promise<boolean> {
  const row = await db
    .selectFrom("auditLog")
    .select("id")
    .where("objectType", "=", "barrier")
    .where("objectId", "=", id)
    .where("result", "=", "ok")
    .where(sql<string>`changes -> 'after' ->> 'status'`, "in", treatedStatuses)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * A number like the next one, without taking it: what a spam submission is told, so a bot cannot
 * tell its trap apart from a real answer.
 */
export async function probableNextBarrierNumber(db: Executor): Promise<number> {
  const row = await db
    .selectFrom("barriers")
    .select((eb) => eb.fn.max("number").as("last"))
    .executeTakeFirst();
  return Number(row?.last ?? 0) + 1;
}

// ─── The national team's register ────────────────────────────────────────────────────────

const recordColumns = [
  "barriers.id",
  "barriers.number",
  "barriers.question",
  "barriers.context",
  "barriers.organisation",
  "barriers.submitterName",
  "barriers.submitterEmail",
  "barriers.pactId",
  "pacts.name as pactName",
  "barriers.receivedOn",
  "barriers.channel",
  "barriers.source",
  "barriers.ministry",
  "barriers.topic",
  "barriers.status",
  "barriers.answer",
  "barriers.outcome",
  "barriers.answeredOn",
  "barriers.version",
  "barriers.createdAt",
  "barriers.updatedAt",
] as const;

function registerQuery(db: Executor) {
  return db.selectFrom("barriers").leftJoin("pacts", "pacts.id", "barriers.pactId");
}

function toRecord<R extends { number: number }>(row: R): R & { reference: string } {
  return { ...row, reference: barrierReference(row.number) };
}

export async function findBarrierRecord(db: Executor, id: string): Promise<BarrierRecord | undefined> {
  const row = await registerQuery(db).select(recordColumns).where("barriers.id", "=", id).executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

/** Every barrier, newest first; search covers the question, topic, answer, submitter and reference. */
export async function listBarriers(db: Executor, input: BarrierListInput): Promise<Paged<BarrierRecord>> {
  let base = registerQuery(db);
  if (input.status) base = base.where("barriers.status", "=", input.status);
  if (input.ministry) base = base.where("barriers.ministry", "=", input.ministry);
  if (input.outcome) base = base.where("barriers.outcome", "=", input.outcome);
  if (input.year) base = base.where((eb) => eb(eb.fn("coalesce", ["barriers.answeredOn", "barriers.receivedOn"]), ">=", `${input.year}-01-01`));
  if (input.year) base = base.where((eb) => eb(eb.fn("coalesce", ["barriers.answeredOn", "barriers.receivedOn"]), "<=", `${input.year}-12-31`));
  if (input.search) {
    const pattern = containsPattern(input.search);
    const number = referenceNumber(input.search);
    base = base.where((eb) =>
      eb.or([
        eb("barriers.question", "ilike", pattern),
        eb("barriers.topic", "ilike", pattern),
        eb("barriers.answer", "ilike", pattern),
        eb("barriers.organisation", "ilike", pattern),
        eb("barriers.submitterName", "ilike", pattern),
        eb("barriers.submitterEmail", "ilike", pattern),
        ...(number === null ? [] : [eb("barriers.number", "=", number)]),
      ]),
    );
  }
  const [{ total }, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as("total")).executeTakeFirstOrThrow(),
    base
      .select(recordColumns)
      .orderBy("barriers.receivedOn", "desc")
      .orderBy("barriers.number", "desc")
      .limit(input.pageSize)
      .offset(pageOffset(input))
      .execute(),
  ]);
  return { items: rows.map(toRecord), total: Number(total), page: input.page, pageSize: input.pageSize };
}

// ─── What the public sees ────────────────────────────────────────────────────────────────

/** Treated barriers only; the pact is named only when it is published and not archived. */
function publicQuery(db: Executor) {
  return db
    .selectFrom("barriers")
    .leftJoin("pacts", (join) =>
      join.onRef("pacts.id", "=", "barriers.pactId").on("pacts.publicationStatus", "=", "published").on("pacts.archivedAt", "is", null),
    )
    .where("barriers.status", "in", treatedStatuses);
}

// Selected column by column: the submitter's name, e-mail, organisation and context are never read here.
const publicColumns = [
  "barriers.id",
  "barriers.number",
  "barriers.question",
  "barriers.topic",
  "barriers.ministry",
  "barriers.status",
  "barriers.outcome",
  "barriers.answer",
  "barriers.answeredOn",
  "barriers.source",
  "pacts.id as pactId",
  "pacts.slug as pactSlug",
  "pacts.name as pactName",
] as const;

interface PublicRow {
  id: string;
  number: number;
  question: string;
  topic: string | null;
  ministry: Ministry | null;
  status: BarrierStatus;
  outcome: BarrierOutcome | null;
  answer: string | null;
  answeredOn: string | null;
  source: string | null;
  pactId: string | null;
  pactSlug: string | null;
  pactName: string | null;
}

/** The database's check guarantees a treated barrier is complete; a row that is not never reaches the public. */
function toPublic(row: PublicRow): PublicBarrier | null {
  if (row.ministry === null || row.outcome === null || row.answer === null || row.answeredOn === null) return null;
  return {
    id: row.id,
    number: row.number,
    reference: barrierReference(row.number),
    question: row.question,
    topic: row.topic,
    ministry: row.ministry,
    status: row.status === "closed" ? "closed" : "answered",
    outcome: row.outcome,
    answer: row.answer,
    answeredOn: row.answeredOn,
    source: row.source,
    pact: row.pactId && row.pactSlug && row.pactName ? { id: row.pactId, slug: row.pactSlug, name: row.pactName } : null,
  };
}

/** The public register: filtered, searched in question, topic and answer, most recently answered first. */
export async function listPublicBarriers(db: Executor, input: BarrierPublicListInput): Promise<Paged<PublicBarrier>> {
  let base = publicQuery(db);
  if (input.ministry) base = base.where("barriers.ministry", "=", input.ministry);
  if (input.outcome) base = base.where("barriers.outcome", "=", input.outcome);
  if (input.year) base = base.where("barriers.answeredOn", ">=", `${input.year}-01-01`).where("barriers.answeredOn", "<=", `${input.year}-12-31`);
  if (input.search) {
    const pattern = containsPattern(input.search);
    const number = referenceNumber(input.search);
    base = base.where((eb) =>
      eb.or([
        eb("barriers.question", "ilike", pattern),
        eb("barriers.topic", "ilike", pattern),
        eb("barriers.answer", "ilike", pattern),
        ...(number === null ? [] : [eb("barriers.number", "=", number)]),
      ]),
    );
  }
  const [{ total }, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as("total")).executeTakeFirstOrThrow(),
    base
      .select(publicColumns)
      .orderBy("barriers.answeredOn", "desc")
      .orderBy("barriers.number", "desc")
      .limit(input.pageSize)
      .offset(pageOffset(input))
      .execute(),
  ]);
  return { items: rows.flatMap((row) => toPublic(row) ?? []), total: Number(total), page: input.page, pageSize: input.pageSize };
}

export async function findPublicBarrier(db: Executor, number: number): Promise<PublicBarrier | undefined> {
  const row = await publicQuery(db).select(publicColumns).where("barriers.number", "=", number).executeTakeFirst();
  return (row && toPublic(row)) ?? undefined;
}

/** Every treated barrier in register order, for the open data. */
export async function allPublicBarriers(db: Executor, slice?: { limit: number; offset: number }): Promise<PublicBarrier[]> {
  let query = publicQuery(db).select(publicColumns).orderBy("barriers.number");
  if (slice) query = query.limit(slice.limit).offset(slice.offset);
  return (await query.execute()).flatMap((row) => toPublic(row) ?? []);
}

export async function countPublicBarriers(db: Executor): Promise<number> {
  const row = await publicQuery(db)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The fields the national figures are computed from (see `barrierStats` in the domain). */
export async function barrierStatRows(db: Executor) {
  return db.selectFrom("barriers").select(["status", "outcome", "ministry", "answeredOn"]).where("status", "in", treatedStatuses).execute();
}
