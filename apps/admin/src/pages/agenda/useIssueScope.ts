import { useMemo } from "react";
import { useSearchParams } from "react-router";
import { agendaMessages } from "../../messages/agenda.ts";
import { useAgenda } from "./agenda-context.ts";
import { ISSUE_PARAM, UNASSIGNED, type IssueScope } from "./agenda-parts.ts";

export interface ScopeChoice {
  scope: IssueScope;
  label: string;
}

/**
 * The issue a part shows, from `?vraagstuk=`: one issue at a time keeps a part's page short. Without
 * (or with an unknown) choice it is the first issue; the chain part also offers the nodes without
 * an issue. `selected` is undefined when there is nothing to show.
 */
export function useIssueScope({ withUnassigned }: { withUnassigned: boolean }): { choices: ScopeChoice[]; selected: IssueScope | undefined } {
  const { agenda } = useAgenda();
  const [params] = useSearchParams();
  const wanted = params.get(ISSUE_PARAM);
  return useMemo(() => {
    const choices: ScopeChoice[] = agenda.issues.map((issue) => ({ scope: issue.id, label: issue.title }));
    if (withUnassigned && agenda.nodes.some((n) => n.issueId === null)) choices.push({ scope: null, label: agendaMessages.picker.unassigned });
    const match = choices.find((c) => (c.scope ?? UNASSIGNED) === wanted) ?? choices[0];
    return { choices, selected: match?.scope };
  }, [agenda.issues, agenda.nodes, wanted, withUnassigned]);
}
