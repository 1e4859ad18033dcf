import type { BarrierOutcome, BarrierStatus, Ministry } from "@zorgpact/domain/barrier";
import type { ColumnType, Generated } from "kysely";

type Timestamp = ColumnType<string, string | undefined, string>;
type Version = ColumnType<number, number | undefined, number>;

/** Ruimte in de regels: one row per reported barrier (migration 0008). */
export interface BarriersTable {
  id: Generated<string>;
  /** The register number behind the reference "RR-0042" a submitter gets back. */
  number: Generated<number>;
  question: string;
  context: string | null;
  organisation: string | null;
  submitterName: string | null;
  submitterEmail: string | null;
  pactId: string | null;
  receivedOn: string;
  channel: "form" | "team";
  source: ColumnType<string | null, string | null | undefined, string | null>;
  ministry: ColumnType<Ministry | null, Ministry | null | undefined, Ministry | null>;
  topic: ColumnType<string | null, string | null | undefined, string | null>;
  status: ColumnType<BarrierStatus, BarrierStatus | undefined, BarrierStatus>;
  answer: ColumnType<string | null, string | null | undefined, string | null>;
  outcome: ColumnType<BarrierOutcome | null, BarrierOutcome | null | undefined, BarrierOutcome | null>;
  answeredOn: ColumnType<string | null, string | null | undefined, string | null>;
  version: Version;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** The barrier tables, as Kysely sees them (see schema.ts). */
export interface BarrierTables {
  barriers: BarriersTable;
}
