import { sql, type Kysely } from "kysely";
import type { Database } from "../schema.ts";

/**
 * The national figures from the rollup (migration 0020): one small read, refreshed first when a
 * write to pacts, chain nodes or pact themes marked it dirty. Counts of what the public sees.
 */
export interface NationalFigures {
  /** The count of a figure's key, 0 when absent. */
  count(figure: string, key: string): number;
  /** Every key of a figure with its count. */
  entries(figure: string): [key: string, count: number][];
}

export async function nationalFigures(db: Kysely<Database>, only?: readonly string[]): Promise<NationalFigures> {
  // A figure request reads only its own figures: pg parsing the whole rollup was most of an uncached read.
  const filter = only ? sql`where figure = any(${[...only]}::text[])` : sql``;
  const { rows } = await sql<{ figure: string; key: string; count: number }>`select figure, key, count from national_figures_current() ${filter}`.execute(db);
  const byFigure = new Map<string, Map<string, number>>();
  for (const row of rows) {
    const figure = byFigure.get(row.figure) ?? new Map<string, number>();
    figure.set(row.key, Number(row.count));
    byFigure.set(row.figure, figure);
  }
  const loaded = (figure: string) => {
    if (only && !only.includes(figure)) throw new Error(`nationalFigures: '${figure}' is not among the figures read (${only.join(", ")})`);
    return byFigure.get(figure);
  };
  return {
    count: (figure, key) => loaded(figure)?.get(key) ?? 0,
    entries: (figure) => [...(loaded(figure) ?? new Map<string, number>())],
  };
}
