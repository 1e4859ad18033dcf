import { useEffect, useRef, useState } from "react";
import { EmptyState } from "@zorgpact/ui/Status.tsx";
import { FormStatus } from "../../forms/FormAlert.tsx";
import { agendaMessages } from "../../messages.ts";
import { useAgenda } from "./agenda-context.ts";
import { IssueForm } from "./IssueForm.tsx";
import { IssueSection, issueHeadingId } from "./IssueSection.tsx";

/** The list of issues, a form for a new one, and a section per issue. */
export function IssuesSection() {
  const { agenda } = useAgenda();
  const m = agendaMessages.issues;
  const [adding, setAdding] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
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
        <p>{m.intro}</p>
        <FormStatus>{status}</FormStatus>
        {agenda.issues.length === 0 ? (
          <EmptyState>{m.empty}</EmptyState>
        ) : (
          <ol className="agenda-issue-index">
            {agenda.issues.map((issue) => (
              <li key={issue.id}>
                <a href={`#${issueHeadingId(issue.id)}`}>{issue.title}</a>
              </li>
            ))}
          </ol>
        )}
        {adding ? (
          <IssueForm
            mode="create"
            onDone={(issue) => {
              setAdding(false);
              setStatus(m.created(issue.title));
              focusIssue.current = issue.id;
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
                setStatus(null);
                setAdding(true);
              }}
            >
              {m.add}
            </button>
          </p>
        )}
      </section>
      {agenda.issues.map((issue) => (
        <IssueSection
          key={issue.id}
          issue={issue}
          onDeleted={() => {
            setStatus(m.deleted(issue.title));
            headingRef.current?.focus();
          }}
        />
      ))}
    </>
  );
}
