import type { ChainCompleteness } from "@zorgpact/domain/effect-chain";
import type { DiagramNodeRef } from "./chain-layout.ts";
import { chainMessages } from "./chain-messages.ts";
import { Heading, subLevel, type HeadingLevel } from "./Heading.tsx";

/**
 * Where the chain breaks, as the API computed it: effects without a contributing result, results
 * without an activity, activities without input, or no effect at all. A live region, so a
 * screen-reader user hears the verdict change while editing the chain.
 */
export function CompletenessReport({
  completeness,
  nodes,
  scope = "pact",
  headingLevel = 3,
}: {
  completeness: ChainCompleteness;
  /** To name the nodes the report lists. */
  nodes: readonly DiagramNodeRef[];
  /** "issue": the chain under one issue; "pact": the whole pact's chain. */
  scope?: "issue" | "pact";
  headingLevel?: HeadingLevel;
}) {
  const m = chainMessages.completeness;
  const titleOf = new Map(nodes.map((n) => [n.id, n.title]));
  const gaps = [
    { label: m.effectsWithoutResult, ids: completeness.effectsWithoutResult },
    { label: m.resultsWithoutActivity, ids: completeness.resultsWithoutActivity },
    { label: m.activitiesWithoutInput, ids: completeness.activitiesWithoutInput },
  ].filter((gap) => gap.ids.length > 0);
  const hasEffects = nodes.some((n) => n.kind === "effect");

  return (
    <div className="chain-completeness" aria-live="polite">
      {completeness.complete ? (
        <p className="notice notice--ok">
          <span aria-hidden="true">✓ </span>
          {scope === "issue" ? m.completeIssue : m.completePact}
        </p>
      ) : (
        <div className="notice">
          <Heading level={headingLevel}>{m.incompleteHeading}</Heading>
          {hasEffects ? null : <p>{m.noEffects}</p>}
          {gaps.map((gap) => (
            <div key={gap.label}>
              <Heading level={subLevel(headingLevel)}>{gap.label}</Heading>
              <ul>
                {gap.ids.map((id) => (
                  <li key={id}>{titleOf.get(id) ?? id}</li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
