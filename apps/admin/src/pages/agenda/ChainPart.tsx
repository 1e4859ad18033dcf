import { useMemo } from "react";
import { agendaGaps } from "@zorgpact/domain/agenda-gaps";
import { agendaMessages } from "../../messages/agenda.ts";
import { useAgenda } from "./agenda-context.ts";
import { ChainEditor } from "./ChainEditor.tsx";
import { CostSection } from "./CostSection.tsx";
import { IssuePicker } from "./IssuePicker.tsx";
import { NoIssues, ScopeSection } from "./ScopeSection.tsx";
import { useIssueScope } from "./useIssueScope.ts";

/** `agenda/effectketen`: the chain of one issue at a time, and the cost of the whole chain. */
export function ChainPart() {
  const { agenda } = useAgenda();
  const { choices, selected } = useIssueScope({ withUnassigned: true });
  const incomplete = useMemo(() => agendaGaps(agenda).flatMap((gap) => (gap.part === "chain" ? gap.issueIds : [])), [agenda]);
  const issue = agenda.issues.find((i) => i.id === selected) ?? null;
  const nodes = agenda.nodes.filter((n) => n.issueId === (selected ?? null));
  return (
    <>
      <p className="lead">{agendaMessages.parts.chainIntro}</p>
      <IssuePicker choices={choices} selected={selected} incomplete={incomplete} />
      {selected === undefined ? (
        <NoIssues />
      ) : (
        <ScopeSection key={selected ?? "zonder"} scope={selected}>
          <ChainEditor issue={issue} nodes={nodes} />
        </ScopeSection>
      )}
      <CostSection />
    </>
  );
}
