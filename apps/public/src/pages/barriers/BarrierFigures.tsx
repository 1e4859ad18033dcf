import { useQuery } from "@tanstack/react-query";
import { barrierOutcomes, ministries, type BarrierStats } from "@zorgpact/domain/barrier";
import { formatNumber } from "@zorgpact/ui/format.ts";
import { EmptyState, ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { TableWrap } from "@zorgpact/ui/TableWrap.tsx";
import { barrierMessages } from "../../messages/barriers.ts";
import { trpc } from "../../trpc.ts";

const m = barrierMessages.list;

/** The letter's figures, quoted with their source: a statement of 2016, not a count of this register. */
export function LetterFigures() {
  return (
    <section aria-labelledby="kamerbrief-kop">
      <h2 id="kamerbrief-kop">{m.letterHeading}</h2>
      <p>{m.letterIntro}</p>
      <figure className="source-quote">
        <blockquote>
          <p>{m.letterQuote}</p>
        </blockquote>
        <figcaption>
          <cite>{m.letterSource}</cite>
        </figcaption>
      </figure>
      <p className="muted">{m.letterSummary}</p>
    </section>
  );
}

/** The figures counted from this register (`barrier.stats`): total, per outcome, per ministry and per year. */
export function RegisterFigures() {
  const stats = useQuery(trpc.barrier.stats.queryOptions());
  return (
    <section aria-labelledby="register-cijfers-kop">
      <h2 id="register-cijfers-kop">{m.registerHeading}</h2>
      <p>{m.registerIntro}</p>
      {stats.isPending ? (
        <LoadingState />
      ) : stats.isError ? (
        <ErrorState onRetry={() => void stats.refetch()} />
      ) : stats.data.total === 0 ? (
        <EmptyState>{m.statsEmpty}</EmptyState>
      ) : (
        <Figures stats={stats.data} />
      )}
    </section>
  );
}

function Figures({ stats }: { stats: BarrierStats }) {
  return (
    <>
      <p className="figure">
        <span className="figure__number">{formatNumber(stats.total)}</span> <span className="figure__label">{m.totalLabel(stats.total)}</span>
      </p>
      <div className="barrier-figures">
        <CountTable
          caption={m.byOutcomeCaption}
          column={m.outcomeColumn}
          rows={barrierOutcomes.map((outcome) => ({ key: outcome, label: barrierMessages.outcome[outcome], count: stats.byOutcome[outcome] }))}
        />
        <CountTable
          caption={m.byMinistryCaption}
          column={m.ministryColumn}
          rows={ministries.map((ministry) => ({ key: ministry, label: barrierMessages.ministry[ministry], count: stats.byMinistry[ministry] }))}
        />
        <CountTable
          caption={m.byYearCaption}
          column={m.yearColumn}
          rows={stats.byYear.map(({ year, count }) => ({ key: String(year), label: String(year), count }))}
        />
      </div>
    </>
  );
}

function CountTable({ caption, column, rows }: { caption: string; column: string; rows: { key: string; label: string; count: number }[] }) {
  return (
    <TableWrap label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{column}</th>
            <th scope="col" className="num">
              {m.countColumn}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td className="num">{formatNumber(row.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
