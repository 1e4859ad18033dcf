import type { PactDetail } from "@zorgpact/domain/pact";
import { ChainDiagram } from "@zorgpact/ui/chain/ChainDiagram.tsx";
import { IndicatorChart } from "@zorgpact/ui/charts/IndicatorChart.tsx";
import { EmptyState } from "@zorgpact/ui/Status.tsx";
import { pactMessages } from "../../messages/pact.ts";
import { CompletenessNotice } from "./CompletenessNotice.tsx";
import { IndicatorsTable } from "./IndicatorsTable.tsx";
import { ChainRegulations, useRegulationNames } from "../regulations/ChainRegulations.tsx";

/** Figure 11, van input naar effect: the diagram (with a list view), completeness and indicators. */
export function EffectChainSection({ chain, partners }: { chain: PactDetail["chain"]; partners: PactDetail["partners"] }) {
  const regulations = useRegulationNames();
  return (
    <section aria-labelledby="effectketen-kop" className="effect-chain">
      <h2 id="effectketen-kop">{pactMessages.chain.heading}</h2>
      <p>{pactMessages.chain.intro}</p>
      {chain.nodes.length === 0 ? (
        <EmptyState>{pactMessages.chain.empty}</EmptyState>
      ) : (
        <>
          <CompletenessNotice completeness={chain.completeness} nodes={chain.nodes} />
          <ChainDiagram
            nodes={chain.nodes}
            links={chain.links}
            completeness={chain.completeness}
            headingLevel={3}
            lookups={{ organisationName: (id) => partners.find((p) => p.id === id)?.name, regulationName: (id) => regulations.get(id)?.name }}
          />
          <ChainRegulations nodes={chain.nodes} regulations={regulations} />
          <IndicatorsTable indicators={chain.indicators} nodes={chain.nodes} />
          {chain.indicators.map((indicator) => (
            <IndicatorChart key={indicator.id} indicator={indicator} titleLevel={3} />
          ))}
        </>
      )}
    </section>
  );
}
