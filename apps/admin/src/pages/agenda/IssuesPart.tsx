import { agendaMessages } from "../../messages/agenda.ts";
import { IssuesSection } from "./IssuesSection.tsx";

/** `agenda/vraagstukken`: the issues, and of one issue at a time its details, coalition and ambitions. */
export function IssuesPart() {
  return (
    <>
      <p className="lead">{agendaMessages.parts.issuesIntro}</p>
      <IssuesSection />
    </>
  );
}
