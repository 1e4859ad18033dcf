import "./chart.css";
import "../report/demo.css";
import { useId } from "react";
import { formatDate } from "../format.ts";
import { TableWrap } from "../TableWrap.tsx";
import { dayNumber, linearScale, niceTicks, timeTicks } from "./chart-scale.ts";
import { chartMessages } from "./chart-messages.ts";
import { indicatorSummary, valueNumber, withUnit, type IndicatorChartData } from "./indicator-summary.ts";

export type { IndicatorChartData } from "./indicator-summary.ts";

export interface IndicatorChartProps {
  indicator: IndicatorChartData;
  /** "visible": the data table under the chart; "collapsed": behind a "Toon de gegevens als tabel" disclosure. */
  table?: "visible" | "collapsed";
  /**
   * The level of the visible title above the chart (the indicator's name), which names the figure
   * through aria-labelledby. Without it the chart has no title of its own (its panel names it).
   */
  titleLevel?: 3 | 4;
}

const WIDTH = 480;
const HEIGHT = 230;
const MARGIN = { top: 30, right: 24, bottom: 34, left: 56 };

/**
 * A small line chart of one indicator: the baseline (square), the measurements (dots, joined from
 * the baseline on) and the target as a dashed line with a diamond at the target date. The SVG is
 * one image (`role="img"`) described in words by its `aria-label`; the table beside it holds the
 * same figures for anyone who wants them exactly.
 */
