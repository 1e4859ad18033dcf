import { Link } from "react-router";
import type { MapRegion } from "@zorgpact/domain/map";
import { pactKindLabels } from "@zorgpact/ui/labels.ts";
import { TableWrap } from "@zorgpact/ui/TableWrap.tsx";
import { mapMessages } from "../../messages/map.ts";

/** The map's content as a table: every region with its pacts linked, and its front-runners. */
export function RegionTable({ regions }: { regions: readonly MapRegion[] }) {
  return (
    <TableWrap label={mapMessages.tableCaption}>
      <table className="region-table">
        <caption>{mapMessages.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{mapMessages.regionColumn}</th>
            <th scope="col">{mapMessages.provincesColumn}</th>
            <th scope="col">{mapMessages.pactsColumn}</th>
            <th scope="col">{mapMessages.frontRunnersColumn}</th>
          </tr>
        </thead>
        <tbody>
          {regions.map((region) => {
            const pacts = region.pacts.filter((p) => p.kind !== "front_runner");
            return (
              <tr key={region.id}>
                <th scope="row">{region.name}</th>
                <td>{region.provinces.join(", ")}</td>
                <td>
                  {pacts.length === 0 ? (
                    <span className="muted">{mapMessages.noPacts}</span>
                  ) : (
                    <ul className="plain-list">
                      {pacts.map((pact) => (
                        <li key={pact.slug}>
                          <Link to={`/zorgpacten/${encodeURIComponent(pact.slug)}`}>{pact.name}</Link>{" "}
                          <span className="muted">({pactKindLabels[pact.kind]})</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>
                  {region.counts.frontRunners === 0 ? (
                    <span className="muted">{mapMessages.noPacts}</span>
                  ) : (
                    <Link to={`/koplopers?regio=${region.id}`}>{mapMessages.frontRunnerCount(region.counts.frontRunners)}</Link>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableWrap>
  );
}
