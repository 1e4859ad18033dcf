import { useMemo } from "react";
import { Link } from "react-router";
import { agendaGaps, type AgendaGap } from "@zorgpact/domain/agenda-gaps";
import { agendaMessages } from "../../messages/agenda.ts";
import { useAgenda } from "./agenda-context.ts";
import { agendaPartPath, gapPart } from "./agenda-parts.ts";

/**
 * What the agenda still lacks, in one line per kind of gap, each a link to the part (and the first
 * issue) where it is mended. Shown on every part, so the chain's state is never out of sight.
 */
export function AgendaGapsSummary() {
  const { agenda, pactId } = useAgenda();
  const m = agendaMessages.gaps;
  const gaps = useMemo(() => agendaGaps(agenda), [agenda]);
  const hasUnassigned = agenda.nodes.some((n) => n.issueId === null);

  const target = (gap: AgendaGap) => {
    const scope = gap.issueIds[0];
    // No issue and no old nodes: the first step is an issue, not a chain.
    if (scope === null && !hasUnassigned) return agendaPartPath(pactId, "issues");
    return agendaPartPath(pactId, gapPart[gap.part], scope);
  };
  const label = (gap: AgendaGap) => (gap.kind === "noEffect" && gap.issueIds[0] === null ? m.noEffectPact : m[gap.kind](gap.count));

  return (
    <section aria-labelledby="agenda-gaps-kop" className="agenda-gaps">
      <h2 id="agenda-gaps-kop">{m.heading}</h2>
      {gaps.length === 0 ? (
        <p className="agenda-gaps__complete">
          <span aria-hidden="true">✓ </span>
          {m.complete}
        </p>
      ) : (
        <ul>
          {gaps.map((gap) => (
            <li key={gap.kind}>
              <Link to={target(gap)}>{label(gap)}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
