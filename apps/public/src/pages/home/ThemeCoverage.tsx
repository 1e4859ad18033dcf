import type { NationalStats } from "@zorgpact/domain/stats";
import { formatNumber } from "@zorgpact/ui/format.ts";
import { EmptyState } from "@zorgpact/ui/Status.tsx";
import { TableWrap } from "@zorgpact/ui/TableWrap.tsx";
import { messages } from "../../messages.ts";

export function ThemeCoverage({ coverage }: { coverage: NationalStats["themeCoverage"] }) {
  return (
    <>
      <h3>{messages.home.themesHeading}</h3>
      {coverage.length === 0 ? (
        <EmptyState>{messages.home.noThemes}</EmptyState>
      ) : (
        <TableWrap label={messages.home.themesCaption}>
          <table>
            <caption>{messages.home.themesCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{messages.home.themeColumn}</th>
                <th scope="col" className="num">
                  {messages.home.regionalColumn}
                </th>
                <th scope="col" className="num">
                  {messages.home.frontRunnerColumn}
                </th>
              </tr>
            </thead>
            <tbody>
              {coverage.map((row) => (
                <tr key={row.themeId}>
                  <th scope="row">{row.label}</th>
                  <td className="num">{formatNumber(row.regionalPacts)}</td>
                  <td className="num">{formatNumber(row.frontRunners)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </>
  );
}
