import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { messages } from "../../messages.ts";
import { trpc } from "../../trpc.ts";
import { BarriersHandled } from "./BarriersHandled.tsx";
import { KindCounts } from "./KindCounts.tsx";
import { PhaseDistribution } from "./PhaseDistribution.tsx";
import { ThemeCoverage } from "./ThemeCoverage.tsx";
import { VolgspotFigure } from "./VolgspotFigure.tsx";

export function HomePage() {
  useDocumentTitle(null, messages.siteName);
  return (
    <>
      <h1>{messages.home.heading}</h1>
      <p className="lead">{messages.home.lead}</p>
      <p>{messages.home.intro}</p>
      <div className="card motto">
        <p>
          <strong>{messages.home.motto}</strong>
        </p>
        <p>{messages.home.mottoExplained}</p>
      </div>
      <p>
        <Link to="/zorgpacten" className="button">
          {messages.home.toList}
        </Link>
      </p>
      <ProgrammeFigures />
      <Explore />
    </>
  );
}

function ProgrammeFigures() {
  const stats = useQuery(trpc.stats.national.queryOptions());
  return (
    <section aria-labelledby="cijfers-kop">
      <h2 id="cijfers-kop">{messages.home.figuresHeading}</h2>
      {stats.isPending ? (
        <LoadingState />
      ) : stats.isError ? (
        <ErrorState onRetry={() => void stats.refetch()} />
      ) : (
        <>
          <KindCounts counts={stats.data.countsByKind} />
          <PhaseDistribution distribution={stats.data.phaseDistribution} />
          <ThemeCoverage coverage={stats.data.themeCoverage} />
          <BarriersHandled />
          <VolgspotFigure />
        </>
      )}
    </section>
  );
}

function Explore() {
  return (
    <section aria-labelledby="verder-kop">
      <h2 id="verder-kop">{messages.home.exploreHeading}</h2>
      <ul className="grid plain-list explore">
        {messages.home.explore.map((item) => (
          <li key={item.to} className="card">
            <h3>
              <Link to={item.to}>{item.title}</Link>
            </h3>
            <p>{item.text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
