import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { adoptionOptions, consolidationOptions } from "@zorgpact/domain/front-runner";
import type { PactDetail } from "@zorgpact/domain/pact";
import { DemoSource } from "@zorgpact/ui/report/DemoNotice.tsx";
import { EmptyState } from "@zorgpact/ui/Status.tsx";
import { pactMessages } from "../../messages/pact.ts";
import { trpc } from "../../trpc.ts";

const pactPath = (slug: string) => `/zorgpacten/${encodeURIComponent(slug)}`;

/** A regional pact's or breeding ground's front-runners, with the way to all front-runners of its region. */
export function FrontRunnersSection({ pact }: { pact: PactDetail }) {
  // The map's per-region counts say whether the region has published front-runners: the link to
  // them only where the list would not be empty.
  const regions = useQuery({ ...trpc.map.regions.queryOptions(), enabled: pact.region !== null });
  const regionFrontRunners = regions.data?.find((region) => region.id === pact.region?.id)?.counts.frontRunners ?? 0;
  return (
    <section aria-labelledby="koplopers-kop">
      <h2 id="koplopers-kop">{pactMessages.pact.frontRunnersHeading}</h2>
      {pact.frontRunners.length === 0 ? (
        <EmptyState>{pactMessages.pact.noFrontRunners}</EmptyState>
      ) : (
        <>
          <p>{pactMessages.pact.frontRunnersIntro}</p>
          <ul>
            {pact.frontRunners.map((runner) => (
              <li key={runner.id}>
                <Link to={pactPath(runner.slug)}>{runner.name}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {pact.region && regionFrontRunners > 0 ? (
        <p>
          <Link to={`/koplopers?regio=${pact.region.id}`}>{pactMessages.pact.frontRunnersInRegion(pact.region.name)}</Link>
        </p>
      ) : null}
    </section>
  );
}

/** A front-runner's regional pact, and whether its approach was taken over and made to last (figures 6 and 8). */
export function FollowUpSection({ pact }: { pact: PactDetail }) {
  const followUp = pact.followUp;
  // Answers the demo seed invented (and nobody changed since) say so where they are shown.
  const environment = useQuery({ ...trpc.report.environment.queryOptions(), staleTime: Infinity });
  const demoFields = environment.data?.demoFollowUp.find((d) => d.pactId === pact.id)?.fields ?? [];
  const adoption = adoptionOptions.find((o) => o.key === followUp?.adoption)?.label ?? pactMessages.pact.notRecorded;
  const consolidation =
    followUp && followUp.consolidationAgreements.length > 0
      ? followUp.consolidationAgreements.map((key) => consolidationOptions.find((o) => o.key === key)?.label ?? key).join("; ")
      : pactMessages.pact.notRecorded;
  return (
    <section aria-labelledby="navolging-kop">
      <h2 id="navolging-kop">{pactMessages.pact.followUpHeading}</h2>
      <dl className="facts">
        {pact.parentPact ? (
          <div className="facts__row">
            <dt>{pactMessages.pact.partOf}</dt>
            <dd>
              <Link to={pactPath(pact.parentPact.slug)}>{pact.parentPact.name}</Link>
            </dd>
          </div>
        ) : null}
        <div className="facts__row">
          <dt>{pactMessages.pact.adoption}</dt>
          <dd>
            {adoption}
            {demoFields.includes("adoption") ? <DemoSource /> : null}
          </dd>
        </div>
        <div className="facts__row">
          <dt>{pactMessages.pact.consolidation}</dt>
          <dd>
            {consolidation}
            {demoFields.includes("consolidationAgreements") ? <DemoSource /> : null}
          </dd>
        </div>
      </dl>
    </section>
  );
}
