import { agendaMessages } from "../../messages.ts";
import { useAgenda } from "./agenda-context.ts";
import { ChainEditor } from "./ChainEditor.tsx";
import { IndicatorsSection } from "./IndicatorsSection.tsx";

/** Chain nodes from before the agenda existed: they belong to the pact, not to an issue. */
export function UnassignedSection() {
  const { agenda } = useAgenda();
  const m = agendaMessages.chain;
  const nodes = agenda.nodes.filter((n) => n.issueId === null);
  return (
    <section aria-labelledby="zonder-vraagstuk-kop" className="agenda-issue">
      <h2 id="zonder-vraagstuk-kop">{m.unassignedHeading}</h2>
      <p>{m.unassignedIntro}</p>
      <ChainEditor issue={null} nodes={nodes} />
      <IndicatorsSection nodes={nodes} />
    </section>
  );
}
