import { useQuery } from "@tanstack/react-query";
import { formatDate } from "@zorgpact/ui/format.ts";
import { messages } from "../../messages.ts";
import { measurementReviewMessages } from "../../messages/measurement-review.ts";
import { trpc } from "../../trpc.ts";

const a = measurementReviewMessages.agenda;

/** A measurement's review steps and corrections, oldest first; `show` writes a value in the indicator's unit. */
export function ReviewHistory({ measurementId, date, show }: { measurementId: string; date: string; show: (value: number) => string }) {
  const history = useQuery(trpc.measurementReview.history.queryOptions({ measurementId }));
  if (!history.data) return <p className="muted">{history.isError ? messages.error.action : measurementReviewMessages.queue.loading}</p>;
  const { steps, corrections } = history.data;
  return (
    <div aria-label={a.historyOf(date)} role="group">
      {steps.length === 0 ? <p className="muted">{a.historyEmpty}</p> : null}
      <ol className="review-history">
        {steps.map((s) => (
          <li key={s.id}>
            {measurementReviewMessages.action[s.action]} · {show(s.value)} · {s.userName ?? "—"} · {formatDate(s.createdAt.slice(0, 10))}
            {s.comment ? `: ${s.comment}` : ""}
          </li>
        ))}
      </ol>
      {corrections.length > 0 ? (
        <ul>
          {corrections.map((c) => (
            <li key={c.id}>{a.correctionOf(c.beforeValue, c.afterValue, c.reason, c.appliedDirectly)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
