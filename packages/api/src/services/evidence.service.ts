import {
  countEvidenceOf,
  deleteEvidenceRow,
  findEvidence,
  findEvidenceOwner,
  insertEvidence,
  listEvidenceOf,
  publicEvidenceOfPact,
  type EvidenceOwner,
  type EvidenceTargetRef,
  type StoredEvidence,
} from "@zorgpact/db/repositories/evidence.repository";
import {
  EVIDENCE_MAX_BYTES,
  EVIDENCE_MAX_PER_TARGET,
  EVIDENCE_TOO_LARGE,
  EVIDENCE_TYPE_REFUSED,
  evidenceDownloadPath,
  evidenceFileName,
  isEvidenceContentType,
  looksLikeCsvText,
  type EvidenceAddLinkInput,
  type EvidenceAttachFileInput,
  type EvidenceContentType,
  type EvidenceItem,
  type EvidenceList,
  type EvidenceRemoveInput,
  type EvidenceTarget,
  type PublicEvidence,
} from "@zorgpact/domain/evidence";
import { canEditPact } from "@zorgpact/domain/permission";
import { ObjectNotFound, type ObjectStorage, type StoredObject } from "@zorgpact/storage/object-storage";
import { fileTypeFromBuffer } from "file-type";
import { createHash, randomUUID } from "node:crypto";
import { assertCanEditPact } from "../access.ts";
import type { Context } from "../context.ts";
import { conflict, fieldError, notFound, unavailable } from "../errors.ts";
import { mutate, noteRecord, type Executor, type ServiceContext } from "./context.ts";

/**
 * Evidence behind a measurement or a Volgspot: files (type decided by content) and https links.
 * The order of an attach: authorize (nobody else makes the server decode a file), decode, sniff
 * and hash (CPU), write the object (I/O), then one transaction that checks again and inserts the
 * row with its audit row. When that transaction fails, the object is removed again; should that
 * removal fail too, the object is an orphan without a row (a sweep by storage key can find it).
 */

const TARGET_NOT_FOUND = { measurement: "Deze meting bestaat niet (meer).", volgspot: "Deze Volgspot bestaat niet (meer)." } as const;
const EVIDENCE_NOT_FOUND = "Dit bewijsstuk bestaat niet (meer).";
const TOO_MANY = `Bij één meting of Volgspot horen hoogstens ${EVIDENCE_MAX_PER_TARGET} bewijsstukken. Verwijder er eerst een.`;

const NO_STORAGE =
  "Bewijsstukken kunnen hier nu niet worden bewaard of opgehaald: er is geen opslag voor bestanden ingesteld. Vraag de beheerder van het platform.";

function storageOf(ctx: Pick<Context, "evidenceStorage">): ObjectStorage {
  if (!ctx.evidenceStorage) throw unavailable(NO_STORAGE);
  return ctx.evidenceStorage;
}

/** The pact behind the target, after the per-record check: only its editors and the national team get further. */
async function editableOwner(ctx: ServiceContext, db: Executor, target: EvidenceTargetRef): Promise<EvidenceOwner> {
  const owner = await findEvidenceOwner(db, target);
  if (!owner) throw notFound(TARGET_NOT_FOUND[target.targetType]);
  assertCanEditPact(ctx, owner.pactId);
  if (owner.pactArchived) throw notFound("Dit zorgpact is gearchiveerd: er kan geen bewijs meer bij.");
  return owner;
}

function targetOf(row: Pick<StoredEvidence, "measurementId" | "volgspotId">): EvidenceTargetRef {
  return row.measurementId ? { targetType: "measurement", targetId: row.measurementId } : { targetType: "volgspot", targetId: row.volgspotId! };
}

function toItem(row: StoredEvidence): EvidenceItem {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    fileName: row.fileName,
    contentType: row.contentType,
    size: row.sizeBytes,
    url: row.url,
    downloadPath: row.kind === "file" ? evidenceDownloadPath(row.id) : null,
    createdAt: row.createdAt,
    createdByName: row.createdByName,
  };
}

