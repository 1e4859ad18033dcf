import type { NationalReport } from "@zorgpact/domain/report";
import type { ColumnType, Generated } from "kysely";

/**
 * The report tables, as Kysely sees them (see schema.ts).
 *
 * report_snapshots — a published national report, frozen: the figures as jsonb exactly as they
 *   were when it was published (a trigger refuses any update). (period_from, period_to, version)
 *   is unique; `version` is the edition of that period's report.
 * demo_environment — one row when the demo seed was loaded.
 * demo_follow_up — a front-runner's follow-up answers as the demo seed invented them.
 */
type Timestamp = ColumnType<string, string | undefined, never>;

export interface ReportSnapshotsTable {
  id: Generated<string>;
  periodFrom: string;
  periodTo: string;
  year: number | null;
  version: number;
  title: string;
  /** Written as JSON text, read back as the object. */
  figures: ColumnType<NationalReport, string, never>;
  publishedAt: Timestamp;
  publishedBy: string | null;
  publishedByName: string | null;
  createdAt: Timestamp;
}

export interface DemoEnvironmentTable {
  id: ColumnType<boolean, boolean | undefined, never>;
  loadedAt: Timestamp;
}

export interface DemoFollowUpTable {
  pactId: string;
  adoption: string | null;
  challenges: ColumnType<string[], string[] | undefined, string[]>;
  consolidationAgreements: ColumnType<string[], string[] | undefined, string[]>;
}

export interface ReportTables {
  reportSnapshots: ReportSnapshotsTable;
  demoEnvironment: DemoEnvironmentTable;
  demoFollowUp: DemoFollowUpTable;
}
