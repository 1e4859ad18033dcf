import type { PactSummary } from "@zorgpact/domain/pact";
import { Link } from "react-router";
import { pactsMessages } from "../../messages/pacts.ts";

const a = pactsMessages.actions;

/** Bewerken, Agenda and (for a regional pact) Volgspot: short visible words, named in full for screen readers. */
export function PactActions({ pact }: { pact: Pick<PactSummary, "id" | "name" | "kind"> }) {
  return (
    <ul className="pact-actions">
      <li>
        <Link to={`/zorgpacten/${pact.id}`}>
          {a.edit}
          <span className="visually-hidden">{a.editOf(pact.name)}</span>
        </Link>
      </li>
      <li>
        <Link to={`/zorgpacten/${pact.id}/agenda`}>
          {a.agenda}
          <span className="visually-hidden">{a.agendaOf(pact.name)}</span>
        </Link>
      </li>
      {pact.kind === "regional_pact" ? (
        <li>
          <Link to={`/zorgpacten/${pact.id}/volgspot`}>
            {a.volgspot}
            <span className="visually-hidden">{a.of(pact.name)}</span>
          </Link>
        </li>
      ) : null}
    </ul>
  );
}
