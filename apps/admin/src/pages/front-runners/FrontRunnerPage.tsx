import "../pact-edit/pact-edit.css";
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Link, useParams } from "react-router";
import type { PactEditDetail } from "@zorgpact/domain/pact";
import { errorCode } from "@zorgpact/ui/errors.ts";
import { formatTimestamp } from "@zorgpact/ui/format.ts";
import { admissionStatusLabels, publicationStatusLabels, roleLabels, sectorLabels } from "@zorgpact/ui/labels.ts";
import { ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { messages } from "../../messages.ts";
import { frontRunnerMessages } from "../../messages/front-runners.ts";
import { trpc } from "../../trpc.ts";
import { PublicationControl } from "../pact-edit/PublicationControl.tsx";
import { ReviewSection } from "./ReviewSection.tsx";

const m = frontRunnerMessages.review;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `/koplopers/:pactId` (national team): the application, the review of the criteria, the decision and publication. */
export function FrontRunnerPage() {
  const { pactId = "" } = useParams();
  const valid = UUID.test(pactId);
  const query = useQuery(trpc.pact.getForEdit.queryOptions({ id: pactId }, { enabled: valid }));
  const pact = query.data;
  useDocumentTitle(pact ? m.title(pact.name) : m.loadingTitle, messages.siteName);
  const back = (
    <p className="back-link">
      <Link to="/koplopers">← {m.back}</Link>
    </p>
  );
  const code = errorCode(query.error);
  if (!valid || code === "NOT_FOUND" || code === "BAD_REQUEST") return <Problem back={back} text={m.notFound} />;
  if (query.isPending) return <LoadingState />;
  if (!pact) {
    return (
      <>
        {back}
        <h1>{m.loadingTitle}</h1>
        <ErrorState onRetry={() => void query.refetch()} />
      </>
    );
  }
  if (pact.kind !== "front_runner") return <Problem back={back} text={m.notFrontRunner} />;
  return (
    <>
      {back}
      <h1>{pact.name}</h1>
      <dl className="pact-meta">
        <div>
          <dt>{m.status}</dt>
          <dd>{pact.admissionStatus ? admissionStatusLabels[pact.admissionStatus] : ""}</dd>
        </div>
        <div>
          <dt>{m.publication}</dt>
          <dd>{publicationStatusLabels[pact.publicationStatus]}</dd>
        </div>
      </dl>
      <p>
        <Link to={`/zorgpacten/${pact.id}`}>{m.editPact}</Link>
      </p>
      <Application pact={pact} />
      <ReviewSection key={pact.id} pact={pact} />
      {pact.admissionStatus === "admitted" ? <PublicationControl pact={pact} /> : null}
    </>
  );
}

function Problem({ back, text }: { back: ReactNode; text: string }) {
  return (
    <>
      {back}
      <h1>{m.loadingTitle}</h1>
      <p>{text}</p>
    </>
  );
}

function Application({ pact }: { pact: PactEditDetail }) {
  const application = pact.application;
  return (
    <section aria-labelledby="aanmelding-kop">
      <h2 id="aanmelding-kop">{m.applicationHeading}</h2>
      {application ? null : <p>{m.noApplication}</p>}
      <dl className="facts-list">
        {application ? (
          <>
            <dt>{m.organisation}</dt>
            <dd>{application.organisationName}</dd>
            <dt>{m.contactName}</dt>
            <dd>{application.contactName}</dd>
            <dt>{m.contactEmail}</dt>
            <dd>
              <a href={`mailto:${application.contactEmail}`}>{application.contactEmail}</a>
            </dd>
            <dt>{m.submittedAt}</dt>
            <dd>{formatTimestamp(application.submittedAt)}</dd>
          </>
        ) : null}
        <dt>{m.region}</dt>
        <dd>{pact.region?.name ?? frontRunnerMessages.noRegion}</dd>
        <dt>{m.description}</dt>
        <dd className="application-text">{pact.description}</dd>
        {application ? (
          <>
            <dt>{m.motivation}</dt>
            <dd className="application-text">{application.motivation}</dd>
          </>
        ) : null}
      </dl>
      <h3>{m.partnersHeading}</h3>
      {pact.partners.length === 0 ? (
        <p>{m.noPartners}</p>
      ) : (
        <ul>
          {pact.partners.map((partner) => (
            <li key={partner.id}>
              {partner.name} — {sectorLabels[partner.sector]}, {roleLabels[partner.role].toLowerCase()}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
