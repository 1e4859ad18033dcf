import { Link } from "react-router";
import { agendaMessages } from "../../messages/agenda.ts";
import { ISSUE_PARAM, scopeParam, type IssueScope } from "./agenda-parts.ts";
import type { ScopeChoice } from "./useIssueScope.ts";

/**
 * Links to each issue of the current part (`?vraagstuk=`), the shown one marked with aria-current;
 * `incomplete` marks the issues where this part still has a gap.
 */
export function IssuePicker({
  choices,
  selected,
  incomplete = [],
}: {
  choices: readonly ScopeChoice[];
  selected: IssueScope | undefined;
  incomplete?: readonly IssueScope[];
}) {
  const m = agendaMessages.picker;
  if (choices.length < 2) return null;
  return (
    <nav aria-label={m.label} className="agenda-picker">
      <ul>
        {choices.map((choice) => {
          const current = choice.scope === selected;
          return (
            <li key={scopeParam(choice.scope)}>
              <Link
                to={{ search: `?${new URLSearchParams({ [ISSUE_PARAM]: scopeParam(choice.scope) }).toString()}` }}
                aria-current={current ? "true" : undefined}
                className={current ? "agenda-picker__current" : undefined}
              >
                {choice.label}
                {incomplete.includes(choice.scope) ? <span className="agenda-picker__mark"> ({m.incomplete})</span> : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
