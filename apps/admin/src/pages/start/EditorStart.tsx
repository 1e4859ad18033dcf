import type { MyPact, WorkQueue } from "@zorgpact/domain/work-queue";
import { hasPhases } from "@zorgpact/domain/pact";
import { formatTimestamp } from "@zorgpact/ui/format.ts";
import { phaseNumberLabel } from "@zorgpact/ui/labels.ts";
import { EmptyState } from "@zorgpact/ui/Status.tsx";
import { Link } from "react-router";
import { pactsMessages } from "../../messages/pacts.ts";
import { startMessages as m } from "../../messages/start.ts";
import { OverdueGroup, StalePactsGroup, SupportGroup, VolgspotsGroup } from "./QueueGroups.tsx";
import { MeasurementReviewsGroup } from "../review/MeasurementReviewsGroup.tsx";

function phaseText(pact: MyPact): string {
  if (!hasPhases(pact.kind)) return pactsMessages.noPhaseForKind;
  return pact.currentPhase === null ? pactsMessages.phaseUnknown : phaseNumberLabel(pact.currentPhase);
}

/** An editor with several pacts (one pact redirects to it): the pacts, then what waits in them. */
export function EditorStart({ queue }: { queue: WorkQueue }) {
  const pacts = queue.myPacts ?? [];
  if (pacts.length === 0) return <EmptyState>{m.editor.none}</EmptyState>;
  const waiting = queue.volgspots.total + queue.support.total + queue.stalePacts.total + queue.overdue.total + queue.measurementReviews.total;
  return (
    <>
      <p>{m.editor.intro}</p>
      <ul className="my-pacts" aria-label={m.editor.caption}>
        {pacts.map((pact) => (
          <li key={pact.id} className="my-pacts__item card">
            <p className="my-pacts__name">
              <Link to={`/zorgpacten/${pact.id}`}>{pact.name}</Link>
            </p>
            <dl className="my-pacts__facts">
              <div>
                <dt>{m.editor.columns.phase}</dt>
                <dd>{phaseText(pact)}</dd>
              </div>
              <div>
                <dt>{m.editor.columns.updated}</dt>
                <dd>{formatTimestamp(pact.updatedAt)}</dd>
              </div>
            </dl>
            <p className="my-pacts__actions">
              <Link to={`/zorgpacten/${pact.id}/agenda`}>
                {m.editor.agenda}
                <span className="visually-hidden">{m.editor.agendaOf(pact.name)}</span>
              </Link>
              {pact.kind === "regional_pact" ? (
                <Link to={`/zorgpacten/${pact.id}/volgspot`}>
                  {pactsMessages.actions.volgspot}
                  <span className="visually-hidden">{pactsMessages.actions.of(pact.name)}</span>
                </Link>
              ) : null}
            </p>
          </li>
        ))}
      </ul>
      <p>
        <Link to="/zorgpacten">{m.editor.search}</Link>
      </p>
      <h2 className="queue-heading">{m.editor.workHeading}</h2>
      {waiting === 0 ? (
        <p className="queue-section__empty">{m.editor.nothingWaiting}</p>
      ) : (
        <div className="queue-groups">
          <VolgspotsGroup group={queue.volgspots} national={false} headingLevel={3} />
          <SupportGroup group={queue.support} headingLevel={3} />
          <StalePactsGroup group={queue.stalePacts} days={queue.staleDays} headingLevel={3} />
          <OverdueGroup group={queue.overdue} headingLevel={3} />
          {/* Only editors of a pact with peer review have measurements to review. */}
          {queue.measurementReviews.total > 0 ? <MeasurementReviewsGroup group={queue.measurementReviews} headingLevel={3} /> : null}
        </div>
      )}
    </>
  );
}
