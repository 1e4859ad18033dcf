import type { Ministry } from "@zorgpact/domain/barrier";
import type { ApplicationStatus } from "@zorgpact/domain/regulation";
import type { ColumnType, Generated } from "kysely";

type Timestamp = ColumnType<string, string | undefined, string>;
type Version = ColumnType<number, number | undefined, number>;
type Optional<T> = ColumnType<T | null, T | null | undefined, T | null>;

/** Regelingen of OCW, VWS and SZW (migration 0009). */
export interface RegulationsTable {
  id: Generated<string>;
  slug: string;
  name: string;
  ministry: Ministry;
  purpose: string;
  startYear: Optional<number>;
  endYear: Optional<number>;
  /** bigint: the RIF's 125 million euros do not fit an integer column in cents. */
  budgetCents: Optional<number>;
  conditions: Optional<string>;
  link: Optional<string>;
  results: Optional<string>;
  source: Optional<string>;
  version: Version;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** A pact's application for a regeling: applied, honoured or rejected. */
export interface RegulationApplicationsTable {
  id: Generated<string>;
  regulationId: string;
  pactId: string;
  appliedOn: string;
  status: ApplicationStatus;
  amountCents: Optional<number>;
  note: Optional<string>;
  version: Version;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** The regulation tables, as Kysely sees them (see schema.ts). */
export interface RegulationTables {
  regulations: RegulationsTable;
  regulationApplications: RegulationApplicationsTable;
}
