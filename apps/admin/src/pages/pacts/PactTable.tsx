import "./pacts.css";
import type { Ref } from "react";
import { Link } from "react-router";
import { hasPhases, type PactSummary } from "@zorgpact/domain/pact";
import { formatTimestamp } from "@zorgpact/ui/format.ts";
import { pactKindLabels, phaseNumberLabel, publicationStatusLabels } from "@zorgpact/ui/labels.ts";
import { TableWrap } from "@zorgpact/ui/TableWrap.tsx";
import { pactsMessages as m } from "../../messages/pacts.ts";
import { PactActions } from "./PactActions.tsx";

function phaseText(pact: PactSummary): string {
  if (!hasPhases(pact.kind)) return m.noPhaseForKind;
  if (pact.currentPhase === null) return m.phaseUnknown;
  return phaseNumberLabel(pact.currentPhase);
}

type SortField = "name" | "kind" | "updatedAt";

/**
 * The pacts as a table that fits a laptop without sideways scrolling (actions first, long cells
 * wrap), and below ~700px as one card per pact. Only one of the two is displayed (CSS), so
 * screen readers and the keyboard meet each link once.
 */
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
  /** Focused after a page change. */
  ref?: Ref<HTMLDivElement>;
  /** The column the list is sorted on, for `aria-sort`. */
  sort?: { field: SortField; direction: "asc" | "desc" };
}) {
  const { columns } = m;
  const ariaSort = (field: SortField) => (sort?.field === field ? (sort.direction === "asc" ? ("ascending" as const) : ("descending" as const)) : undefined);
  return (
    <div ref={ref} tabIndex={-1} className="pact-results" aria-busy={busy}>
      <div className="pact-table-wrap">
        <TableWrap label={caption}>
          <table className="pact-table">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col" className="pact-table__actions">
                  {columns.actions}
                </th>
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
              </tr>
            </thead>
            <tbody>
              {pacts.map((pact) => (
                <tr key={pact.id}>
                  <td className="pact-table__actions">
                    <PactActions pact={pact} />
                  </td>
                  <th scope="row">
                    <Link to={`/zorgpacten/${pact.id}`}>{pact.name}</Link>
                  </th>
                  <td>{pactKindLabels[pact.kind]}</td>
                  <td>{pact.regionName ?? <span className="muted">{m.noRegion}</span>}</td>
                  <td className="pact-table__nowrap">{phaseText(pact)}</td>
                  <td>
                    <span className={`publication publication--${pact.publicationStatus}`}>{publicationStatusLabels[pact.publicationStatus]}</span>
                  </td>
                  <td>{formatTimestamp(pact.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </div>

      <ul className="pact-cards" aria-label={caption}>
        {pacts.map((pact) => (
          <li key={pact.id} className="pact-card card">
            <p className="pact-card__name">
              <Link to={`/zorgpacten/${pact.id}`}>{pact.name}</Link>
            </p>
            <PactActions pact={pact} />
            <dl className="pact-card__facts">
              <div>
                <dt>{columns.kind}</dt>
                <dd>{pactKindLabels[pact.kind]}</dd>
              </div>
              <div>
                <dt>{columns.region}</dt>
                <dd>{pact.regionName ?? m.noRegion}</dd>
              </div>
              <div>
                <dt>{columns.phase}</dt>
                <dd>{phaseText(pact)}</dd>
              </div>
              <div>
                <dt>{columns.publication}</dt>
                <dd className={`publication publication--${pact.publicationStatus}`}>{publicationStatusLabels[pact.publicationStatus]}</dd>
              </div>
              <div>
                <dt>{columns.updated}</dt>
                <dd>{formatTimestamp(pact.updatedAt)}</dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
    </div>
  );
}