/** The type the bytes show, when it is one of the accepted ones; CSV (no signature) only as text named .csv. */
export async function detectEvidenceType(bytes: Uint8Array, fileName: string): Promise<EvidenceContentType | null> {
  const detected = await fileTypeFromBuffer(bytes);
  if (detected) return isEvidenceContentType(detected.mime) ? detected.mime : null;
  if (/\.csv$/i.test(fileName.trim()) && looksLikeCsvText(bytes)) return "text/csv";
  return null;
}

function decode(input: EvidenceAttachFileInput): Uint8Array {
  const buffer = Buffer.from(input.contentBase64, "base64");
  if (buffer.byteLength === 0) throw fieldError("contentBase64", "Het bestand is leeg.");
  if (buffer.byteLength > EVIDENCE_MAX_BYTES) throw fieldError("contentBase64", EVIDENCE_TOO_LARGE);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

function columnsOf(target: EvidenceTarget) {
  return target.targetType === "measurement" ? { measurementId: target.targetId, volgspotId: null } : { measurementId: null, volgspotId: target.targetId };
}

/** Inserts the row after checking again, in the change's transaction; returns the stored item. */
async function insertChecked(
  ctx: ServiceContext,
  trx: Executor,
  target: EvidenceTarget,
  row: Omit<Parameters<typeof insertEvidence>[1], "measurementId" | "volgspotId">,
) {
  await editableOwner(ctx, trx, target);
  if ((await countEvidenceOf(trx, target)) >= EVIDENCE_MAX_PER_TARGET) throw conflict(TOO_MANY);
  const id = await insertEvidence(trx, { ...row, ...columnsOf(target), createdBy: ctx.session?.userId ?? null });
  ctx.audit.objectId = id;
  const stored = (await findEvidence(trx, id))!;
  ctx.audit.objectLabel = stored.title ?? stored.fileName ?? stored.url;
  ctx.audit.changes = { after: auditView(stored) };
  return toItem(stored);
}

function auditView(row: StoredEvidence) {
  return {
    [row.measurementId ? "measurementId" : "volgspotId"]: row.measurementId ?? row.volgspotId,
    kind: row.kind,
    title: row.title,
    ...(row.kind === "file" ? { fileName: row.fileName, contentType: row.contentType, size: row.sizeBytes, sha256: row.sha256 } : { url: row.url }),
  };
}

export async function attachEvidenceFile(ctx: ServiceContext, input: EvidenceAttachFileInput): Promise<EvidenceItem> {
  noteRecord(ctx, "evidence", null);
  const storage = storageOf(ctx);
  const owner = await editableOwner(ctx, ctx.db, input);
  ctx.audit.pactId = owner.pactId;

  const bytes = decode(input);
  const contentType = await detectEvidenceType(bytes, input.fileName);
  if (!contentType) throw fieldError("contentBase64", EVIDENCE_TYPE_REFUSED);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const storageKey = `evidence/${randomUUID()}`;

  await storage.put(storageKey, bytes, contentType);
  try {
    return await mutate(ctx, (trx) =>
      insertChecked(ctx, trx, input, {
        kind: "file",
        title: input.title,
        fileName: evidenceFileName(input.fileName, contentType),
        contentType,
        sizeBytes: bytes.byteLength,
        sha256,
        storageKey,
        url: null,
      }),
    );
  } catch (error) {
    // No row refers to the object: remove it, so nothing unreachable stays behind.
    await storage.delete(storageKey).catch(() => undefined);
    throw error;
  }
}

export async function addEvidenceLink(ctx: ServiceContext, input: EvidenceAddLinkInput): Promise<EvidenceItem> {
  noteRecord(ctx, "evidence", null);
  const owner = await findEvidenceOwner(ctx.db, input);
  if (owner) ctx.audit.pactId = owner.pactId;
  return mutate(ctx, (trx) =>
    insertChecked(ctx, trx, input, {
      kind: "link",
      title: input.title,
      fileName: null,
      contentType: null,
      sizeBytes: null,
      sha256: null,
      storageKey: null,
      url: input.url,
    }),
  );
}

/** The evidence of a measurement or Volgspot, for whoever may edit its pact. */
export async function listEvidence(ctx: ServiceContext, target: EvidenceTarget): Promise<EvidenceList> {
  const owner = await findEvidenceOwner(ctx.db, target);
  if (!owner) throw notFound(TARGET_NOT_FOUND[target.targetType]);
  assertCanEditPact(ctx, owner.pactId);
  const rows = await listEvidenceOf(ctx.db, target);
  return { items: rows.map(toItem), mayEdit: !owner.pactArchived, isPublic: owner.isPublic };
}

/**
 * After a committed delete that cascaded to evidence rows (a measurement, an indicator): removes their
 * objects. Without storage, or when a removal fails, the object is left for a sweep by storage key.
 */
export async function removeStoredObjects(ctx: Pick<Context, "evidenceStorage">, storageKeys: readonly string[]): Promise<void> {
  const storage = ctx.evidenceStorage;
  if (!storage) return;
  for (const key of storageKeys) await storage.delete(key).catch(() => undefined);
}

/** Removes the row (audited), then the object; an object that cannot be removed is left for a sweep. */
export async function removeEvidence(ctx: ServiceContext, input: EvidenceRemoveInput): Promise<{ ok: true }> {
  noteRecord(ctx, "evidence", input.id);
  const removed = await mutate(ctx, async (trx) => {
    const row = await findEvidence(trx, input.id);
    if (!row) throw notFound(EVIDENCE_NOT_FOUND);
    await editableOwner(ctx, trx, targetOf(row));
    ctx.audit.objectLabel = row.title ?? row.fileName ?? row.url;
    ctx.audit.changes = { before: auditView(row) };
    return deleteEvidenceRow(trx, input.id);
  });
  if (removed?.storageKey)
    await storageOf(ctx)
      .delete(removed.storageKey)
      .catch(() => undefined);
  return { ok: true };
}

/** What the public pact page lists: the evidence of the published pact's public measurements. */
export async function publicEvidence(ctx: Pick<Context, "db">, pactSlug: string): Promise<PublicEvidence> {
  const rows = await publicEvidenceOfPact(ctx.db, pactSlug);
  const byMeasurement = new Map<string, PublicEvidence[number]>();
  for (const row of rows) {
    let group = byMeasurement.get(row.measurementId);
    if (!group) {
      group = { indicatorId: row.indicatorId, measurementId: row.measurementId, measuredOn: row.publicMeasuredOn ?? "", items: [] };
      byMeasurement.set(row.measurementId, group);
    }
    group.items.push({
      id: row.id,
      kind: row.kind,
      title: row.title,
      fileName: row.fileName,
      contentType: row.contentType,
      size: row.sizeBytes,
      url: row.url,
      downloadPath: row.kind === "file" ? evidenceDownloadPath(row.id) : null,
    });
  }
  return [...byMeasurement.values()];
}

export interface EvidenceDownload {
  fileName: string;
  contentType: string;
  object: StoredObject;
}

/**
 * A file for the download route, or null for "not found" — which is also the answer to whoever
 * may not see it: public only where the measurement is public; otherwise editors of the pact and
 * the national team (Volgspot evidence is never public).
 */
export async function evidenceForDownload(ctx: Pick<Context, "db" | "actor" | "evidenceStorage">, id: string): Promise<EvidenceDownload | null> {
  const row = await findEvidence(ctx.db, id);
  if (!row || row.kind !== "file" || !row.storageKey) return null;
  const owner = await findEvidenceOwner(ctx.db, targetOf(row));
  if (!owner) return null;
  if (!owner.isPublic && !canEditPact(ctx.actor, owner.pactId)) return null;
  try {
    const object = await storageOf(ctx).get(row.storageKey);
    return { fileName: row.fileName ?? "bewijsstuk", contentType: row.contentType ?? object.contentType, object };
  } catch (error) {
    if (error instanceof ObjectNotFound) return null;
    throw error;
  }
}
