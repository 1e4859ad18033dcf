import { useMutation } from "@tanstack/react-query";
import { useRef, useState } from "react";
import type { AgendaIssue } from "@zorgpact/domain/agenda";
import { errorCode } from "@zorgpact/ui/errors.ts";
import { FormStatus } from "../../forms/FormAlert.tsx";
import { agendaMessages } from "../../messages.ts";
import { trpc } from "../../trpc.ts";
import { AmbitionsSection } from "./AmbitionsSection.tsx";
import { useAgenda } from "./agenda-context.ts";
import { ChainEditor } from "./ChainEditor.tsx";
import { CoalitionForm } from "./CoalitionForm.tsx";
import { DeleteButton } from "./DeleteButton.tsx";
import { IndicatorsSection } from "./IndicatorsSection.tsx";
import { IssueForm } from "./IssueForm.tsx";

export const issueHeadingId = (issueId: string) => `vraagstuk-${issueId}`;

/** One issue: its details, coalition, ambitions, effect chain and indicators. */
export function IssueSection({ issue, onDeleted }: { issue: AgendaIssue; onDeleted: () => void }) {
  const { agenda, invalidate } = useAgenda();
  const m = agendaMessages.issues;
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const remove = useMutation(
    trpc.agenda.deleteIssue.mutationOptions({
      onSuccess: () => invalidate(),
      onError: (error) => {
        if (errorCode(error) === "CONFLICT") void invalidate();
      },
    }),
  );
  const nodes = agenda.nodes.filter((n) => n.issueId === issue.id);
  const headingId = issueHeadingId(issue.id);
  const closeEditor = () => {
    setEditing(false);
    window.setTimeout(() => editRef.current?.focus(), 0);
  };

  return (
    <section aria-labelledby={headingId} className="agenda-issue">
      <p className="agenda-issue__kicker">{m.kicker}</p>
      <h2 id={headingId} tabIndex={-1}>
        {issue.title}
      </h2>
      {issue.description ? <p className="agenda-issue__description">{issue.description}</p> : null}
      <p>
        <strong>{m.themes}:</strong>{" "}
        {issue.themes.length === 0 ? (
          <span className="muted">{m.noThemes}</span>
        ) : (
          issue.themes.map((theme) => (
            <span key={theme.id} className="tag agenda-tag">
              {theme.label}
            </span>
          ))
        )}
      </p>
      <FormStatus>{status}</FormStatus>
      {editing ? (
        <IssueForm
          mode="edit"
          issue={issue}
          onDone={() => {
            setStatus(m.saved);
            closeEditor();
          }}
          onCancel={closeEditor}
        />
      ) : (
        <div className="agenda-actions">
          <button
            ref={editRef}
            type="button"
            className="button--secondary"
            onClick={() => {
              setStatus(null);
              setEditing(true);
            }}
          >
            {agendaMessages.common.edit}
            <span className="visually-hidden"> {issue.title}</span>
          </button>
          <DeleteButton
            mutation={remove}
            variables={{ id: issue.id, version: issue.version }}
            context={` ${issue.title}`}
            title={m.deleteTitle}
            onDeleted={onDeleted}
            small={false}
          >
            <p>{m.deleteBody(issue.title)}</p>
          </DeleteButton>
        </div>
      )}
      <CoalitionForm issue={issue} />
      <AmbitionsSection issue={issue} />
      <ChainEditor issue={issue} nodes={nodes} />
      <IndicatorsSection nodes={nodes} />
    </section>
  );
}
