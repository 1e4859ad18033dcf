import type { PactDetail } from "@zorgpact/domain/pact";
import { chainNodeKindLabels } from "@zorgpact/ui/labels.ts";
import { EmptyState } from "@zorgpact/ui/Status.tsx";
import { pactMessages } from "../../messages/pact.ts";
import { ChainNodeItem } from "./ChainNodeItem.tsx";
import { chainColumns } from "./chain-view.ts";
import { CompletenessNotice } from "./CompletenessNotice.tsx";
import { IndicatorsTable } from "./IndicatorsTable.tsx";

/** Figure 11, van input naar effect: four columns, each node listing what it leads to. */
export function EffectChainSection({ chain }: { chain: PactDetail["chain"] }) {
  return (
    <section aria-labelledby="effectketen-kop" className="effect-chain">
      <h2 id="effectketen-kop">{pactMessages.chain.heading}</h2>
      <p>{pactMessages.chain.intro}</p>
      {chain.nodes.length === 0 ? (
        <EmptyState>{pactMessages.chain.empty}</EmptyState>
      ) : (
        <>
          <CompletenessNotice completeness={chain.completeness} nodes={chain.nodes} />
          <ol className="chain-columns plain-list">
            {chainColumns(chain.nodes, chain.links).map((column) => (
              <li key={column.kind} className="chain-column">
                <h3 id={`keten-${column.kind}`}>
                  {chainNodeKindLabels[column.kind]} <span className="chain-column__count">({pactMessages.chain.columnCount(column.nodes.length)})</span>
                </h3>
                {column.nodes.length === 0 ? (
                  <p className="muted">{pactMessages.chain.emptyColumn}</p>
                ) : (
                  <ul className="plain-list">
                    {column.nodes.map(({ node, leadsTo }) => (
                      <ChainNodeItem key={node.id} node={node} leadsTo={leadsTo} />
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
          <IndicatorsTable indicators={chain.indicators} nodes={chain.nodes} />
        </>
      )}
    </section>
  );
}
