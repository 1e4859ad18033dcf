import type { NationalStats } from "@zorgpact/domain/stats";
import { formatNumber, formatPercent } from "@zorgpact/ui/format.ts";
import { phaseNumberLabel } from "@zorgpact/ui/labels.ts";
import { TableWrap } from "@zorgpact/ui/TableWrap.tsx";
import { messages } from "../../messages.ts";

const phaseNumbers = [1, 2, 3, 4] as const;

/**
 * A table first; the bars only repeat the share that is written out next to them. The phase names
 * come from the messages, not the domain module, so the landing page loads no schema library.
 */
export function PhaseDistribution({ distribution }: { distribution: NationalStats["phaseDistribution"] }) {
  const rows = phaseNumbers.map((number) => ({
    phase: { number, label: messages.phaseNames[number] },
    count: distribution.find((d) => d.phase === number)?.count ?? 0,
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
                    <progress className="bar" value={count} max={Math.max(total, 1)} aria-hidden="true" /> {formatPercent(share)}
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
