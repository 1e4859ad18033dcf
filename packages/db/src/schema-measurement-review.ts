import type { ReviewAction } from "@zorgpact/domain/measurement-review";
import type { ColumnType, Generated } from "kysely";

/**
 * Tables of the measurement review work, as Kysely sees them (see schema.ts and migration 0015).
 *
 * measurement_reviews — every step of a measurement's review: submitted, approved, returned (with
 *   the reviewer's comment), corrected; with the working copy's value and date at that step.
 * measurement_period_locks — an indicator's period (a date range) closed after approval: its
 *   measurements change only through a correction.
 * measurement_corrections — a change to a locked value, with before, after and the reason.
 */
type Timestamp = ColumnType<string, string | undefined, never>;

export interface MeasurementReviewsTable {
  id: Generated<string>;
  measurementId: string;
  action: ReviewAction;
  comment: string | null;
  value: number;
  measuredOn: string;
  userId: string | null;
  createdAt: Timestamp;
}

export interface MeasurementPeriodLocksTable {
  id: Generated<string>;
  indicatorId: string;
  periodStart: string;
  periodEnd: string;
  lockedBy: string | null;
  createdAt: Timestamp;
}

export interface MeasurementCorrectionsTable {
  id: Generated<string>;
  measurementId: string;
  beforeValue: number;
  afterValue: number;
  beforeSource: string | null;
  afterSource: string | null;
  beforeNote: string | null;
  afterNote: string | null;
  reason: string;
  appliedDirectly: boolean;
  userId: string | null;
  createdAt: Timestamp;
}

export interface MeasurementReviewTables {
  measurementReviews: MeasurementReviewsTable;
  measurementPeriodLocks: MeasurementPeriodLocksTable;
  measurementCorrections: MeasurementCorrectionsTable;
}
