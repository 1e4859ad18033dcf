import type { ColumnType, Generated } from "kysely";

/** Tables of the disaggregation work (migration 0017; see domain/disaggregation.ts), as Kysely sees them. */
type Timestamp = ColumnType<string, string | undefined, string>;
type Version = ColumnType<number, number | undefined, number>;

export interface DimensionsTable {
  id: Generated<string>;
  label: string;
  description: string | null;
  retiredAt: ColumnType<string | null, string | null | undefined, string | null>;
  version: Version;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface DimensionCategoriesTable {
  id: Generated<string>;
  dimensionId: string;
  label: string;
  sortOrder: ColumnType<number, number | undefined, number>;
  retiredAt: ColumnType<string | null, string | null | undefined, string | null>;
  version: Version;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface IndicatorDimensionsTable {
  indicatorId: string;
  dimensionId: string;
  addedAt: Timestamp;
  /** Null while the indicator is split by the dimension; its breakdowns stay when it is removed. */
  removedAt: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface MeasurementBreakdownsTable {
  id: Generated<string>;
  measurementId: string;
  dimensionId: string;
  source: string | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface MeasurementPartsTable {
  breakdownId: string;
  categoryId: string;
  value: number;
}

/**
 * The parts as last approved (migration 0023): what the public site and open data show, written
 * when the measurement's public copy is. One row per part, with its breakdown's source.
 */
export interface MeasurementPublicPartsTable {
  measurementId: string;
  dimensionId: string;
  categoryId: string;
  value: number;
  source: string | null;
}

export interface DisaggregationTables {
  dimensions: DimensionsTable;
  dimensionCategories: DimensionCategoriesTable;
  indicatorDimensions: IndicatorDimensionsTable;
  measurementBreakdowns: MeasurementBreakdownsTable;
  measurementParts: MeasurementPartsTable;
  measurementPublicParts: MeasurementPublicPartsTable;
}
