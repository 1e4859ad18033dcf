import type { SupportQuestionType, SupportStatus } from "@zorgpact/domain/support";
import type { ColumnType, Generated } from "kysely";

type Timestamp = ColumnType<string, string | undefined, string>;
type Version = ColumnType<number, number | undefined, number>;
type Optional<T> = ColumnType<T | null, T | null | undefined, T | null>;

/** Maatwerkondersteuning: a pact's support trajectories (never public). */
export interface SupportTrajectoriesTable {
  id: Generated<string>;
  pactId: string;
  questionType: SupportQuestionType;
  question: string;
  advisorName: Optional<string>;
  status: ColumnType<SupportStatus, SupportStatus | undefined, SupportStatus>;
  /** Calendar dates as `YYYY-MM-DD`. */
  requestedOn: string;
  startedOn: Optional<string>;
  endedOn: Optional<string>;
  outcome: Optional<string>;
  requestedBy: Optional<string>;
  version: Version;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** The support tables, as Kysely sees them (see schema.ts). */
export interface SupportTables {
  supportTrajectories: SupportTrajectoriesTable;
}
