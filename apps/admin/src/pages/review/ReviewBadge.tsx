import type { ReviewStatus } from "@zorgpact/domain/measurement-review";
import { measurementReviewMessages as m } from "../../messages/measurement-review.ts";

/** A measurement's review status (and "Vergrendeld" when its period is locked), in words and colour. */
export function ReviewBadge({ status, locked = false }: { status: ReviewStatus; locked?: boolean }) {
  return (
    <>
      <span className={`review-badge review-badge--${status}`}>{m.status[status]}</span>
      {locked ? <span className="review-badge review-badge--locked">{m.agenda.locked}</span> : null}
    </>
  );
}
