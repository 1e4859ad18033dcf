import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { hasPhases } from "@zorgpact/domain/pact";
import { errorCode } from "@zorgpact/ui/errors.ts";
import { ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { messages } from "../../messages.ts";
import { pactMessages } from "../../messages/pact.ts";
import { trpc } from "../../trpc.ts";
import { NotFoundContent } from "../not-found/NotFoundContent.tsx";
import { AgendaSection } from "./AgendaSection.tsx";
import { EffectChainSection } from "./EffectChainSection.tsx";
import { FollowUpSection, FrontRunnersSection } from "./FrontRunnersSection.tsx";
import { IndicatorBreakdowns } from "./IndicatorBreakdowns.tsx";
import { IndicatorEvidence } from "./IndicatorEvidence.tsx";
import { PactOverview } from "./PactOverview.tsx";
import { PartnersSection } from "./PartnersSection.tsx";
import { PhaseSection } from "./PhaseSection.tsx";
import { ThemesSection } from "./ThemesSection.tsx";
import { VolgspotSummary } from "./VolgspotSummary.tsx";

export function PactPage() {
  const { slug = "" } = useParams();
  const query = useQuery(trpc.pact.get.queryOptions({ slug }));
  // Asked for beside the pact (not after it), so the server renders both in one pass.
  const agenda = useQuery(trpc.agenda.getPublic.queryOptions({ slug }));
  // An unknown slug and one the API refuses as input (too long) are both "not found" to a visitor.
  const code = errorCode(query.error);
  const notFound = code === "NOT_FOUND" || code === "BAD_REQUEST";
  useDocumentTitle(
    query.data?.name ?? (notFound ? messages.notFound.pactTitle : query.isError ? messages.error.title : pactMessages.pact.loadingTitle),
    messages.siteName,
  );

  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    if (notFound) return <NotFoundContent heading={messages.notFound.pactHeading} body={messages.notFound.pactBody} />;
    return (
      <>
        <h1>{messages.error.heading}</h1>
        <ErrorState onRetry={() => void query.refetch()} />
      </>
    );
  }

  const pact = query.data;
  return (
    <article className="pact">
      <nav aria-label={pactMessages.pact.breadcrumbLabel} className="breadcrumb">
        <Link to="/zorgpacten">← {pactMessages.pact.backToList}</Link>
      </nav>
      <h1>{pact.name}</h1>
      <PactOverview pact={pact} />
      {hasPhases(pact.kind) ? <PhaseSection currentPhase={pact.currentPhase} checklist={pact.checklist} history={pact.phaseHistory} /> : null}
      <PartnersSection partners={pact.partners} />
      <ThemesSection themes={pact.themes} />
      {pact.kind === "front_runner" ? <FollowUpSection pact={pact} /> : null}
      {pact.kind === "regional_pact" || pact.kind === "breeding_ground" ? <FrontRunnersSection pact={pact} /> : null}
      <AgendaSection agenda={agenda.data} failed={agenda.isError} />
      <EffectChainSection chain={pact.chain} partners={pact.partners} />
      <IndicatorBreakdowns slug={pact.slug} />
      <IndicatorEvidence slug={pact.slug} indicators={pact.chain.indicators} />
      {pact.kind === "regional_pact" ? <VolgspotSummary slug={pact.slug} /> : null}
    </article>
  );
}
