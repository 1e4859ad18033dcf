import { useMutation } from "@tanstack/react-query";
import type { AgendaNode } from "@zorgpact/domain/agenda";
import { errorCode } from "@zorgpact/ui/errors.ts";
import { apiMessage } from "@zorgpact/ui/form-errors.ts";
import { messages } from "../../messages.ts";
import { agendaMessages } from "../../messages/agenda.ts";
import { trpc } from "../../trpc.ts";
import { useAgenda } from "./agenda-context.ts";
import { DeleteButton } from "./DeleteButton.tsx";
import { LinkControl } from "./LinkControl.tsx";

export const editButtonId = (nodeId: string) => `bewerk-${nodeId}`;

export interface ChainFeedback {
  onStatus: (text: string) => void;
  onFailure: (text: string) => void;
}

/** The edit controls on a chain card: edit, delete (after confirmation) and link to the next step. */
export function NodeActions({ node, onEdit, onDeleted, feedback }: { node: AgendaNode; onEdit: () => void; onDeleted: () => void; feedback: ChainFeedback }) {
  const { invalidate } = useAgenda();
  const m = agendaMessages.chain;
  const remove = useMutation(
    trpc.chain.deleteNode.mutationOptions({
      onSuccess: () => invalidate(),
      onError: (error) => {
        if (errorCode(error) === "CONFLICT") void invalidate();
      },
    }),
  );
  return (
    <>
      <div className="agenda-actions">
        <button id={editButtonId(node.id)} type="button" className="button--secondary button--small" onClick={onEdit}>
          {agendaMessages.common.edit}
          <span className="visually-hidden"> {node.title}</span>
        </button>
        <DeleteButton
          mutation={remove}
          variables={{ id: node.id, version: node.version }}
          context={` ${node.title}`}
          title={m.deleteTitle}
          onDeleted={onDeleted}
        >
          <p>{m.deleteBody(node.title)}</p>
        </DeleteButton>
      </div>
      <LinkControl node={node} onLinked={(target) => feedback.onStatus(m.linked(node.title, target.title))} />
    </>
  );
}

/** "Ontkoppel" next to a "Leidt tot" entry; links carry no version, so no confirmation is asked. */
export function UnlinkButton({ from, to, feedback }: { from: AgendaNode; to: AgendaNode; feedback: ChainFeedback }) {
  const { invalidate } = useAgenda();
  const m = agendaMessages.chain;
  const unlink = useMutation(
    trpc.chain.unlink.mutationOptions({
      onSuccess: () => {
        feedback.onStatus(m.unlinked(from.title, to.title));
        void invalidate();
        // This button goes away with the link: keep focus on the card it belonged to.
        window.setTimeout(() => document.getElementById(editButtonId(from.id))?.focus(), 0);
      },
      onError: (error) => feedback.onFailure(apiMessage(error) ?? messages.error.action),
    }),
  );
  return (
    <button
      type="button"
      className="button--link"
      onClick={() => unlink.isPending || unlink.mutate({ fromId: from.id, toId: to.id })}
      aria-disabled={unlink.isPending || undefined}
    >
      {m.unlink}
      <span className="visually-hidden">{m.unlinkOf(from.title, to.title)}</span>
    </button>
  );
}
