import type { Generated } from "kysely";

/**
 * Tables of the rollups work (migration 0020), as Kysely sees them (see schema.ts). Read
 * national_figures through `national_figures_current()` (rollup.repository.ts), which refreshes
 * it first when a write marked it dirty.
 */
export interface NationalFiguresTable {
  /** e.g. "kind", "phase", "theme:regional_pact", "region:front_runner", "result:front_runner", "report:reported". */
  figure: string;
  /** The counted thing: a pact kind, a phase number, a term or region id. */
  key: string;
  count: number;
}

export interface RollupDirtyTable {
  id: Generated<string>;
  markedAt: Generated<string>;
}

export interface RollupTables {
  nationalFigures: NationalFiguresTable;
  rollupDirty: RollupDirtyTable;
}
