import "./volgspot.css";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { Link, useParams } from "react-router";
import type { VolgspotYearView } from "@zorgpact/domain/volgspot";
import { errorCode } from "@zorgpact/ui/errors.ts";
import { formatDate } from "@zorgpact/ui/format.ts";
import { ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { FormStatus } from "@zorgpact/ui/forms/FormParts.tsx";
import { messages } from "../../messages.ts";
import { volgspotMessages } from "../../messages/volgspot.ts";
import { trpc } from "../../trpc.ts";
import { AgreementsSection, CarriedOverSection } from "./AgreementsSection.tsx";
import { DecisionButtons } from "./DecisionButtons.tsx";
import { isUuid } from "./ids.ts";
import { ReviseButton } from "./ReviseButton.tsx";
import { RevisionView } from "./RevisionView.tsx";
import { VolgspotForm } from "./VolgspotForm.tsx";
import { EvidenceSection } from "../agenda/EvidenceSection.tsx";

const m = volgspotMessages.year;

/** `/zorgpacten/:pactId/volgspot/:year`: one year's Volgspot, its agreements and its workflow. */
export function VolgspotYearPage() {
  const { pactId = "", year: yearParam = "" } = useParams();
  const year = Number(yearParam);
  const valid = isUuid(pactId) && /^\d{4}$/.test(yearParam);
  const queryClient = useQueryClient();
  const query = useQuery(trpc.volgspot.get.queryOptions({ pactId, year }, { enabled: valid }));
  const [notice, setNotice] = useState<string | null>(null);
  const view = query.data;
  useDocumentTitle(view ? m.title(view.year, view.pact.name) : volgspotMessages.pact.loadingTitle, messages.siteName);

  // Every step changes what the list, the monitor and this page show.
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.volgspot.pathKey() });

  const back = (
    <p className="back-link">
      <Link to={`/zorgpacten/${pactId}/volgspot`}>← {m.back}</Link>
    </p>
  );
  const code = errorCode(query.error);
  if (!valid || code === "NOT_FOUND" || code === "BAD_REQUEST") return <Problem back={back} text={m.notFound} />;
  if (code === "FORBIDDEN") return <Problem back={back} text={volgspotMessages.pact.forbidden} />;
  if (query.isPending) return <LoadingState />;
  if (!view) {
    return (
      <>
        {back}
        <h1>{volgspotMessages.pact.heading}</h1>
        <ErrorState onRetry={() => void query.refetch()} />
      </>
    );
  }
  const current = view.current;
  return (
    <>
      {back}
      <h1>
        {m.heading(view.year)} – {view.pact.name}
      </h1>
      <p className="volgspot-meta">
        <span className="volgspot-status">{volgspotMessages.status[current.status]}</span> · {m.revisionLine(current.revision, formatDate(current.heldOn))} ·{" "}
        {m.dueOn(view.dueOn)}
      </p>
      <FormStatus>{notice}</FormStatus>
      <StatusNotice view={view} />
      {view.actions.accept || view.actions.return ? (
        <section className="volgspot-section" aria-labelledby="beoordelen-kop">
          <h2 id="beoordelen-kop">{volgspotMessages.workflow.heading}</h2>
          <DecisionButtons
            revision={current}
            pactName={view.pact.name}
            year={view.year}
            idPrefix="beoordeling"
            onDecided={async (text) => {
              setNotice(text);
              await refresh();
            }}
          />
        </section>
      ) : null}
      {view.actions.revise ? (
        <div className="volgspot-actions">
          <ReviseButton revision={current} onRevised={refresh} />
        </div>
      ) : null}
      {view.accepted ? (
        <details className="volgspot-section">
          <summary>{m.acceptedHeading(view.accepted.revision)}</summary>
          <p>{m.acceptedIntro}</p>
          <RevisionView revision={view.accepted} view={view} headingLevel={3} />
        </details>
      ) : null}
      <CarriedOverSection view={view} onChanged={refresh} />
      {view.actions.edit ? (
        <VolgspotForm key={`${current.id}:${current.status}`} view={view} onChanged={refresh} />
      ) : (
        <RevisionView revision={current} view={view} />
      )}
      <AgreementsSection view={view} onChanged={refresh} />
      <EvidenceSection target={{ targetType: "volgspot", targetId: current.id }} className="volgspot-section" />
      {view.revisions.length > 1 ? (
        <section className="volgspot-section" aria-labelledby="revisies-kop">
          <h2 id="revisies-kop">{m.historyHeading}</h2>
          <ul>
            {view.revisions.map((r) => (
              <li key={r.id}>{m.historyItem(r.revision, volgspotMessages.status[r.status], r.heldOn)}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

function StatusNotice({ view }: { view: VolgspotYearView }) {
  const current = view.current;
  switch (current.status) {
    case "returned":
      return (
        <div className="notice" role="note">
          <p>
            <strong>{m.returned}</strong>
          </p>
          {current.returnComment ? <p className="volgspot-answer">{current.returnComment}</p> : null}
        </div>
      );
    case "submitted":
      return <p className="notice">{m.submittedNotice}</p>;
    case "accepted":
      return (
        <div className="notice">
          <p>{m.acceptedNotice}</p>
          <p>
            {/* The public site lives outside the /admin basename. */}
            <a href={`/zorgpacten/${view.pact.slug}#volgspot`}>{m.publicLink}</a>
          </p>
        </div>
      );
    case "superseded":
      return <p className="notice">{m.supersededNotice}</p>;
    default:
      return null;
  }
}

function Problem({ back, text }: { back: ReactNode; text: string }) {
  return (
    <>
      {back}
      <h1>{volgspotMessages.pact.heading}</h1>
      <p>{text}</p>
    </>
  );
}
