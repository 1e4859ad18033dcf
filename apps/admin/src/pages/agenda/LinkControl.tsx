import { useMutation } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import type { AgendaNode } from "@zorgpact/domain/agenda";
import { chainNodeKinds } from "@zorgpact/domain/effect-chain";
import { apiFieldErrors, apiMessage } from "@zorgpact/ui/form-errors.ts";
import { fieldDescriptionIds, FieldError } from "@zorgpact/ui/FormField.tsx";
import { messages } from "../../messages.ts";
import { agendaMessages } from "../../messages/agenda.ts";
import { trpc } from "../../trpc.ts";
import { useAgenda } from "./agenda-context.ts";

/**
 * "Koppel aan": a select offering only nodes of the next kind that are not linked yet, this
 * issue's first. The API checks the link again; its Dutch refusal appears at the select.
 */
export function LinkControl({ node, onLinked }: { node: AgendaNode; onLinked: (target: AgendaNode) => void }) {
  const { agenda, invalidate } = useAgenda();
  const m = agendaMessages.chain;
  const id = useId();
  const [toId, setToId] = useState("");
  const [error, setError] = useState<string | null>(null);
  const next = chainNodeKinds[chainNodeKinds.indexOf(node.kind) + 1];
  const link = useMutation(
    trpc.chain.link.mutationOptions({
      onSuccess: (_result, input) => {
        setToId("");
        void invalidate();
        const target = agenda.nodes.find((n) => n.id === input.toId);
        if (target) onLinked(target);
      },
      onError: (failure) => setError(apiFieldErrors(failure)["toId"] ?? apiMessage(failure) ?? messages.error.action),
    }),
  );
  if (!next) return null;

  const kindName = m.kindName[next];
  const linked = new Set(agenda.links.filter((l) => l.fromId === node.id).map((l) => l.toId));
  const candidates = agenda.nodes.filter((n) => n.kind === next && !linked.has(n.id));
  if (candidates.length === 0) return <p className="muted link-control__none">{m.linkNone(kindName)}</p>;

  const groups = [
    { key: "own", label: node.issueId ? m.linkThisIssue : m.linkNoIssue, nodes: candidates.filter((n) => n.issueId === node.issueId) },
    ...agenda.issues
      .filter((issue) => issue.id !== node.issueId)
      .map((issue) => ({ key: issue.id, label: m.linkOtherIssue(issue.title), nodes: candidates.filter((n) => n.issueId === issue.id) })),
    ...(node.issueId ? [{ key: "none", label: m.linkNoIssue, nodes: candidates.filter((n) => n.issueId === null) }] : []),
  ].filter((group) => group.nodes.length > 0);

  const selectId = `${id}-naar`;
  const { errorId, describedBy } = fieldDescriptionIds(selectId, { error: error ?? undefined });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (link.isPending) return;
    if (!toId) {
      setError(m.linkPick(kindName));
      document.getElementById(selectId)?.focus();
      return;
    }
    setError(null);
    link.mutate({ fromId: node.id, toId });
  };

  return (
    <form className={["link-control", error ? "form-field--error" : ""].join(" ")} noValidate onSubmit={onSubmit}>
      <label htmlFor={selectId}>
        {m.linkLabel}
        <span className="visually-hidden">{m.linkLabelOf(node.title)}</span>
      </label>
      <FieldError id={errorId}>{error}</FieldError>
      <select
        id={selectId}
        value={toId}
        onChange={(event) => {
          setToId(event.currentTarget.value);
          setError(null);
        }}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      >
        <option value="">{m.linkChoose(kindName)}</option>
        {groups.map((group) => (
          <optgroup key={group.key} label={group.label}>
            {group.nodes.map((n) => (
              <option key={n.id} value={n.id}>
                {n.title}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <button type="submit" className="button--small" aria-disabled={link.isPending || undefined}>
        {m.link}
        <span className="visually-hidden">{m.linkLabelOf(node.title)}</span>
      </button>
    </form>
  );
}
