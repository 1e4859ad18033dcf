import type { InsightRow, ResultsAndEffects, Share } from "@zorgpact/domain/insight";
import { formatPercent } from "@zorgpact/ui/format.ts";
import { TableWrap } from "@zorgpact/ui/TableWrap.tsx";
import { resultsMessages as m } from "../../messages/results.ts";

function ShareCell({ value }: { value: Share }) {
  const share = value.share;
  return (
    <td className="share-cell">
      {/* The bar repeats the figure written next to it; it is never the only carrier of it. */}
      <span className="share-bar" aria-hidden="true">
        <span className="share-bar__fill" style={{ width: `${Math.round((share ?? 0) * 100)}%` }} />
      </span>{" "}
      {m.cell(value.count, share === null ? m.noShare : formatPercent(share))}
    </td>
  );
}

export interface ShareTableProps {
  caption: string;
  termColumn: string;
  rows: readonly InsightRow[];
  n: ResultsAndEffects["n"];
}

/** One group of figure 9–14 as a table: per term, count and share of regional pacts and of front-runners, N in the header. */
export function ShareTable({ caption, termColumn, rows, n }: ShareTableProps) {
  return (
    <TableWrap label={caption}>
      <table className="share-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{termColumn}</th>
            <th scope="col">{m.regionalColumn(n.regionalPacts)}</th>
            <th scope="col">{m.frontRunnerColumn(n.frontRunners)}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.termId}>
              <th scope="row">{row.label}</th>
              <ShareCell value={row.regionalPacts} />
              <ShareCell value={row.frontRunners} />
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
