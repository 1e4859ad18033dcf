import { formatIndicatorValue, type UnitKind } from "@zorgpact/domain/indicator-unit";
import type { ReviewBreakdown } from "@zorgpact/domain/measurement-review";
import { measurementReviewMessages } from "../../messages/measurement-review.ts";

const m = measurementReviewMessages.queue;

/**
 * The parts a reviewer approves with a submitted value: a small two-column table per dimension
 * (fits a phone). Parts have no public copy, so they are public only once this value is approved.
 */
export function ReviewParts({ breakdowns, unitKind, unit }: { breakdowns: readonly ReviewBreakdown[]; unitKind: UnitKind; unit: string }) {
  if (breakdowns.length === 0) return null;
  return (
    <div className="review-parts">
      <p className="review-parts__heading">{m.partsHeading}</p>
      {breakdowns.map((breakdown) => (
        <table key={breakdown.dimensionId} className="review-parts__table">
          <caption>{m.partsCaption(breakdown.dimension)}</caption>
          <thead>
            <tr>
              <th scope="col">{m.category}</th>
              <th scope="col">{m.partValue}</th>
            </tr>
          </thead>
          <tbody>
            {breakdown.parts.map((part) => (
              <tr key={part.category}>
                <th scope="row">{part.category}</th>
                <td>{formatIndicatorValue(part.value, unitKind, unit)}</td>
              </tr>
            ))}
          </tbody>
          {breakdown.source ? (
            <tfoot>
              <tr>
                <td colSpan={2} className="muted">
                  {m.partsSource(breakdown.source)}
                </td>
              </tr>
            </tfoot>
          ) : null}
        </table>
      ))}
      <p className="muted review-parts__public">{m.partsNotPublic}</p>
    </div>
  );
}
