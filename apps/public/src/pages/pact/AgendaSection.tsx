import "./action-agenda.css";
import type { Agenda } from "@zorgpact/domain/agenda";
import { EmptyState } from "@zorgpact/ui/Status.tsx";
import { pactMessages } from "../../messages/pact.ts";

const m = pactMessages.agenda;

/**
 * The action agenda (figure 4), above the effect chain: each issue (vraagstuk) with the coalition
 * of partners that takes it on and its ambitions, the long-term effects it aims for.
 */
export function AgendaSection({ agenda, failed }: { agenda: Agenda | undefined; failed: boolean }) {
  return (
    <section aria-labelledby="actieagenda-kop" className="action-agenda">
      <h2 id="actieagenda-kop">{m.heading}</h2>
      {failed ? (
        <p className="notice">{m.unavailable}</p>
      ) : !agenda ? null : agenda.issues.length === 0 ? (
        <EmptyState>{m.empty}</EmptyState>
      ) : (
        <>
          <p>{m.intro}</p>
          <ol className="action-agenda__issues">
            {agenda.issues.map((issue) => (
              <li key={issue.id} className="card action-agenda__issue">
                <h3 id={`vraagstuk-${issue.id}`}>{issue.title}</h3>
                {issue.description ? <p>{issue.description}</p> : null}
                {issue.themes.length > 0 ? (
                  <p className="muted">
                    {m.themes}: {issue.themes.map((t) => t.label).join(", ")}
                  </p>
                ) : null}
                <h4>{m.coalition}</h4>
                {issue.coalition.length === 0 ? (
                  <p className="muted">{m.noCoalition}</p>
                ) : (
                  <ul className="action-agenda__coalition">
                    {issue.coalition.map((organisation) => (
                      <li key={organisation.id}>{organisation.name}</li>
                    ))}
                  </ul>
                )}
                <h4>{m.ambitions}</h4>
                {issue.ambitions.length === 0 ? (
                  <p className="muted">{m.noAmbitions}</p>
                ) : (
                  <ul className="action-agenda__ambitions">
                    {issue.ambitions.map((ambition) => (
                      <li key={ambition.id}>{ambition.statement}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
