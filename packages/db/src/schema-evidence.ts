import type { EvidenceKind } from "@zorgpact/domain/evidence";
import type { ColumnType, Generated } from "kysely";

/**
 * Tables of the evidence work, as Kysely sees them (see schema.ts and migration 0018).
 *
 * evidence — a file or a link behind a measurement or a Volgspot (exactly one of the two). A
 *   file's bytes live in object storage (packages/storage) under `storage_key`, a server-made
 *   key; `file_name` is for display only. Rows are never edited: remove and attach again.
 */
type Timestamp = ColumnType<string, string | undefined, never>;

export interface EvidenceTable {
  id: Generated<string>;
  measurementId: string | null;
  volgspotId: string | null;
  kind: EvidenceKind;
  title: string | null;
  fileName: string | null;
  contentType: string | null;
  sizeBytes: number | null;
  sha256: string | null;
  storageKey: string | null;
  url: string | null;
  createdBy: string | null;
  createdAt: Timestamp;
}

export interface EvidenceTables {
  evidence: EvidenceTable;
}
