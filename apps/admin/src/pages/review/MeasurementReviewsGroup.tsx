import type { WorkQueue } from "@zorgpact/domain/work-queue";
import { measurementReviewMessages } from "../../messages/measurement-review.ts";
import { QueueItem, QueueSection } from "../start/QueueSection.tsx";

/** The anchor of the group on the start page. */
export const measurementReviewsSectionId = "metingen-ter-beoordeling";

const labels = measurementReviewMessages.workQueue;
export const measurementReviewsSummaryLabel = labels.summary;

/** "Metingen ter beoordeling" on the start page: per pact how many wait, linking to the review queue. */
export function MeasurementReviewsGroup({ group, headingLevel }: { group: WorkQueue["measurementReviews"]; headingLevel?: 2 | 3 }) {
  return (
    <QueueSection
      id={measurementReviewsSectionId}
      headingLevel={headingLevel}
      label={labels.label}
      total={group.total}
      shown={group.items.reduce((n, i) => n + i.count, 0)}
      intro={labels.intro}
      empty={labels.empty}
      more={{ to: "/beoordelen", label: labels.all }}
    >
      {group.items.map((r) => (
        <QueueItem key={r.pactId} to={`/beoordelen?zorgpact=${r.pactId}`} title={r.pactName} meta={labels.count(r.count)} />
      ))}
    </QueueSection>
  );
}
