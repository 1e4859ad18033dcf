import type { Ref } from "react";
import { Link } from "react-router";
import type { AuditEntry } from "@zorgpact/domain/audit";
import { auditMessages as audit } from "../../messages/audit.ts";
import { recordFilterHref } from "./audit-filters.ts";
import { AuditChanges } from "./AuditChanges.tsx";
import { actorLabel, auditSentence, formatAuditTime, recordLabel, type ValueNames } from "./audit-view.ts";

/**
 * The trail as a list of entries, each a sentence ("Zorgpact Noord: partner Noorderpoort
 * toegevoegd") with who, when, the result and the changed fields. A list, not a wide table: it
 * fits 1280 px without scrolling sideways and becomes stacked cards on a phone.
 */
export function AuditList({ entries, names, busy, ref }: { entries: readonly AuditEntry[]; names: ValueNames; busy: boolean; ref?: Ref<HTMLOListElement> }) {
  return (
    <ol ref={ref} tabIndex={-1} className="audit-entries" aria-label={audit.caption} aria-busy={busy}>
      {entries.map((entry) => {
        const name = recordLabel(entry);
        return (
          <li key={entry.id} className={`audit-entry audit-entry--${entry.result}`}>
            <p className="audit-entry__when">
              <time dateTime={entry.at}>{formatAuditTime(entry.at)}</time>
            </p>
            <div className="audit-entry__body">
              <p className="audit-entry__sentence">{auditSentence(entry)}</p>
              <p className="audit-entry__meta">
                <span className="audit-entry__actor">{actorLabel(entry)}</span>
                {entry.actorName && entry.actorEmail ? <span className="muted"> ({entry.actorEmail})</span> : null}
                {" · "}
                <span className={`audit-result audit-result--${entry.result}`}>{audit.results[entry.result]}</span>
                {" · "}
                <code>{entry.action}</code>
                {entry.ip ? (
                  <>
                    {" · "}
                    <span className="nowrap">IP {entry.ip}</span>
                  </>
                ) : null}
              </p>
              <AuditChanges entry={entry} names={names} />
              {entry.objectType && entry.objectId ? (
                <p className="audit-entry__record">
                  <Link to={recordFilterHref(entry.objectType, entry.objectId)}>
                    {audit.allChangesToRecord}
                    {name ? <span className="visually-hidden">: {name}</span> : null}
                  </Link>
                </p>
              ) : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
