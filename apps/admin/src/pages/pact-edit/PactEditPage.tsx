import "./pact-edit.css";
import { useQuery } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { Link, useLocation, useParams } from "react-router";
import { hasPhases, type PactEditDetail } from "@zorgpact/domain/pact";
import { pactMayRequestSupport } from "@zorgpact/domain/support";
import { errorCode } from "@zorgpact/ui/errors.ts";
import { formatTimestamp } from "@zorgpact/ui/format.ts";
import { admissionStatusLabels, pactKindLabels, publicationStatusLabels } from "@zorgpact/ui/labels.ts";
import { ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { isNationalAdmin, useSignedInUser } from "../../auth/signed-in-user.ts";
import { FormStatus } from "@zorgpact/ui/forms/FormParts.tsx";
import { messages } from "../../messages.ts";
import { pactEditMessages } from "../../messages/pact-edit.ts";
import { supportMessages } from "../../messages/support.ts";
import { volgspotMessages } from "../../messages/volgspot.ts";
import { trpc } from "../../trpc.ts";
import { ArchiveSection } from "./ArchiveSection.tsx";
import { DetailsForm } from "./DetailsForm.tsx";
import { PartnersSection } from "./PartnersSection.tsx";
import { PhaseSection } from "./PhaseSection.tsx";
import { PublicationControl } from "./PublicationControl.tsx";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const m = pactEditMessages.pactEdit;

/** `/zorgpacten/:pactId`: one pact's fields, partners, phases, publication and archive, for its editors and the national team. */
export function PactEditPage() {
  const { pactId = "" } = useParams();
  const valid = UUID.test(pactId);
  const query = useQuery(trpc.pact.getForEdit.queryOptions({ id: pactId }, { enabled: valid }));
  useDocumentTitle(query.data ? m.title(query.data.name) : m.loadingTitle, messages.siteName);

  const back = (
    <p className="back-link">
      <Link to="/zorgpacten">← {m.back}</Link>
    </p>
  );
  const code = errorCode(query.error);
  if (!valid || code === "NOT_FOUND" || code === "BAD_REQUEST") return <Problem back={back} text={m.notFound} />;
  if (code === "FORBIDDEN") return <Problem back={back} text={m.forbidden} />;
  if (query.isPending && valid) return <LoadingState />;
  if (!query.data) {
    return (
      <>
        {back}
        <h1>{m.heading}</h1>
        <ErrorState onRetry={() => void query.refetch()} />
      </>
    );
  }
  return (
    <>
      {back}
      <PactEditor key={query.data.id} pact={query.data} />
    </>
  );
}

function Problem({ back, text }: { back: ReactNode; text: string }) {
  return (
    <>
      {back}
      <h1>{m.heading}</h1>
      <p>{text}</p>
      <p>
        <Link to="/zorgpacten">{m.toPacts}</Link>
      </p>
    </>
  );
}

function PactEditor({ pact }: { pact: PactEditDetail }) {
  const user = useSignedInUser();
  const admin = isNationalAdmin(user);
  const location = useLocation();
  const notice = (location.state as { notice?: unknown } | null)?.notice;
  // The version the details form saves with. Our own other changes (publication, phase) raise the
  // stored version by one; the form moves along only when nobody else changed it in between.
  const [formVersion, setFormVersion] = useState(pact.version);
  const followOwnChange = (sent: number, next: PactEditDetail) => setFormVersion((v) => (v === sent && next.version === sent + 1 ? next.version : v));
  const phases = hasPhases(pact.kind);

  return (
    <>
      <h1>{pact.name}</h1>
      <FormStatus>{typeof notice === "string" ? notice : null}</FormStatus>
      <dl className="pact-meta">
        <div>
          <dt>{m.meta.kind}</dt>
          <dd>{pactKindLabels[pact.kind]}</dd>
        </div>
        <div>
          <dt>{m.meta.publication}</dt>
          <dd>{publicationStatusLabels[pact.publicationStatus]}</dd>
        </div>
        {pact.admissionStatus ? (
          <div>
            <dt>{m.meta.admission}</dt>
            <dd>{admissionStatusLabels[pact.admissionStatus]}</dd>
          </div>
        ) : null}
        <div>
          <dt>{m.meta.updated}</dt>
          <dd>{formatTimestamp(pact.updatedAt)}</dd>
        </div>
      </dl>
      <ul className="pact-links">
        <li>
          <Link to={`/zorgpacten/${pact.id}/agenda`}>{m.agendaLink}</Link>
        </li>
        {pactMayRequestSupport(pact.kind) ? (
          <li>
            <Link to={`/ondersteuning?zorgpact=${pact.id}`}>{supportMessages.pactLink}</Link>
          </li>
        ) : null}
        {pact.kind === "regional_pact" ? (
          <li>
            <Link to={`/zorgpacten/${pact.id}/volgspot`}>{volgspotMessages.pactLink}</Link>
          </li>
        ) : null}
        {pact.kind === "front_runner" && admin ? (
          <li>
            <Link to={`/koplopers/${pact.id}`}>{m.reviewLink}</Link>
          </li>
        ) : null}
        {pact.publicationStatus === "published" && !pact.archivedAt ? (
          <li>
            {/* The public site lives outside the /admin basename. */}
            <a href={`/zorgpacten/${pact.slug}`}>{m.publicLink}</a>
          </li>
        ) : null}
      </ul>

      {pact.archivedAt ? (
        <>
          <p className="notice">{admin ? m.archivedNotice : m.archivedNoticeEditor}</p>
          {admin ? <ArchiveSection pact={pact} onChanged={followOwnChange} /> : null}
        </>
      ) : (
        <>
          <nav aria-label={m.tocLabel} className="page-toc">
            <ul>
              <li>
                <a href="#publicatie">{pactEditMessages.publication.heading}</a>
              </li>
              <li>
                <a href="#gegevens">{pactEditMessages.details.heading}</a>
              </li>
              <li>
                <a href="#partners">{pactEditMessages.partners.heading}</a>
              </li>
              {phases ? (
                <li>
                  <a href="#fasen">{pactEditMessages.phases.heading}</a>
                </li>
              ) : null}
              {admin ? (
                <li>
                  <a href="#archiveren">{pactEditMessages.archive.heading}</a>
                </li>
              ) : null}
            </ul>
          </nav>
          <PublicationControl pact={pact} onChanged={followOwnChange} />
          <DetailsForm pact={pact} admin={admin} version={formVersion} onVersion={setFormVersion} />
          <PartnersSection pact={pact} />
          {phases ? <PhaseSection pact={pact} onChanged={followOwnChange} /> : null}
          {admin ? <ArchiveSection pact={pact} onChanged={followOwnChange} /> : null}
        </>
      )}
    </>
  );
}
