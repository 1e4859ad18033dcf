import type { ChainNode } from "@zorgpact/domain/effect-chain";
import type { PactDetail } from "@zorgpact/domain/pact";
import { pactMessages } from "../../messages/pact.ts";
import { nodeTitles } from "./chain-view.ts";

/** Shows where the chain breaks, as computed by the domain's chainCompleteness on the server. */
export function CompletenessNotice({ completeness, nodes }: { completeness: PactDetail["chain"]["completeness"]; nodes: readonly ChainNode[] }) {
  if (completeness.complete) return <p className="notice notice--ok">{pactMessages.chain.complete}</p>;
  const gaps = [
    { label: pactMessages.chain.effectsWithoutResult, ids: completeness.effectsWithoutResult },
    { label: pactMessages.chain.resultsWithoutActivity, ids: completeness.resultsWithoutActivity },
    { label: pactMessages.chain.activitiesWithoutInput, ids: completeness.activitiesWithoutInput },
  ].filter((gap) => gap.ids.length > 0);
  const hasEffects = nodes.some((n) => n.kind === "effect");
  return (
    <div className="notice">
      <h3 id="keten-onvolledig-kop">{pactMessages.chain.incompleteHeading}</h3>
      {hasEffects ? null : <p>{pactMessages.chain.noEffects}</p>}
      {gaps.map((gap) => (
        <div key={gap.label}>
          <h4>{gap.label}</h4>
          <ul>
            {nodeTitles(gap.ids, nodes).map((title, i) => (
              <li key={i}>{title}</li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
