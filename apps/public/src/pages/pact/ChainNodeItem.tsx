import type { ChainNode } from "@zorgpact/domain/effect-chain";
import { formatDate, formatEuroFromCents, formatNumber } from "@zorgpact/ui/format.ts";
import { activityStatusLabels } from "@zorgpact/ui/labels.ts";
import { pactMessages } from "../../messages/pact.ts";

function period(node: ChainNode): string | null {
  if (node.periodStart && node.periodEnd) return pactMessages.chain.periodRange(formatDate(node.periodStart), formatDate(node.periodEnd));
  if (node.periodStart) return pactMessages.chain.periodFrom(formatDate(node.periodStart));
  if (node.periodEnd) return pactMessages.chain.periodUntil(formatDate(node.periodEnd));
  return null;
}

function details(node: ChainNode): [string, string][] {
  const rows: [string, string | null][] = [
    [pactMessages.chain.amount, node.amountCents === null ? null : formatEuroFromCents(node.amountCents)],
    [pactMessages.chain.capacity, node.fte === null ? null : pactMessages.chain.fte(formatNumber(node.fte))],
    [pactMessages.chain.fundingSource, node.fundingSource],
    [pactMessages.chain.period, period(node)],
    [pactMessages.chain.status, node.status ? activityStatusLabels[node.status] : null],
  ];
  return rows.filter((row): row is [string, string] => row[1] !== null);
}

export function ChainNodeItem({ node, leadsTo }: { node: ChainNode; leadsTo: readonly ChainNode[] }) {
  const facts = details(node);
  return (
    <li className="chain-node card">
      <p className="chain-node__title">
        <strong>{node.title}</strong>
      </p>
      {node.description ? <p>{node.description}</p> : null}
      {facts.length > 0 ? (
        <dl className="chain-node__facts">
          {facts.map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {node.kind === "effect" ? null : leadsTo.length > 0 ? (
        <div className="chain-node__links">
          <p>{pactMessages.chain.leadsTo}</p>
          <ul>
            {leadsTo.map((next) => (
              <li key={next.id}>{next.title}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="muted">{pactMessages.chain.notLinked}</p>
      )}
    </li>
  );
}
