import { Link } from "react-router";
import type { ProgrammeEntry, ProgrammeRegionTotal } from "@zorgpact/domain/indicator-catalogue";
import { TableWrap } from "@zorgpact/ui/TableWrap.tsx";
import { programmeMessages as m } from "../../messages/programme.ts";
import { formatCatalogueValue } from "./programme-params.ts";

/** The map's figures as a table: every region, its value and the pacts behind it. */
export function RegionTotalsTable({
  entry,
  regions,
  hrefOf,
}: {
  entry: ProgrammeEntry;
  regions: readonly ProgrammeRegionTotal[];
  hrefOf: (regionId: string) => string;
}) {
  const caption = m.tableCaption(entry.name);
  return (
    <>
      <p className="value-table__heading" aria-hidden="true">
        {caption}
      </p>
      <TableWrap label={caption}>
        <table className="value-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.regionColumn}</th>
              <th scope="col" className="numeric">
                {entry.total?.method === "median" ? `${m.valueColumn} (${m.medianLabel})` : m.valueColumn}
              </th>
            </tr>
          </thead>
          <tbody>
            {regions.map((region) => (
              <tr key={region.regionId}>
                <th scope="row">{region.name}</th>
                {/* Value and the link to the pacts behind it in one cell: two columns fit on a phone. */}
                <td className="numeric">
                  {region.total ? (
                    <>
                      {formatCatalogueValue(region.total.value, entry.unit, entry.unitLabel)}
                      <br />
                      <Link to={hrefOf(region.regionId)}>{m.pactCount(region.total.pactCount)}</Link>
                    </>
                  ) : (
                    m.none
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </>
  );
}
