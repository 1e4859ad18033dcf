import { useMutation } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { volgspotReturnInputSchema } from "@zorgpact/domain/volgspot";
import { ConfirmDialog } from "@zorgpact/ui/ConfirmDialog.tsx";
import { apiFieldErrors, apiMessage, type FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { TextAreaField } from "../../forms/fields.tsx";
import { validate } from "../../forms/validate.ts";
import { messages } from "../../messages.ts";
import { volgspotMessages } from "../../messages/volgspot.ts";
import { trpc } from "../../trpc.ts";

const w = volgspotMessages.workflow;

/**
 * The national team's decision on a submitted Volgspot: accept (after a confirmation) or send it
 * back with a comment. Used on the pact's Volgspot page and in the monitoring table.
 */
export function DecisionButtons({
  revision,
  pactName,
  year,
  onDecided,
  idPrefix,
}: {
  revision: { id: string; version: number };
  pactName: string;
  year: number;
  onDecided: (notice: string) => Promise<unknown>;
  idPrefix: string;
}) {
  const [dialog, setDialog] = useState<"accept" | "return" | null>(null);
  const [comment, setComment] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const accept = useMutation(
    trpc.volgspot.accept.mutationOptions({
      async onSuccess() {
        setDialog(null);
        await onDecided(w.accepted);
      },
    }),
  );
  const sendBack = useMutation(
    trpc.volgspot.return.mutationOptions({
      async onSuccess() {
        setDialog(null);
        setComment("");
        await onDecided(w.returned);
      },
      onError: (error) => setErrors(apiFieldErrors(error)),
    }),
  );
  const commentId = `${idPrefix}-opmerking`;
  // ConfirmDialog focuses its confirm button on opening; the comment is what to type first.
  useEffect(() => {
    if (dialog === "return") document.getElementById(commentId)?.focus();
  }, [dialog, commentId]);

  const confirmReturn = () => {
    sendBack.reset();
    const result = validate(volgspotReturnInputSchema, { ...revision, comment });
    setErrors(result.errors);
    if (result.ok) sendBack.mutate(result.data);
    else document.getElementById(commentId)?.focus();
  };
  const close = () => {
    setDialog(null);
    accept.reset();
    sendBack.reset();
    setErrors({});
  };
  const failure = (error: unknown) => (error && !apiFieldErrors(error).comment ? (apiMessage(error) ?? messages.error.action) : null);

  return (
    <>
      <div className="volgspot-actions">
        <button type="button" onClick={() => setDialog("accept")} aria-label={`${w.accept}: ${pactName} ${year}`}>
          {w.accept}
        </button>
        <button type="button" className="button--secondary" onClick={() => setDialog("return")} aria-label={`${w.return}: ${pactName} ${year}`}>
          {w.return}
        </button>
      </div>
      <ConfirmDialog
        open={dialog === "accept"}
        title={w.acceptTitle(pactName, year)}
        confirmLabel={w.accept}
        cancelLabel={w.cancel}
        busy={accept.isPending}
        busyLabel={w.accepting}
        error={failure(accept.error)}
        onConfirm={() => accept.mutate(revision)}
        onCancel={close}
      >
        <p>{w.acceptBody}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={dialog === "return"}
        title={w.returnTitle(pactName, year)}
        confirmLabel={w.return}
        cancelLabel={w.cancel}
        busy={sendBack.isPending}
        busyLabel={w.returning}
        error={failure(sendBack.error)}
        onConfirm={confirmReturn}
        onCancel={close}
      >
        <p>{w.returnBody}</p>
        <TextAreaField id={commentId} label={w.returnComment} value={comment} onValueChange={setComment} error={errors.comment} rows={3} required />
      </ConfirmDialog>
    </>
  );
}
