import type { CostLine } from "@zorgpact/domain/cost";
import { formatEuroFromCents, formatNumber } from "@zorgpact/ui/format.ts";
import { TableWrap } from "@zorgpact/ui/TableWrap.tsx";
import { agendaMessages } from "../../messages/agenda.ts";
import { useAgenda } from "./agenda-context.ts";

/** The effect calculator as the API computed it: euros per unit of result and of effect. */
export function CostSection() {
  const { agenda } = useAgenda();
  const m = agendaMessages.cost;
  return (
    <section aria-labelledby="kosten-kop" className="agenda-section">
      <h2 id="kosten-kop">{m.heading}</h2>
      <p>{m.intro}</p>
      <dl className="agenda-facts agenda-facts--totals">
        <div>
          <dt>{m.total}</dt>
          <dd>{formatEuroFromCents(agenda.cost.totalInputCents)}</dd>
        </div>
        <div>
          <dt>{m.unallocated}</dt>
          <dd>{formatEuroFromCents(agenda.cost.unallocatedCents)}</dd>
        </div>
      </dl>
      <CostTable caption={m.results} lines={agenda.cost.results} empty={m.empty} />
      <CostTable caption={m.effects} lines={agenda.cost.effects} empty={m.emptyEffects} />
    </section>
  );
}

function CostTable({ caption, lines, empty }: { caption: string; lines: readonly CostLine[]; empty: string }) {
  const { agenda } = useAgenda();
  const m = agendaMessages.cost;
  const nodes = new Map(agenda.nodes.map((n) => [n.id, n]));
  if (lines.length === 0) {
    return (
      <>
        <h3>{caption}</h3>
        <p className="muted">{empty}</p>
      </>
    );
  }
  return (
    <TableWrap label={caption}>
      <table className="agenda-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.node}</th>
            <th scope="col" className="num">
              {m.allocated}
            </th>
            <th scope="col" className="num">
              {m.count}
            </th>
            <th scope="col" className="num">
              {m.perUnit}
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => {
            const node = nodes.get(line.nodeId);
            return (
              <tr key={line.nodeId}>
                <th scope="row">{node?.title ?? line.nodeId}</th>
                <td className="num">{formatEuroFromCents(line.allocatedCents)}</td>
                <td className="num">
                  {line.count === null ? <span className="muted">{m.noCount}</span> : `${formatNumber(line.count)} ${node?.unit ?? ""}`.trim()}
                </td>
                <td className="num">
                  {line.costPerUnitCents === null ? <span className="muted">{m.notFunded}</span> : formatEuroFromCents(line.costPerUnitCents)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableWrap>
  );
}
