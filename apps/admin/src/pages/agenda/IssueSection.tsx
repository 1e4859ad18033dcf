import { useMutation } from "@tanstack/react-query";
import { useRef, useState } from "react";
import type { AgendaIssue } from "@zorgpact/domain/agenda";
import { errorCode } from "@zorgpact/ui/errors.ts";
import { agendaMessages } from "../../messages/agenda.ts";
import { trpc } from "../../trpc.ts";
import { AmbitionsSection } from "./AmbitionsSection.tsx";
import { useAgenda } from "./agenda-context.ts";
import { useAgendaStatus } from "./agenda-status.ts";
import { CoalitionForm } from "./CoalitionForm.tsx";
import { DeleteButton } from "./DeleteButton.tsx";
import { IssueForm } from "./IssueForm.tsx";

export const issueHeadingId = (issueId: string) => `vraagstuk-${issueId}`;

/** One issue: its details, coalition and ambitions (its chain and indicators are parts of their own). */
export function IssueSection({ issue, onDeleted }: { issue: AgendaIssue; onDeleted: () => void }) {
  const { invalidate } = useAgenda();
  const status = useAgendaStatus();
  const m = agendaMessages.issues;
  const [editing, setEditing] = useState(false);
  const editRef = useRef<HTMLButtonElement>(null);
  const remove = useMutation(
    trpc.agenda.deleteIssue.mutationOptions({
      onSuccess: () => invalidate(),
      onError: (error) => {
        if (errorCode(error) === "CONFLICT") void invalidate();
      },
    }),
  );
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
      {editing ? (
        <IssueForm
          mode="edit"
          issue={issue}
          onDone={() => {
            status.show(m.saved);
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
              status.clear();
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
    </section>
  );
}
