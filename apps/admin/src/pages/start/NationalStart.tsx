import type { WorkQueue } from "@zorgpact/domain/work-queue";
import { startMessages as m } from "../../messages/start.ts";
import {
  ApplicationsGroup,
  BarriersGroup,
  FailedMailGroup,
  OverdueGroup,
  queueSectionIds,
  StalePactsGroup,
  SupportGroup,
  VolgspotsGroup,
} from "./QueueGroups.tsx";
import { MeasurementReviewsGroup, measurementReviewsSectionId, measurementReviewsSummaryLabel } from "../review/MeasurementReviewsGroup.tsx";

/** The national team's work queue: a summary of the counts (links to the groups below), then the groups. */
export function NationalStart({ queue }: { queue: WorkQueue }) {
  const counts: { id: string; label: string; n: number }[] = [
    { id: queueSectionIds.applications, label: m.summary.applications, n: queue.applications?.total ?? 0 },
    { id: queueSectionIds.barriers, label: m.summary.barriers, n: queue.barriers?.total ?? 0 },
    { id: queueSectionIds.volgspots, label: m.summary.volgspots, n: queue.volgspots.total },
    { id: measurementReviewsSectionId, label: measurementReviewsSummaryLabel, n: queue.measurementReviews.total },
    { id: queueSectionIds.support, label: m.summary.support, n: queue.support.total },
    { id: queueSectionIds.failedMail, label: m.summary.failedMail, n: queue.failedMail ?? 0 },
    { id: queueSectionIds.stalePacts, label: m.summary.stalePacts, n: queue.stalePacts.total },
    { id: queueSectionIds.overdue, label: m.summary.overdue, n: queue.overdue.total },
  ];
  const nothing = counts.every((c) => c.n === 0);
  return (
    <>
      <p>{m.national.intro}</p>
      <nav aria-label={m.national.summaryLabel}>
        <ul className="queue-summary">
          {counts.map((c) => (
            <li key={c.id} className={c.n > 0 ? "queue-summary__item queue-summary__item--open" : "queue-summary__item"}>
              <a href={`#${c.id}`}>
                <span className="queue-summary__count">{c.n}</span> <span className="queue-summary__label">{c.label}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {nothing ? <p className="queue-section__empty">{m.national.allDone}</p> : null}
      <div className="queue-groups">
        {queue.applications ? <ApplicationsGroup group={queue.applications} /> : null}
        {queue.barriers ? <BarriersGroup group={queue.barriers} /> : null}
        <VolgspotsGroup group={queue.volgspots} national />
        <MeasurementReviewsGroup group={queue.measurementReviews} />
        <SupportGroup group={queue.support} />
        <FailedMailGroup count={queue.failedMail ?? 0} />
        <StalePactsGroup group={queue.stalePacts} days={queue.staleDays} />
        <OverdueGroup group={queue.overdue} />
      </div>
    </>
  );
}
