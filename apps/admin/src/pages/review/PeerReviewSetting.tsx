import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { apiMessage } from "@zorgpact/ui/form-errors.ts";
import { messages } from "../../messages.ts";
import { measurementReviewMessages } from "../../messages/measurement-review.ts";
import { trpc } from "../../trpc.ts";
import { useAgenda } from "../agenda/agenda-context.ts";
import { usePactReview } from "./IndicatorReview.tsx";

const p = measurementReviewMessages.peer;

/** The pact's opt-in to review by a second editor; its editors and the national team switch it. */
export function PeerReviewSetting() {
  const { pactId, agenda } = useAgenda();
  const review = usePactReview(pactId, "setting");
  const queryClient = useQueryClient();
  const [status, setStatus] = useState("");
  const save = useMutation(
    trpc.measurementReview.setPeerReview.mutationOptions({
      async onSuccess(result) {
        setStatus(result.peerReview ? p.on : p.off);
        await queryClient.invalidateQueries({ queryKey: trpc.measurementReview.pact.queryKey({ pactId }) });
      },
    }),
  );
  if (!review.data) return null;
  const checked = save.isPending && save.variables ? save.variables.peerReview : review.data.peerReview;
  return (
    <fieldset className="review-part">
      <legend>{p.title}</legend>
      <p className="muted">{p.intro}</p>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={checked}
          aria-disabled={save.isPending || undefined}
          onChange={(event) => {
            if (!save.isPending) save.mutate({ pactId, peerReview: event.currentTarget.checked });
          }}
        />{" "}
        {p.label(agenda.pact.name)}
      </label>
      <p role="status" className="muted">
        {save.isPending ? p.saving : status}
      </p>
      {save.error ? (
        <p role="alert" className="field-error">
          {apiMessage(save.error) ?? messages.error.action}
        </p>
      ) : null}
    </fieldset>
  );
}
