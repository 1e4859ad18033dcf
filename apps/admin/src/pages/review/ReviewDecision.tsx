import { useMutation } from "@tanstack/react-query";
import { reviewReturnInputSchema } from "@zorgpact/domain/measurement-review";
import { DecisionForm } from "../../forms/DecisionForm.tsx";
import { measurementReviewMessages } from "../../messages/measurement-review.ts";
import { trpc } from "../../trpc.ts";

const d = measurementReviewMessages.decision;

/**
 * A reviewer's decision on a submitted measurement: approve (after a confirmation that says it
 * goes public, with its breakdowns when it has any) or return with a required comment.
 */
export function ReviewDecision({
  measurement,
  indicatorName,
  dateText,
  valueText,
  idPrefix,
  onDecided,
}: {
  /** `breakdowns`: the parts that go public with the value (the review queue's items carry them). */
  measurement: { id: string; version: number; breakdowns?: readonly { dimension: string }[] };
  indicatorName: string;
  dateText: string;
  valueText: string;
  idPrefix: string;
  onDecided: (notice: string) => Promise<unknown>;
}) {
  const approve = useMutation(trpc.measurementReview.approve.mutationOptions());
  const sendBack = useMutation(trpc.measurementReview.return.mutationOptions());
  return (
    <DecisionForm
      record={{ id: measurement.id, version: measurement.version }}
      labels={{
        approve: d.approve,
        approving: d.approving,
        approveTitle: d.approveTitle(indicatorName, dateText),
        approveBody: d.approveBody(
          valueText,
          (measurement.breakdowns ?? []).map((b) => b.dimension),
        ),
        approved: d.approved,
        return: d.return,
        returning: d.returning,
        returnTitle: d.returnTitle(indicatorName, dateText),
        returnBody: d.returnBody,
        comment: d.comment,
        returned: d.returned,
        cancel: d.cancel,
      }}
      buttonContext={d.of(indicatorName, dateText)}
      returnSchema={reviewReturnInputSchema}
      approve={approve.mutateAsync}
      sendBack={sendBack.mutateAsync}
      onDecided={onDecided}
      idPrefix={idPrefix}
      className="review-actions"
    />
  );
}
