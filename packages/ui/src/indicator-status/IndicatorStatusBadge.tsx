import "./indicator-status.css";
import { indicatorStatus, indicatorStatusLabels, type IndicatorStatusKind, type StatusIndicator } from "@zorgpact/domain/indicator-status";

/** A sign per status, beside the words (never colour alone). */
const SIGN: Record<IndicatorStatusKind, string> = {
  reached: "✓",
  on_track: "→",
  behind: "↘",
  target_date_passed: "!",
  no_recent_measurement: "?",
};

/**
 * An indicator's status on `today` (domain/indicator-status.ts): a badge with sign and words, and
 * the plain-language explanation beside it ("62% van het doel bereikt; volgens planning …").
 */
export function IndicatorStatusBadge({
  indicator,
  measurements,
  today,
  explain = true,
}: {
  indicator: StatusIndicator;
  measurements: readonly { measuredOn: string; value: number }[];
  today: string;
  explain?: boolean;
}) {
  const status = indicatorStatus(indicator, measurements, today);
  return (
    <span className="indicator-status">
      <strong className={`indicator-status__badge indicator-status__badge--${status.kind}`}>
        <span aria-hidden="true">{SIGN[status.kind]} </span>
        {indicatorStatusLabels[status.kind]}
      </strong>
      {explain ? <span className="indicator-status__explanation"> {status.explanation}</span> : null}
    </span>
  );
}

/** Today's calendar date in the Netherlands, `YYYY-MM-DD`: the `now` of a status shown on screen. */
export function todayInTheNetherlands(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}
