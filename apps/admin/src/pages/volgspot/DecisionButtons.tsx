import { useMutation } from "@tanstack/react-query";
import { volgspotReturnInputSchema } from "@zorgpact/domain/volgspot";
import { DecisionForm } from "../../forms/DecisionForm.tsx";
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
  const accept = useMutation(trpc.volgspot.accept.mutationOptions());
  const sendBack = useMutation(trpc.volgspot.return.mutationOptions());
  return (
    <DecisionForm
      record={{ id: revision.id, version: revision.version }}
      labels={{
        approve: w.accept,
        approving: w.accepting,
        approveTitle: w.acceptTitle(pactName, year),
        approveBody: w.acceptBody,
        approved: w.accepted,
        return: w.return,
        returning: w.returning,
        returnTitle: w.returnTitle(pactName, year),
        returnBody: w.returnBody,
        comment: w.returnComment,
        returned: w.returned,
        cancel: w.cancel,
      }}
      buttonContext={`: ${pactName} ${year}`}
      returnSchema={volgspotReturnInputSchema}
      approve={accept.mutateAsync}
      sendBack={sendBack.mutateAsync}
      onDecided={onDecided}
      idPrefix={idPrefix}
      className="volgspot-actions"
    />
  );
}
