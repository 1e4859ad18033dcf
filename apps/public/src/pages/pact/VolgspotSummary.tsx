import "./volgspot-summary.css";
import { useQuery } from "@tanstack/react-query";
import { formatIndicatorValue } from "@zorgpact/domain/indicator-unit";
import type { VolgspotPublicSummary } from "@zorgpact/domain/volgspot";
import { EmptyState, ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { volgspotMessages as m } from "../../messages/volgspot.ts";
import { trpc } from "../../trpc.ts";

type Summary = VolgspotPublicSummary["volgspots"][number];

/**
 * The accepted Volgspots of a regional pact: the latest in full, earlier years folded. Only what
 * the national team accepted, and no names of participants (the API leaves them out).
 */
export function VolgspotSummary({ slug }: { slug: string }) {
  const query = useQuery(trpc.volgspot.publicSummary.queryOptions({ slug }));
  return (
    <section aria-labelledby="volgspot-kop" id="volgspot">
      <h2 id="volgspot-kop">{m.heading}</h2>
      <p>{m.intro}</p>
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState onRetry={() => void query.refetch()} />
      ) : query.data.volgspots.length === 0 ? (
        <EmptyState>{m.none}</EmptyState>
      ) : (
        <>
          <YearSummary summary={query.data.volgspots[0]!} />
          {query.data.volgspots.slice(1).map((summary) => (
            <details key={summary.year} className="volgspot-earlier">
              <summary>{m.earlier(summary.year)}</summary>
              <YearSummary summary={summary} />
            </details>
          ))}
        </>
      )}
    </section>
  );
}

function YearSummary({ summary }: { summary: Summary }) {
  const id = `volgspot-${summary.year}`;
  const answer = (text: string) => (text.trim() === "" ? <p className="muted">{m.notAnswered}</p> : <p className="pre-line">{text}</p>);
  const factors = (list: readonly string[]) =>
    list.length === 0 ? (
      <p className="muted">{m.noFactors}</p>
    ) : (
      <ul>
        {list.map((f) => (
          <li key={f}>{f}</li>
        ))}
      </ul>
    );
  return (
    <article aria-labelledby={id} className="volgspot-year">
      <h3 id={id}>{m.yearHeading(summary.year)}</h3>
      <p>{m.held(summary.heldOn, summary.participantCount)}</p>
      <h4>{m.report}</h4>
      {answer(summary.report)}
      <h4>{m.questions}</h4>
      <dl className="volgspot-questions">
        <dt>{m.actionsQuestion}</dt>
        <dd>{answer(summary.actionsAnswer)}</dd>
        <dt>{m.positionQuestion}</dt>
        <dd>{answer(summary.positionAnswer)}</dd>
        <dt>{m.factorsQuestion}</dt>
        <dd>{answer(summary.factorsAnswer)}</dd>
      </dl>
      {summary.newCollaborations !== null ? (
        <>
          <h4>{m.process}</h4>
          <p>{m.newCollaborations(summary.newCollaborations)}</p>
        </>
      ) : null}
      {summary.results.length > 0 ? (
        <>
          <h4>{m.results}</h4>
          <ul>
            {summary.results.map((r) => (
              <li key={r.title}>
                <strong>
                  {r.kind === "effect" ? m.effect : m.result}: {r.title}
                </strong>
                {r.note ? <p>{r.note}</p> : null}
                {r.indicators.length > 0 ? (
                  <ul className="muted">
                    {r.indicators.map((i) => (
                      <li key={i.name}>
                        {i.name}: {i.latest ? m.latest(formatIndicatorValue(i.latest.value, i.unitKind, i.unit), i.latest.measuredOn) : m.noMeasurement}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h4>{m.successFactors}</h4>
      {factors(summary.successFactors)}
      <h4>{m.failureFactors}</h4>
      {factors(summary.failureFactors)}
      <h4>{m.agreements}</h4>
      {summary.agreements.length === 0 ? (
        <p className="muted">{m.noAgreements}</p>
      ) : (
        <ul>
          {summary.agreements.map((a) => (
            <li key={`${a.text}-${a.dueOn}`}>
              {a.text} ({m.agreementStatus[a.status]})<br />
              <span className="muted">{m.agreement(a.ownerName, a.dueOn)}</span>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
