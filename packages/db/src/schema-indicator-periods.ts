import type { ColumnType, Generated } from "kysely";

/**
 * Tables of the periods-and-targets work (issue 15), as Kysely sees them (see schema.ts). The
 * indicator's `unit_kind` and `frequency` and the measurement's `period_start` are columns of
 * those tables (typed in schema.ts); migration 0016 adds all of them.
 *
 * indicator_targets — a target per reporting period of an indicator, named by the period's first
 *   day (domain/indicator-period.ts); (indicator_id, period_start) unique; replaced as a whole
 *   when the indicator is saved (a target saved unchanged keeps its `source`); deleted with the indicator.
 */
type Timestamp = ColumnType<string, string | undefined, string>;

export interface IndicatorTargetsTable {
  id: Generated<string>;
  indicatorId: string;
  periodStart: string;
  targetValue: number;
  /** Where a target not set by an editor comes from ("Demodata" for the seed's invented ones); null when an editor set it. */
  source: ColumnType<string | null, string | null | undefined, string | null>;
  createdAt: Timestamp;
}

export interface IndicatorPeriodTables {
  indicatorTargets: IndicatorTargetsTable;
}
