import type { VolgspotRevision, VolgspotYearView } from "@zorgpact/domain/volgspot";
import { formatDate, formatNumber } from "@zorgpact/ui/format.ts";
import { volgspotMessages } from "../../messages/volgspot.ts";
import { ResultNodeFacts } from "./ResultNodeFacts.tsx";

const f = volgspotMessages.form;
const v = volgspotMessages.view;

/** A revision read-only: a submitted, accepted or superseded Volgspot, for everyone who may see it. */
export function RevisionView({ revision, view, headingLevel = 2 }: { revision: VolgspotRevision; view: VolgspotYearView; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? "h2" : "h3";
  const partnerName = new Map(view.known.partners.map((p) => [p.id, p.name]));
  const nodeById = new Map(view.known.resultNodes.map((n) => [n.id, n]));
  const answer = (text: string) => (text.trim() === "" ? <p className="volgspot-meta">{v.notAnswered}</p> : <p className="volgspot-answer">{text}</p>);
  const factorList = (list: readonly string[]) =>
    list.length === 0 ? (
      <p className="volgspot-meta">{v.noFactors}</p>
    ) : (
      <ul>
        {list.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    );
  return (
    <div className="volgspot-view">
      <H>{f.general}</H>
      <dl>
        <dt>{f.heldOn}</dt>
        <dd>{formatDate(revision.heldOn)}</dd>
        <dt>{v.participantsLabel}</dt>
        <dd>
          {v.participants(revision.participantOrganisationIds.length, revision.guestNames.length)}
          {revision.participantOrganisationIds.length + revision.guestNames.length > 0 ? (
            <ul>
              {revision.participantOrganisationIds.map((id) => (
                <li key={id}>{partnerName.get(id) ?? id}</li>
              ))}
              {revision.guestNames.map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
          ) : null}
        </dd>
      </dl>
      <H>{f.questions}</H>
      <p>
        <strong>{f.actionsAnswer}</strong>
      </p>
      {answer(revision.actionsAnswer)}
      <p>
        <strong>{f.positionAnswer}</strong>
      </p>
      {answer(revision.positionAnswer)}
      <p>
        <strong>{f.factorsAnswer}</strong>
      </p>
      {answer(revision.factorsAnswer)}
      <H>{f.report}</H>
      {answer(revision.report)}
      <H>{f.process}</H>
      <dl>
        <dt>{f.newCollaborations}</dt>
        <dd>{revision.newCollaborations === null ? v.notAnswered : formatNumber(revision.newCollaborations)}</dd>
        <dt>{f.collaborationsNote}</dt>
        <dd>{revision.collaborationsNote || v.notAnswered}</dd>
        <dt>{f.themesNote}</dt>
        <dd>{revision.themesNote || v.notAnswered}</dd>
      </dl>
      <H>{f.results}</H>
      {revision.results.length === 0 ? (
        <p className="volgspot-meta">{v.notAnswered}</p>
      ) : (
        revision.results.map((r) => {
          const node = nodeById.get(r.nodeId);
          return (
            <div key={r.nodeId} className="volgspot-result">
              <p>
                <strong>{node ? `${node.kind === "effect" ? f.effect : f.result}: ${node.title}` : r.nodeId}</strong>
              </p>
              {r.note ? <p className="volgspot-answer">{r.note}</p> : null}
              {node ? <ResultNodeFacts node={node} /> : null}
            </div>
          );
        })
      )}
      <H>{f.successFactors}</H>
      {factorList(revision.successFactors)}
      <H>{f.failureFactors}</H>
      {factorList(revision.failureFactors)}
    </div>
  );
}
