import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { EmptyState, ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { messages } from "../../messages.ts";
import { resultsMessages as m } from "../../messages/results.ts";
import { trpc } from "../../trpc.ts";
import { ShareTable } from "./ShareTable.tsx";

export function ResultsPage() {
  useDocumentTitle(m.title, messages.siteName);
  const insight = useQuery(trpc.insight.resultsAndEffects.queryOptions());
  const environment = useQuery({ ...trpc.report.environment.queryOptions(), staleTime: Infinity });
  return (
    <>
      <h1>{m.heading}</h1>
      <p className="lead">{m.lead}</p>
      <p>{m.source}</p>
      {environment.data?.demoData ? <p className="demo-source">{m.demoNote}</p> : null}
      <p>
        {m.reportIntro} <Link to="/rapportage">{m.reportLink}</Link>.
      </p>
      {insight.isPending ? (
        <LoadingState />
      ) : insight.isError ? (
        <ErrorState onRetry={() => void insight.refetch()} />
      ) : insight.data.resultAreas.length + insight.data.effectCategories.length === 0 ? (
        <EmptyState>{m.empty}</EmptyState>
      ) : (
        <>
          <section aria-labelledby="n-kop">
            <h2 id="n-kop">{m.nHeading}</h2>
            <ul className="figures grid plain-list">
              <li className="card figure">{m.nRegional(insight.data.n.regionalPacts)}</li>
              <li className="card figure">{m.nFrontRunners(insight.data.n.frontRunners)}</li>
            </ul>
          </section>
          <section aria-labelledby="resultaatgebieden-kop">
            <h2 id="resultaatgebieden-kop">{m.resultAreasHeading}</h2>
            <p>{m.resultAreasIntro}</p>
            {insight.data.resultAreas.map((group) => (
              <ShareTable
                key={group.groupId ?? "overig"}
                caption={m.resultCaption(group.label ?? m.otherGroup)}
                termColumn={m.termColumnResult}
                rows={group.rows}
                n={insight.data.n}
              />
            ))}
          </section>
          <section aria-labelledby="effecten-kop">
            <h2 id="effecten-kop">{m.effectsHeading}</h2>
            <p>{m.effectsIntro}</p>
            {insight.data.effectCategories.map((group) => (
              <ShareTable
                key={group.groupId ?? "overig"}
                caption={m.effectCaption(group.label ?? m.otherGroup)}
                termColumn={m.termColumnEffect}
                rows={group.rows}
                n={insight.data.n}
              />
            ))}
          </section>
        </>
      )}
    </>
  );
}
