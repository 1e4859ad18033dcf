import type { IndicatorDirection } from "@zorgpact/domain/indicator";
import type { CatalogueStatus, CatalogueUnit } from "@zorgpact/domain/indicator-catalogue";
import type { ColumnType, Generated } from "kysely";

type Timestamp = ColumnType<string, string | undefined, string>;
type Version = ColumnType<number, number | undefined, number>;

/** A common indicator the national team manages (migration 0019). */
export interface IndicatorCatalogueTable {
  id: Generated<string>;
  name: string;
  definition: string;
  unit: CatalogueUnit;
  unitLabel: string;
  direction: IndicatorDirection;
  status: ColumnType<CatalogueStatus, CatalogueStatus | undefined, CatalogueStatus>;
  version: Version;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface IndicatorCatalogueThemesTable {
  catalogueId: string;
  termId: string;
}

/** Summary for the national totals: per adopting indicator and year, the last approved value in that year. */
export interface CatalogueTotalsTable {
  indicatorId: string;
  year: number;
  catalogueId: string;
  pactId: string;
  value: number;
  measuredOn: string;
}

/** Tables of the indicator catalogue, as Kysely sees them (see schema.ts). */
export interface IndicatorCatalogueTables {
  indicatorCatalogue: IndicatorCatalogueTable;
  indicatorCatalogueThemes: IndicatorCatalogueThemesTable;
  catalogueTotals: CatalogueTotalsTable;
}
