import type { Ref } from "react";
import { hasPhases, type PactSummary } from "@zorgpact/domain/pact";
import { formatTimestamp } from "@zorgpact/ui/format.ts";
import { pactKindLabels, phaseNumberLabel, publicationStatusLabels } from "@zorgpact/ui/labels.ts";
import { TableWrap } from "@zorgpact/ui/TableWrap.tsx";
import { messages } from "../../messages.ts";

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
}: {
  pacts: readonly PactSummary[];
  /** Follows the page heading: "Mijn zorgpacten" or "Alle zorgpacten". */
  caption: string;
  busy: boolean;
  ref?: Ref<HTMLTableElement>;
}) {
  const { columns } = messages.pacts;
  return (
    <TableWrap label={caption}>
      <table ref={ref} tabIndex={-1} className="pact-table" aria-busy={busy}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{columns.name}</th>
            <th scope="col">{columns.kind}</th>
            <th scope="col">{columns.region}</th>
            <th scope="col">{columns.phase}</th>
            <th scope="col">{columns.publication}</th>
            <th scope="col">{columns.updated}</th>
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
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
