import { useMemo } from "react";
import { agendaGaps } from "@zorgpact/domain/agenda-gaps";
import { agendaMessages } from "../../messages/agenda.ts";
import { useAgenda } from "./agenda-context.ts";
import { IndicatorsSection } from "./IndicatorsSection.tsx";
import { IssuePicker } from "./IssuePicker.tsx";
import { PeerReviewSetting } from "../review/PeerReviewSetting.tsx";
import { NoIssues, ScopeSection } from "./ScopeSection.tsx";
import { useIssueScope } from "./useIssueScope.ts";

/** `agenda/indicatoren`: the indicators and measurements of the results and effects of one issue at a time. */
export function IndicatorsPart() {
  const { agenda } = useAgenda();
  const { choices, selected } = useIssueScope({ withUnassigned: true });
  const incomplete = useMemo(() => agendaGaps(agenda).flatMap((gap) => (gap.part === "indicators" ? gap.issueIds : [])), [agenda]);
  const nodes = agenda.nodes.filter((n) => n.issueId === (selected ?? null));
  return (
    <>
      <p className="lead">{agendaMessages.parts.indicatorsIntro}</p>
      <PeerReviewSetting />
      <IssuePicker choices={choices} selected={selected} incomplete={incomplete} />
      {selected === undefined ? (
        <NoIssues />
      ) : (
        <ScopeSection key={selected ?? "zonder"} scope={selected}>
          <IndicatorsSection nodes={nodes} />
        </ScopeSection>
      )}
    </>
  );
}
