import { useQuery } from "@tanstack/react-query";
import type { PublicBreakdown } from "@zorgpact/domain/disaggregation";
import { formatEuroFromCents, formatNumber } from "@zorgpact/ui/format.ts";
import { TableWrap } from "@zorgpact/ui/TableWrap.tsx";
import { disaggregationMessages as m } from "../../messages/disaggregation.ts";
import { trpc } from "../../trpc.ts";

/**
 * The breakdowns of the pact's indicators: per indicator and dimension, the parts of its latest
 * approved measurement (an edited breakdown shows once its measurement is approved again).
 * Nothing is rendered when no indicator has one.
 */
export function IndicatorBreakdowns({ slug }: { slug: string }) {
  const query = useQuery(trpc.disaggregation.publicBreakdowns.queryOptions({ slug }));
  if (query.isError) return <p className="muted">{m.failed}</p>;
  if (!query.data || query.data.length === 0) return null;
  return (
    <section aria-labelledby="uitsplitsingen-kop" className="indicator-breakdowns">
      <h2 id="uitsplitsingen-kop">{m.heading}</h2>
      <p>{m.intro}</p>
      {query.data.map((breakdown) => (
        <BreakdownTable key={`${breakdown.indicatorId}:${breakdown.dimension}`} breakdown={breakdown} />
      ))}
    </section>
  );
}

function BreakdownTable({ breakdown }: { breakdown: PublicBreakdown }) {
  const caption = m.caption(breakdown.indicatorName, breakdown.dimension);
  // Amounts are kept in cents.
  const show = breakdown.unitKind === "euro" ? formatEuroFromCents : formatNumber;
  return (
    <TableWrap label={caption}>
      <table className="indicators">
        <caption>
          {caption}
          <br />
          <span className="muted">{m.measuredOn(breakdown.measuredOn)}</span>
          {breakdown.source ? (
            // Invented split figures ("demodata") get the demo-data mark, not the muted look of a real source.
            <span className={/^demodata/i.test(breakdown.source) ? "demo-source demo-source--inline" : "muted"}>{m.source(breakdown.source)}</span>
          ) : null}
        </caption>
        <thead>
          <tr>
            <th scope="col">{m.category}</th>
            <th scope="col" className="num">
              {m.value(breakdown.unit)}
            </th>
          </tr>
        </thead>
        <tbody>
          {breakdown.parts.map((part) => (
            <tr key={part.category}>
              <th scope="row">{part.category}</th>
              <td className="num">{show(part.value)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{m.total}</th>
            <td className="num">{show(breakdown.total)}</td>
          </tr>
        </tfoot>
      </table>
    </TableWrap>
  );
}