export function IndicatorChart({ indicator, table = "visible", titleLevel }: IndicatorChartProps) {
  const titleId = useId();
  const measurements = [...indicator.measurements].sort((a, b) => a.measuredOn.localeCompare(b.measuredOn));
  const days = [indicator.baselineDate, indicator.targetDate, ...measurements.map((m) => m.measuredOn)].map(dayNumber);
  const values = [indicator.baselineValue, indicator.targetValue, ...measurements.map((m) => m.value)];
  const startDay = Math.min(...days);
  const endDay = Math.max(...days);
  const yTicks = niceTicks(Math.min(...values), Math.max(...values));
  const x = linearScale([startDay, endDay], [MARGIN.left, WIDTH - MARGIN.right]);
  const y = linearScale([yTicks[0]!, yTicks.at(-1)!], [HEIGHT - MARGIN.bottom, MARGIN.top]);
  const at = (date: string, value: number) => ({ cx: x(dayNumber(date)), cy: y(value) });

  const baseline = at(indicator.baselineDate, indicator.baselineValue);
  const target = at(indicator.targetDate, indicator.targetValue);
  const points = measurements.map((m) => at(m.measuredOn, m.value));
  const line = [baseline, ...points].map((p) => `${p.cx.toFixed(1)},${p.cy.toFixed(1)}`).join(" ");
  const bottom = HEIGHT - MARGIN.bottom;

  // Where a measurement names its source (demo data says "Demodata"), the table shows it.
  const withSource = measurements.some((m) => m.source);
  // In a scrollable, named region: with its source column the table can be wider than a phone.
  const data = (
    <TableWrap label={chartMessages.tableCaption(indicator.name)}>
      <table className="indicator-chart__table">
        <caption>{chartMessages.tableCaption(indicator.name)}</caption>
        <thead>
          <tr>
            <th scope="col">{chartMessages.moment}</th>
            <th scope="col">{chartMessages.date}</th>
            <th scope="col" className="num">
              {chartMessages.value(indicator.unit)}
            </th>
            {withSource ? <th scope="col">{chartMessages.source}</th> : null}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{chartMessages.baseline}</th>
            <td>{formatDate(indicator.baselineDate)}</td>
            <td className="num">{valueNumber(indicator.baselineValue, indicator)}</td>
            {withSource ? <td /> : null}
          </tr>
          {measurements.map((m) => (
            <tr key={m.measuredOn}>
              <th scope="row">{chartMessages.measurement}</th>
              <td>{formatDate(m.measuredOn)}</td>
              <td className="num">{valueNumber(m.value, indicator)}</td>
              {withSource ? <td className={m.source?.startsWith("Demodata") ? "demo-source" : undefined}>{m.source ?? ""}</td> : null}
            </tr>
          ))}
          <tr>
            <th scope="row">{chartMessages.target}</th>
            <td>{formatDate(indicator.targetDate)}</td>
            <td className="num">{valueNumber(indicator.targetValue, indicator)}</td>
            {withSource ? <td /> : null}
          </tr>
        </tbody>
      </table>
    </TableWrap>
  );

  const Title = titleLevel === 3 ? "h3" : "h4";
  return (
    <figure className="indicator-chart" aria-labelledby={titleLevel ? titleId : undefined}>
      {titleLevel ? (
        <Title id={titleId} className="indicator-chart__title">
          {indicator.name}
        </Title>
      ) : null}
      <svg className="indicator-chart__svg" role="img" aria-label={indicatorSummary(indicator)} viewBox={`0 0 ${WIDTH} ${HEIGHT}`}>
        <text className="indicator-chart__unit" x={4} y={MARGIN.top - 14} textAnchor="start">
          {indicator.unit}
        </text>
        {yTicks.map((tick) => (
          <g key={tick}>
            <line className="indicator-chart__grid" x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} />
            <text className="indicator-chart__tick" x={MARGIN.left - 8} y={y(tick)} dy="0.35em" textAnchor="end">
              {valueNumber(tick, indicator)}
            </text>
          </g>
        ))}
        <line className="indicator-chart__axis" x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={bottom} y2={bottom} />
        {timeTicks(startDay, endDay).map((tick) => (
          <g key={tick.day}>
            <line className="indicator-chart__axis" x1={x(tick.day)} x2={x(tick.day)} y1={bottom} y2={bottom + 5} />
            <text className="indicator-chart__tick" x={x(tick.day)} y={bottom + 20} textAnchor="middle">
              {tick.label}
            </text>
          </g>
        ))}
        <line className="indicator-chart__target" x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={target.cy} y2={target.cy} />
        <text className="indicator-chart__target-label" x={WIDTH - MARGIN.right - 12} y={target.cy - 8} textAnchor="end">
          {chartMessages.targetLine(withUnit(indicator.targetValue, indicator))}
        </text>
        <path className="indicator-chart__target-point" d={diamond(target.cx, target.cy, 7)} />
        <polyline className="indicator-chart__line" points={line} />
        <rect className="indicator-chart__baseline" x={baseline.cx - 5} y={baseline.cy - 5} width={10} height={10} />
        {points.map((p, i) => (
          <circle key={measurements[i]!.measuredOn} className="indicator-chart__point" cx={p.cx} cy={p.cy} r={5} />
        ))}
      </svg>
      <ul className="indicator-chart__legend" aria-hidden="true">
        <li>
          <svg width="16" height="16" viewBox="0 0 16 16">
            <rect className="indicator-chart__baseline" x="3" y="3" width="10" height="10" />
          </svg>
          {chartMessages.baseline}
        </li>
        <li>
          <svg width="24" height="16" viewBox="0 0 24 16">
            <line className="indicator-chart__line" x1="0" x2="24" y1="8" y2="8" />
            <circle className="indicator-chart__point" cx="12" cy="8" r="5" />
          </svg>
          {chartMessages.measurement}
        </li>
        <li>
          <svg width="24" height="16" viewBox="0 0 24 16">
            <line className="indicator-chart__target" x1="0" x2="24" y1="8" y2="8" />
          </svg>
          {chartMessages.target}
        </li>
      </ul>
      {table === "visible" ? (
        data
      ) : (
        <details className="indicator-chart__details">
          <summary>{chartMessages.showTable}</summary>
          {data}
        </details>
      )}
    </figure>
  );
}

function diamond(cx: number, cy: number, r: number): string {
  return `M ${cx} ${cy - r} L ${cx + r} ${cy} L ${cx} ${cy + r} L ${cx - r} ${cy} Z`;
}
