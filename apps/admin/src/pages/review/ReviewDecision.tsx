import { useMutation } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { reviewReturnInputSchema } from "@zorgpact/domain/measurement-review";
import { ConfirmDialog } from "@zorgpact/ui/ConfirmDialog.tsx";
import { apiFieldErrors, apiMessage, type FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { TextAreaField } from "../../forms/fields.tsx";
import { validate } from "../../forms/validate.ts";
import { messages } from "../../messages.ts";
import { measurementReviewMessages } from "../../messages/measurement-review.ts";
import { trpc } from "../../trpc.ts";

const d = measurementReviewMessages.decision;

/**
 * A reviewer's decision on a submitted measurement: approve (after a confirmation that says it
 * goes public) or return with a required comment.
 */
export function ReviewDecision({
  measurement,
  indicatorName,
  dateText,
  valueText,
  idPrefix,
  onDecided,
}: {
  measurement: { id: string; version: number };
  indicatorName: string;
  dateText: string;
  valueText: string;
  idPrefix: string;
  onDecided: (notice: string) => Promise<unknown>;
}) {
  const [dialog, setDialog] = useState<"approve" | "return" | null>(null);
  const [comment, setComment] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const approve = useMutation(
    trpc.measurementReview.approve.mutationOptions({
      async onSuccess() {
        setDialog(null);
        await onDecided(d.approved);
      },
    }),
  );
  const sendBack = useMutation(
    trpc.measurementReview.return.mutationOptions({
      async onSuccess() {
        setDialog(null);
        setComment("");
        await onDecided(d.returned);
      },
      onError: (error) => setErrors(apiFieldErrors(error)),
    }),
  );
  const commentId = `${idPrefix}-opmerking`;
  // The dialog focuses its confirm button on opening; the comment is what to type first.
  useEffect(() => {
    if (dialog === "return") document.getElementById(commentId)?.focus();
  }, [dialog, commentId]);

  const confirmReturn = () => {
    sendBack.reset();
    const result = validate(reviewReturnInputSchema, { ...measurement, comment });
    setErrors(result.errors);
    if (result.ok) sendBack.mutate(result.data);
    else document.getElementById(commentId)?.focus();
  };
  const close = () => {
    setDialog(null);
    approve.reset();
    sendBack.reset();
    setErrors({});
  };
  const failure = (error: unknown) => (error && !apiFieldErrors(error).comment ? (apiMessage(error) ?? messages.error.action) : null);
  const of = d.of(indicatorName, dateText);

  return (
    <>
      <div className="review-actions">
        <button type="button" onClick={() => setDialog("approve")}>
          {d.approve}
          <span className="visually-hidden">{of}</span>
        </button>
        <button type="button" className="button--secondary" onClick={() => setDialog("return")}>
          {d.return}
          <span className="visually-hidden">{of}</span>
        </button>
      </div>
      <ConfirmDialog
        open={dialog === "approve"}
        title={d.approveTitle(indicatorName, dateText)}
        confirmLabel={d.approve}
        cancelLabel={d.cancel}
        busy={approve.isPending}
        busyLabel={d.approving}
        error={failure(approve.error)}
        onConfirm={() => approve.mutate(measurement)}
        onCancel={close}
      >
        <p>{d.approveBody(valueText)}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={dialog === "return"}
        title={d.returnTitle(indicatorName, dateText)}
        confirmLabel={d.return}
        cancelLabel={d.cancel}
        busy={sendBack.isPending}
        busyLabel={d.returning}
        error={failure(sendBack.error)}
        onConfirm={confirmReturn}
        onCancel={close}
      >
        <p>{d.returnBody}</p>
        <TextAreaField id={commentId} label={d.comment} value={comment} onValueChange={setComment} error={errors.comment} rows={3} required />
      </ConfirmDialog>
    </>
  );
}
