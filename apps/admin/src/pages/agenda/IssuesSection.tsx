import { useEffect, useRef, useState } from "react";
import { useNavigate } from "react-router";
import { EmptyState } from "@zorgpact/ui/Status.tsx";
import { agendaMessages } from "../../messages/agenda.ts";
import { useAgenda } from "./agenda-context.ts";
import { ISSUE_PARAM } from "./agenda-parts.ts";
import { useAgendaStatus } from "./agenda-status.ts";
import { IssueForm } from "./IssueForm.tsx";
import { IssuePicker } from "./IssuePicker.tsx";
import { IssueSection, issueHeadingId } from "./IssueSection.tsx";
import { useIssueScope } from "./useIssueScope.ts";

/** The issues as links, a form for a new one, and the chosen issue's section. */
export function IssuesSection() {
  const { agenda } = useAgenda();
  const status = useAgendaStatus();
  const navigate = useNavigate();
  const m = agendaMessages.issues;
  const { choices, selected } = useIssueScope({ withUnassigned: false });
  const issue = agenda.issues.find((i) => i.id === selected);
  const [adding, setAdding] = useState(false);
  // The issue whose heading gets focus once its section is on the page (after the agenda reloads).
  const focusIssue = useRef<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);

  // A new issue gets focus as soon as its section is on the page, so the editor carries on there.
  useEffect(() => {
    if (!focusIssue.current) return;
    const heading = document.getElementById(issueHeadingId(focusIssue.current));
    if (heading) {
      heading.focus();
      focusIssue.current = null;
    }
  });

  return (
    <>
      <section aria-labelledby="vraagstukken-kop" className="agenda-section">
        <h2 id="vraagstukken-kop" ref={headingRef} tabIndex={-1}>
          {m.heading}
        </h2>
        {agenda.issues.length === 0 ? <EmptyState>{m.empty}</EmptyState> : <IssuePicker choices={choices} selected={selected} />}
        {adding ? (
          <IssueForm
            mode="create"
            onDone={(created) => {
              setAdding(false);
              status.show(m.created(created.title));
              focusIssue.current = created.id;
              void navigate({ search: `?${new URLSearchParams({ [ISSUE_PARAM]: created.id }).toString()}` });
            }}
            onCancel={() => {
              setAdding(false);
              window.setTimeout(() => addRef.current?.focus(), 0);
            }}
          />
        ) : (
          <p>
            <button
              ref={addRef}
              type="button"
              onClick={() => {
                status.clear();
                setAdding(true);
              }}
            >
              {m.add}
            </button>
          </p>
        )}
      </section>
      {issue ? (
        <IssueSection
          key={issue.id}
          issue={issue}
          onDeleted={() => {
            status.show(m.deleted(issue.title));
            headingRef.current?.focus();
          }}
        />
      ) : null}
    </>
  );
}
