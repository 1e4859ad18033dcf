import type { ChainNode } from "@zorgpact/domain/effect-chain";
import { indicatorProgress, type Indicator } from "@zorgpact/domain/indicator";
import { indicatorFrequencyLabels, periodLabel } from "@zorgpact/domain/indicator-period";
import { formatIndicatorValue } from "@zorgpact/domain/indicator-unit";
import { formatDate, formatPercent } from "@zorgpact/ui/format.ts";
import { IndicatorStatusBadge, todayInTheNetherlands } from "@zorgpact/ui/indicator-status/IndicatorStatusBadge.tsx";
import { indicatorDirectionLabels } from "@zorgpact/ui/labels.ts";
import { EmptyState } from "@zorgpact/ui/Status.tsx";
import { TableWrap } from "@zorgpact/ui/TableWrap.tsx";
import { chartMessages } from "@zorgpact/ui/charts/chart-messages.ts";
import { indicatorPeriodMessages as pm } from "../../messages/indicator-periods.ts";
import { pactMessages } from "../../messages/pact.ts";

const withUnit = (value: number, indicator: Pick<Indicator, "unit" | "unitKind">) => formatIndicatorValue(value, indicator.unitKind, indicator.unit);

export function IndicatorsTable({ indicators, nodes }: { indicators: readonly Indicator[]; nodes: readonly ChainNode[] }) {
  if (indicators.length === 0) return <EmptyState>{pactMessages.chain.noIndicators}</EmptyState>;
  const titleOf = (nodeId: string) => nodes.find((n) => n.id === nodeId)?.title ?? "";
  const today = todayInTheNetherlands();
  return (
    <TableWrap label={pactMessages.chain.indicatorsCaption}>
      <table className="indicators">
        <caption>{pactMessages.chain.indicatorsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{pactMessages.chain.indicatorColumn}</th>
            <th scope="col">{pactMessages.chain.nodeColumn}</th>
            <th scope="col">{pactMessages.chain.baselineColumn}</th>
            <th scope="col">{pactMessages.chain.latestColumn}</th>
            <th scope="col">{pactMessages.chain.targetColumn}</th>
            <th scope="col">{pm.progressColumn}</th>
          </tr>
        </thead>
        <tbody>
          {indicators.map((indicator) => {
            const progress = indicatorProgress(indicator, indicator.measurements);
            const measured = indicator.measurements.length > 0;
            return (
              <tr key={indicator.id}>
                <th scope="row">
                  {indicator.name}
                  <br />
                  <span className="muted">{pactMessages.chain.direction(indicatorDirectionLabels[indicator.direction])}</span>
                  <br />
                  <span className="muted">{pm.frequency(indicatorFrequencyLabels[indicator.frequency])}</span>
                  <PeriodTargets indicator={indicator} />
                </th>
                <td>{titleOf(indicator.nodeId)}</td>
                <td>
                  {withUnit(indicator.baselineValue, indicator)}
                  <br />
                  <span className="muted">{pactMessages.chain.onDate(formatDate(indicator.baselineDate))}</span>
                </td>
                <td>
                  {measured ? (
                    <>
                      {withUnit(progress.current, indicator)}
                      <br />
                      <span className="muted">{pactMessages.chain.onDate(formatDate(progress.currentOn))}</span>
                      <LatestSource indicator={indicator} on={progress.currentOn} />
                    </>
                  ) : (
                    <span className="muted">{pactMessages.chain.notMeasured}</span>
                  )}
                </td>
                <td>
                  {withUnit(indicator.targetValue, indicator)}
                  <br />
                  <span className="muted">{pactMessages.chain.beforeDate(formatDate(indicator.targetDate))}</span>
                </td>
                <td>
                  <progress className="bar bar--small" value={Math.min(Math.max(progress.fraction, 0), 1)} max={1} aria-hidden="true" />{" "}
                  {formatPercent(progress.fraction)}
                  <br />
                  <IndicatorStatusBadge indicator={indicator} measurements={indicator.measurements} today={today} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableWrap>
  );
}

/** The source of the latest measurement; invented ones ("Demodata – …") are marked as demo data. */
function LatestSource({ indicator, on }: { indicator: Indicator; on: string }) {
  const source = indicator.measurements.find((m) => m.measuredOn === on)?.source;
  if (!source) return null;
  const demo = source.startsWith("Demodata");
  return (
    <>
      <br />
      <span className={demo ? "demo-source demo-source--inline" : "muted"}>
        {chartMessages.source}: {source}
      </span>
    </>
  );
}

/** The targets per period, folded away under the indicator's name. */
function PeriodTargets({ indicator }: { indicator: Indicator }) {
  if (indicator.targets.length === 0) return null;
  return (
    <details className="period-targets">
      <summary>{pm.targetsSummary}</summary>
      <ul className="plain-list">
        {indicator.targets.map((t) => (
          <li key={t.periodStart}>
            {periodLabel(t.periodStart, indicator.frequency)}: {withUnit(t.value, indicator)}
            {t.source ? <span className="demo-source demo-source--inline">{pm.targetSource(t.source)}</span> : null}
          </li>
        ))}
      </ul>
    </details>
  );
}
