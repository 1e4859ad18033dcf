import { phases } from "@zorgpact/domain/phase";
import type { NationalStats } from "@zorgpact/domain/stats";
import { formatNumber, formatPercent } from "@zorgpact/ui/format.ts";
import { phaseNumberLabel } from "@zorgpact/ui/labels.ts";
import { TableWrap } from "@zorgpact/ui/TableWrap.tsx";
import { messages } from "../../messages.ts";

/** A table first; the bars only repeat the share that is written out next to them. */
export function PhaseDistribution({ distribution }: { distribution: NationalStats["phaseDistribution"] }) {
  const rows = phases.map((phase) => ({
    phase,
    count: distribution.find((d) => d.phase === phase.number)?.count ?? 0,
  }));
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  return (
    <>
      <h3>{messages.home.phasesHeading}</h3>
      <p>{messages.home.phasesIntro}</p>
      <TableWrap label={messages.home.phasesCaption}>
        <table>
          <caption>{messages.home.phasesCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{messages.home.phaseColumn}</th>
              <th scope="col" className="num">
                {messages.home.countColumn}
              </th>
              <th scope="col">{messages.home.shareColumn}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ phase, count }) => {
              const share = total === 0 ? 0 : count / total;
              return (
                <tr key={phase.number}>
                  <th scope="row">
                    {phaseNumberLabel(phase.number)}: {phase.label}
                  </th>
                  <td className="num">{formatNumber(count)}</td>
                  <td>
                    <progress className="bar" value={count} max={Math.max(total, 1)} aria-hidden="true" />{" "}
                    {formatPercent(share)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableWrap>
    </>
  );
}
