import type { Ref } from "react";
import { Link } from "react-router";
import { hasPhases, type PactSummary } from "@zorgpact/domain/pact";
import { formatTimestamp } from "@zorgpact/ui/format.ts";
import { pactKindLabels, phaseNumberLabel, publicationStatusLabels } from "@zorgpact/ui/labels.ts";
import { TableWrap } from "@zorgpact/ui/TableWrap.tsx";
import { adminMessages, agendaMessages, messages } from "../../messages.ts";

function phaseText(pact: PactSummary): string {
  if (!hasPhases(pact.kind)) return messages.pacts.noPhaseForKind;
  if (pact.currentPhase === null) return messages.pacts.phaseUnknown;
  return phaseNumberLabel(pact.currentPhase);
}

export function PactTable({
  pacts,
  caption,
  busy,
  ref,
  sort,
}: {
  pacts: readonly PactSummary[];
  /** Follows the page heading: "Mijn zorgpacten" or "Alle zorgpacten". */
  caption: string;
  busy: boolean;
  ref?: Ref<HTMLTableElement>;
  /** The column the list is sorted on, for `aria-sort`. */
  sort?: { field: "name" | "kind" | "updatedAt"; direction: "asc" | "desc" };
}) {
  const { columns } = messages.pacts;
  const ariaSort = (field: "name" | "kind" | "updatedAt") =>
    sort?.field === field ? (sort.direction === "asc" ? ("ascending" as const) : ("descending" as const)) : undefined;
  return (
    <TableWrap label={caption}>
      <table ref={ref} tabIndex={-1} className="pact-table" aria-busy={busy}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" aria-sort={ariaSort("name")}>
              {columns.name}
            </th>
            <th scope="col" aria-sort={ariaSort("kind")}>
              {columns.kind}
            </th>
            <th scope="col">{columns.region}</th>
            <th scope="col">{columns.phase}</th>
            <th scope="col">{columns.publication}</th>
            <th scope="col" aria-sort={ariaSort("updatedAt")}>
              {columns.updated}
            </th>
            <th scope="col">{adminMessages.pactList.editColumn}</th>
            <th scope="col">{agendaMessages.pactTableColumn}</th>
          </tr>
        </thead>
        <tbody>
          {pacts.map((pact) => (
            <tr key={pact.id}>
              <th scope="row">{pact.name}</th>
              <td>{pactKindLabels[pact.kind]}</td>
              <td>{pact.regionName ?? <span className="muted">{messages.pacts.noRegion}</span>}</td>
              <td>{phaseText(pact)}</td>
              <td>
                <span className={`publication publication--${pact.publicationStatus}`}>{publicationStatusLabels[pact.publicationStatus]}</span>
              </td>
              <td>{formatTimestamp(pact.updatedAt)}</td>
              <td>
                <Link to={`/zorgpacten/${pact.id}`}>
                  {adminMessages.pactList.edit}
                  <span className="visually-hidden"> {pact.name}</span>
                </Link>
              </td>
              <td>
                <Link to={`/zorgpacten/${pact.id}/agenda`}>
                  {agendaMessages.pactTableLink}
                  <span className="visually-hidden">{agendaMessages.pactTableLinkOf(pact.name)}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
