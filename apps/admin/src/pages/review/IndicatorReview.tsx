import "./review.css";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useState, type ReactNode } from "react";
import type { AgendaIndicator, AgendaMeasurement } from "@zorgpact/domain/agenda";
import { formatIndicatorValue } from "@zorgpact/domain/indicator-unit";
import type { MeasurementReviewState, PactReview } from "@zorgpact/domain/measurement-review";
import { formatDate } from "@zorgpact/ui/format.ts";
import { TableWrap } from "@zorgpact/ui/TableWrap.tsx";
import { messages } from "../../messages.ts";
import { measurementReviewMessages } from "../../messages/measurement-review.ts";
import { trpc } from "../../trpc.ts";
import { useAgenda } from "../agenda/agenda-context.ts";
import { CorrectionForm } from "./CorrectionForm.tsx";
import { PeriodLocks } from "./PeriodLocks.tsx";
import { ReviewBadge } from "./ReviewBadge.tsx";
import { ReviewDecision } from "./ReviewDecision.tsx";
import { ReviewHistory } from "./ReviewHistory.tsx";

const a = measurementReviewMessages.agenda;
/** Date, status, public value, actions. */
const COLUMNS = 4;

/** The pact's review state, refetched whenever the agenda's measurements change (a save submits). */
export function usePactReview(pactId: string, fingerprint: string) {
  const queryClient = useQueryClient();
  const options = trpc.measurementReview.pact.queryOptions({ pactId });
  useEffect(() => {
    void queryClient.invalidateQueries({ queryKey: options.queryKey });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- refetch when the measurements change, not when the key object is rebuilt
  }, [fingerprint]);
  return useQuery(options);
}

/**
 * Under an indicator's measurements: per measurement its review status (with the returned
 * comment), the public value, approve/return for a reviewer, the history, corrections of locked
 * values; and the indicator's locked periods (lock and unlock for the national team).
 */
export function IndicatorReview({ indicator, onStatus }: { indicator: AgendaIndicator; onStatus: (text: string | null) => void }) {
  const { pactId, invalidate } = useAgenda();
  const fingerprint = indicator.measurements.map((x) => `${x.id}:${x.version}`).join(",");
  const review = usePactReview(pactId, fingerprint);
  const queryClient = useQueryClient();
  const headingId = useId();
  const refresh = async (notice: string) => {
    onStatus(notice);
    await Promise.all([
      invalidate(),
      queryClient.invalidateQueries({ queryKey: trpc.measurementReview.pact.queryKey({ pactId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.measurementReview.waiting.queryKey() }),
    ]);
  };
  const data = review.data;
  if (!data) return review.isError ? <p className="muted">{messages.error.action}</p> : null;
  const states = new Map(data.measurements.map((s) => [s.id, s]));
  const locks = data.locks.filter((l) => l.indicatorId === indicator.id);

  return (
    <section className="review-part" aria-labelledby={headingId}>
      <h6 id={headingId}>{a.title(indicator.name)}</h6>
      {indicator.measurements.length > 0 ? (
        <TableWrap label={a.caption(indicator.name)}>
          <table className="agenda-table">
            <caption className="visually-hidden">{a.caption(indicator.name)}</caption>
            <thead>
              <tr>
                <th scope="col">{a.date}</th>
                <th scope="col">{a.status}</th>
                <th scope="col" className="num">
                  {a.publicValue}
                </th>
                <th scope="col">{a.actions}</th>
              </tr>
            </thead>
            <tbody>
              {indicator.measurements.map((measurement) => {
                const state = states.get(measurement.id);
                return state ? (
                  <ReviewRow key={measurement.id} indicator={indicator} measurement={measurement} state={state} review={data} onDone={refresh} />
                ) : null;
              })}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
      <PeriodLocks indicator={indicator} locks={locks} states={states} canLock={data.canLock} onDone={refresh} />
    </section>
  );
}

type OpenPart = "none" | "history" | "correction";

function ReviewRow({
  indicator,
  measurement,
  state,
  review,
  onDone,
}: {
  indicator: AgendaIndicator;
  measurement: AgendaMeasurement;
  state: MeasurementReviewState;
  review: PactReview;
  onDone: (notice: string) => Promise<unknown>;
}) {
  const [open, setOpen] = useState<OpenPart>("none");
  const date = formatDate(measurement.measuredOn);
  const show = (value: number) => formatIndicatorValue(value, indicator.unitKind, indicator.unit);
  const publicText = state.publicValue === null ? a.none : show(state.publicValue);
  const canDecide = review.reviewer && state.reviewStatus === "submitted" && state.refusal === null;
  const toggle = (part: Exclude<OpenPart, "none">) => ({ expanded: open === part, onToggle: () => setOpen(open === part ? "none" : part), date });
  return (
    <>
      <tr>
        <th scope="row" className="nowrap">
          {date}
        </th>
        <td>
          <ReviewBadge status={state.reviewStatus} locked={state.locked} />
        </td>
        <td className="num">{publicText}</td>
        <td>
          <div className="agenda-actions">
            {canDecide ? (
              <ReviewDecision
                measurement={{ ...measurement, breakdowns: state.breakdowns }}
                indicatorName={indicator.name}
                dateText={date}
                valueText={show(measurement.value)}
                idPrefix={`agenda-beoordeel-${measurement.id}`}
                onDecided={onDone}
              />
            ) : null}
            {state.locked ? <DetailToggle label={measurementReviewMessages.correction.open} {...toggle("correction")} /> : null}
            <DetailToggle label={a.history} {...toggle("history")} />
          </div>
        </td>
      </tr>
      {state.reviewStatus === "submitted" && state.breakdowns.length > 0 ? (
        <DetailRow className="review-comment-row">
          <p className="review-comment">{a.partsWaiting(date)}</p>
          <dl className="review-parts-inline">
            {state.breakdowns.map((breakdown) => (
              <div key={breakdown.dimensionId}>
                <dt>{a.partsOf(breakdown.dimension)}</dt>
                <dd>{breakdown.parts.map((part) => `${part.category}: ${show(part.value)}`).join(" · ")}</dd>
              </div>
            ))}
          </dl>
        </DetailRow>
      ) : null}
      {state.returnedComment ? (
        <DetailRow className="review-comment-row">
          <p className="review-comment">{a.returnedComment(state.returnedComment)}</p>
        </DetailRow>
      ) : null}
      {open === "history" ? (
        <DetailRow>
          <ReviewHistory measurementId={measurement.id} date={date} show={show} />
        </DetailRow>
      ) : null}
      {open === "correction" ? (
        <DetailRow>
          <CorrectionForm
            measurement={measurement}
            unitKind={indicator.unitKind}
            national={review.canLock}
            date={date}
            onCancel={() => setOpen("none")}
            onDone={async (notice) => {
              setOpen("none");
              await onDone(notice);
            }}
          />
        </DetailRow>
      ) : null}
    </>
  );
}

/** A row under a measurement's row that spans the table (comment, history, correction): it reads in full on a phone instead of in a narrow cell. */
function DetailRow({ className, children }: { className?: string; children: ReactNode }) {
  return (
    <tr className={className}>
      <td colSpan={COLUMNS}>
        <div className="review-detail">{children}</div>
      </td>
    </tr>
  );
}

/** Opens or closes one detail row; the date makes the button's name unique in the table. */
function DetailToggle({ label, date, expanded, onToggle }: { label: string; date: string; expanded: boolean; onToggle: () => void }) {
  return (
    <button type="button" className="button--secondary button--small" aria-expanded={expanded} onClick={onToggle}>
      {label}
      <span className="visually-hidden"> {date}</span>
    </button>
  );
}
