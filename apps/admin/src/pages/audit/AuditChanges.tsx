import { useState } from "react";
import type { AuditEntry } from "@zorgpact/domain/audit";
import { auditMessages as audit } from "../../messages/audit.ts";
import { changeRows, LONG_VALUE, reasonLabel, shortened, type ValueNames } from "./audit-view.ts";

/** A value that may be long: shortened, with a button to show it whole. */
function Value({ text }: { text: string }) {
  const [open, setOpen] = useState(false);
  if (text.length <= LONG_VALUE) return <>{text}</>;
  return (
    <>
      {open ? text : shortened(text)}{" "}
      <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? audit.showLess : audit.showMore}
      </button>
    </>
  );
}

/** Only these many fields are shown open; a creation that lists every field folds away. */
const OPEN_FIELDS = 4;

export function AuditChanges({ entry, names }: { entry: AuditEntry; names: ValueNames }) {
  const rows = changeRows(entry.changes, names);
  const reason = reasonLabel(entry.changes?.reason);
  if (rows.length === 0 && !reason) return null;
  const table = rows.length ? (
    <table className="audit-changes__table">
      <caption className="visually-hidden">{audit.changesCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{audit.field}</th>
          <th scope="col">{audit.before}</th>
          <th scope="col">{audit.after}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.field}>
            <th scope="row">{row.label}</th>
            <td>
              <Value text={row.before} />
            </td>
            <td>
              <Value text={row.after} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  ) : null;
  return (
    <div className="audit-changes">
      {reason ? (
        <p className="audit-changes__reason">
          {audit.reason}: {reason}
        </p>
      ) : null}
      {rows.length > OPEN_FIELDS ? (
        <details>
          <summary>{audit.changesSummary(rows.length)}</summary>
          {table}
        </details>
      ) : (
        table
      )}
    </div>
  );
}
