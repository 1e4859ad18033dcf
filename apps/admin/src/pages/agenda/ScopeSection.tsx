import type { ReactNode } from "react";
import { Link } from "react-router";
import { EmptyState } from "@zorgpact/ui/Status.tsx";
import { agendaMessages } from "../../messages/agenda.ts";
import { useAgenda } from "./agenda-context.ts";
import { agendaPartPath, scopeParam, type IssueScope } from "./agenda-parts.ts";

/** The issue (or the nodes without one) a part shows, as a region named by its heading. */
export function ScopeSection({ scope, children }: { scope: IssueScope; children: ReactNode }) {
  const { agenda } = useAgenda();
  const issue = scope === null ? undefined : agenda.issues.find((i) => i.id === scope);
  const headingId = `deel-${scopeParam(scope)}-kop`;
  return (
    <section aria-labelledby={headingId} className="agenda-issue">
      {issue ? (
        <>
          <p className="agenda-issue__kicker">{agendaMessages.issues.kicker}</p>
          <h2 id={headingId} tabIndex={-1}>
            {issue.title}
          </h2>
        </>
      ) : (
        <>
          <h2 id={headingId} tabIndex={-1}>
            {agendaMessages.chain.unassignedHeading}
          </h2>
          <p>{agendaMessages.chain.unassignedIntro}</p>
        </>
      )}
      {children}
    </section>
  );
}

/** A part with nothing to show yet: the issues come first. */
export function NoIssues() {
  const { pactId } = useAgenda();
  const m = agendaMessages.picker;
  return (
    <EmptyState>
      {m.noIssues} <Link to={agendaPartPath(pactId, "issues")}>{m.toIssues}</Link>.
    </EmptyState>
  );
}
