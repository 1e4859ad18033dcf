import { NavLink, useSearchParams } from "react-router";
import { pactKindLabels, publicationStatusLabels } from "@zorgpact/ui/labels.ts";
import { ErrorState } from "@zorgpact/ui/Status.tsx";
import { agendaMessages } from "../../messages/agenda.ts";
import { useAgenda } from "./agenda-context.ts";
import { agendaParts, ISSUE_PARAM } from "./agenda-parts.ts";
import { AgendaGapsSummary } from "./AgendaGapsSummary.tsx";

/** Shared by every part: the pact, the parts as a navigation of links, and what the agenda still lacks. */
export function AgendaHeader() {
  const { agenda, pactId, taxonomies } = useAgenda();
  const [params] = useSearchParams();
  const m = agendaMessages;
  // The chosen issue travels along between the parts (through import and export too), so coming back shows it again.
  const issue = params.get(ISSUE_PARAM);
  return (
    <header className="agenda-header">
      <h1>
        {m.page.heading}: {agenda.pact.name}
      </h1>
      <p className="muted">
        {pactKindLabels[agenda.pact.kind]} · {m.page.publication}: <strong>{publicationStatusLabels[agenda.pact.publicationStatus]}</strong>
      </p>
      <nav aria-label={m.parts.navLabel} className="agenda-parts">
        <ul>
          {agendaParts.map((part) => (
            <li key={part.key}>
              <NavLink
                to={{
                  pathname: `/zorgpacten/${pactId}/agenda/${part.slug}`,
                  search: issue ? `?${new URLSearchParams({ [ISSUE_PARAM]: issue }).toString()}` : "",
                }}
              >
                {m.parts[part.key]}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <AgendaGapsSummary />
      {taxonomies.isError ? <ErrorState message={m.page.taxonomiesFailed} onRetry={taxonomies.retry} /> : null}
    </header>
  );
}
