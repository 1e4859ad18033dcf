import type { Ref } from "react";
import type { AuditEntry } from "@zorgpact/domain/audit";
import { TableWrap } from "@zorgpact/ui/TableWrap.tsx";
import { messages } from "../../messages.ts";
import { actionLabel, changeRows, formatAuditTime, reasonLabel, type ValueNames } from "./audit-view.ts";

const { audit } = messages;

export interface AuditNames extends ValueNames {
  users: ReadonlyMap<string, string>;
}

function ObjectCell({ entry, names }: { entry: AuditEntry; names: AuditNames }) {
  if (!entry.objectType && !entry.objectId) return <span className="muted">{audit.none}</span>;
  const type = entry.objectType ? (audit.objectTypes[entry.objectType] ?? entry.objectType) : null;
  const name =
    entry.objectId && entry.objectType === "user"
      ? names.users.get(entry.objectId)
      : entry.objectId && entry.objectType === "pact"
        ? names.pacts.get(entry.objectId)
        : undefined;
  // A known record reads by its name; otherwise its id is the only handle.
  return (
    <>
      {type}
      {name ? `: ${name}` : null}
      {entry.objectId && !name ? (
        <>
          <br />
          <code className="id">{entry.objectId}</code>
        </>
      ) : null}
    </>
  );
}

function ChangesCell({ entry, names }: { entry: AuditEntry; names: AuditNames }) {
  const rows = changeRows(entry.changes, names);
  const reason = reasonLabel(entry.changes?.reason);
  if (rows.length === 0 && !reason) return <span className="muted">{audit.none}</span>;
  return (
    <details className="audit-changes">
      <summary>{audit.changesSummary}</summary>
      {reason ? (
        <p>
          {audit.reason}: {reason}
        </p>
      ) : null}
      {rows.length ? (
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
                <td>{row.before}</td>
                <td>{row.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </details>
  );
}

export function AuditTable({ entries, names, busy, ref }: { entries: readonly AuditEntry[]; names: AuditNames; busy: boolean; ref?: Ref<HTMLTableElement> }) {
  const { columns } = audit;
  return (
    <TableWrap label={audit.caption}>
      <table ref={ref} tabIndex={-1} className="data-table audit-table" aria-busy={busy}>
        <caption>{audit.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{columns.at}</th>
            <th scope="col">{columns.actor}</th>
            <th scope="col">{columns.action}</th>
            <th scope="col">{columns.object}</th>
            <th scope="col">{columns.pact}</th>
            <th scope="col">{columns.result}</th>
            <th scope="col">{columns.ip}</th>
            <th scope="col">{columns.changes}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const label = actionLabel(entry.action);
            return (
              <tr key={entry.id}>
                <th scope="row">
                  <time dateTime={entry.at}>{formatAuditTime(entry.at)}</time>
                </th>
                <td className="break">{entry.actorEmail ?? <span className="muted">{audit.anonymous}</span>}</td>
                <td>
                  {label ? (
                    <>
                      {label}
                      <br />
                    </>
                  ) : null}
                  <code>{entry.action}</code>
                </td>
                <td>
                  <ObjectCell entry={entry} names={names} />
                </td>
                <td>
                  {entry.pactId ? (names.pacts.get(entry.pactId) ?? <code className="id">{entry.pactId}</code>) : <span className="muted">{audit.none}</span>}
                </td>
                <td>
                  <span className={`audit-result audit-result--${entry.result}`}>{audit.results[entry.result]}</span>
                </td>
                <td className="nowrap">{entry.ip ?? <span className="muted">{audit.none}</span>}</td>
                <td>
                  <ChangesCell entry={entry} names={names} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableWrap>
  );
}
