import type { EvidenceTargetType } from "@zorgpact/domain/evidence";
import { sql, type Insertable, type Kysely } from "kysely";
import type { Database } from "../schema.ts";
import type { EvidenceTable } from "../schema-evidence.ts";

type Executor = Kysely<Database>;

/**
 * Evidence rows and what decides who may see them: the pact behind the measurement or Volgspot,
 * whether that pact is published and archived, and whether the measurement is public (its last
 * approved value is set). Functions take `db | trx` first; the service opens the transaction.
 */

export interface EvidenceTargetRef {
  targetType: EvidenceTargetType;
  targetId: string;
}

/** The pact behind a measurement or Volgspot and whether the public sees that record. */
export interface EvidenceOwner {
  pactId: string;
  pactArchived: boolean;
  /** Measurement: its pact is published, not archived, and it has an approved public value. Volgspot: never. */
  isPublic: boolean;
}

export async function findEvidenceOwner(db: Executor, target: EvidenceTargetRef): Promise<EvidenceOwner | undefined> {
  if (target.targetType === "volgspot") {
    const row = await db
      .selectFrom("volgspots")
      .innerJoin("pacts", "pacts.id", "volgspots.pactId")
      .select(["pacts.id as pactId", "pacts.archivedAt"])
      .where("volgspots.id", "=", target.targetId)
      .executeTakeFirst();
    return row && { pactId: row.pactId, pactArchived: row.archivedAt !== null, isPublic: false };
  }
  const row = await db
    .selectFrom("measurements")
    .innerJoin("indicators", "indicators.id", "measurements.indicatorId")
    .innerJoin("chainNodes", "chainNodes.id", "indicators.nodeId")
    .innerJoin("pacts", "pacts.id", "chainNodes.pactId")
    .select(["pacts.id as pactId", "pacts.archivedAt", "pacts.publicationStatus", "measurements.publicValue"])
    .where("measurements.id", "=", target.targetId)
    .executeTakeFirst();
  return (
    row && {
      pactId: row.pactId,
      pactArchived: row.archivedAt !== null,
      isPublic: row.publicationStatus === "published" && row.archivedAt === null && row.publicValue !== null,
    }
  );
}

export interface StoredEvidence {
  id: string;
  measurementId: string | null;
  volgspotId: string | null;
  kind: "file" | "link";
  title: string | null;
  fileName: string | null;
  contentType: string | null;
  sizeBytes: number | null;
  sha256: string | null;
  storageKey: string | null;
  url: string | null;
  createdAt: string;
  createdByName: string | null;
}

function evidenceQuery(db: Executor) {
  return db
    .selectFrom("evidence")
    .leftJoin("users", "users.id", "evidence.createdBy")
    .select([
      "evidence.id",
      "evidence.measurementId",
      "evidence.volgspotId",
      "evidence.kind",
      "evidence.title",
      "evidence.fileName",
      "evidence.contentType",
      "evidence.sizeBytes",
      "evidence.sha256",
      "evidence.storageKey",
      "evidence.url",
      "evidence.createdAt",
      "users.name as createdByName",
    ]);
}

export async function listEvidenceOf(db: Executor, target: EvidenceTargetRef): Promise<StoredEvidence[]> {
  const column = target.targetType === "measurement" ? "evidence.measurementId" : "evidence.volgspotId";
  return evidenceQuery(db).where(column, "=", target.targetId).orderBy("evidence.createdAt").orderBy("evidence.id").execute();
}

export async function countEvidenceOf(db: Executor, target: EvidenceTargetRef): Promise<number> {
  const column = target.targetType === "measurement" ? "measurementId" : "volgspotId";
  const row = await db
    .selectFrom("evidence")
    .select(sql<number>`count(*)::int`.as("n"))
    .where(column, "=", target.targetId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findEvidence(db: Executor, id: string): Promise<StoredEvidence | undefined> {
  return evidenceQuery(db).where("evidence.id", "=", id).executeTakeFirst();
}

export async function insertEvidence(db: Executor, row: Insertable<EvidenceTable>): Promise<string> {
  const inserted = await db.insertInto("evidence").values(row).returning("id").executeTakeFirstOrThrow();
  return inserted.id;
}

/** Removes the row; returns it (with its storage key, for the object) or undefined when it was gone. */
export async function deleteEvidenceRow(db: Executor, id: string): Promise<{ storageKey: string | null } | undefined> {
  return db.deleteFrom("evidence").where("id", "=", id).returning("storageKey").executeTakeFirst();
}

/** The evidence of a published pact's public measurements, per measurement (oldest first). */
export async function publicEvidenceOfPact(db: Executor, pactSlug: string) {
  return db
    .selectFrom("evidence")
    .innerJoin("measurements", "measurements.id", "evidence.measurementId")
    .innerJoin("indicators", "indicators.id", "measurements.indicatorId")
    .innerJoin("chainNodes", "chainNodes.id", "indicators.nodeId")
    .innerJoin("pacts", "pacts.id", "chainNodes.pactId")
    .select([
      "evidence.id",
      "evidence.kind",
      "evidence.title",
      "evidence.fileName",
      "evidence.contentType",
      "evidence.sizeBytes",
      "evidence.url",
      "measurements.id as measurementId",
      "measurements.indicatorId",
      "measurements.publicMeasuredOn",
    ])
    .where("pacts.slug", "=", pactSlug)
    .where("pacts.publicationStatus", "=", "published")
    .where("pacts.archivedAt", "is", null)
    .where("measurements.publicValue", "is not", null)
    .orderBy("measurements.indicatorId")
    .orderBy("measurements.publicMeasuredOn")
    .orderBy("evidence.createdAt")
    .limit(500)
    .execute();
}

/**
 * The storage keys of the files behind a measurement, or behind every measurement of an indicator:
 * read before a delete cascades to their rows, so the objects can be removed after the commit.
 */
export async function evidenceStorageKeysUnder(db: Executor, scope: { measurementId: string } | { indicatorId: string }): Promise<string[]> {
  let query = db.selectFrom("evidence").select("evidence.storageKey").where("evidence.storageKey", "is not", null);
  if ("measurementId" in scope) query = query.where("evidence.measurementId", "=", scope.measurementId);
  else query = query.innerJoin("measurements", "measurements.id", "evidence.measurementId").where("measurements.indicatorId", "=", scope.indicatorId);
  const rows = await query.execute();
  return rows.flatMap((r) => (r.storageKey ? [r.storageKey] : []));
}

/** Storage keys the database knows, among the given ones: what a sweep of the storage folder keeps. */
export async function knownStorageKeys(db: Executor, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db.selectFrom("evidence").select("storageKey").where("storageKey", "in", keys).execute();
  return new Set(rows.flatMap((r) => (r.storageKey ? [r.storageKey] : [])));
}
