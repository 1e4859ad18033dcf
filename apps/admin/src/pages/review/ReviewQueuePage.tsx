import "./review.css";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import type { ReviewQueueItem } from "@zorgpact/domain/measurement-review";
import { formatIndicatorValue } from "@zorgpact/domain/indicator-unit";
import { formatDate } from "@zorgpact/ui/format.ts";
import { ListStates } from "@zorgpact/ui/list/ListStates.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { messages } from "../../messages.ts";
import { measurementReviewMessages } from "../../messages/measurement-review.ts";
import { trpc } from "../../trpc.ts";
import { ReviewDecision } from "./ReviewDecision.tsx";
import { ReviewParts } from "./ReviewParts.tsx";

const m = measurementReviewMessages.queue;
const PAGE_SIZE = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `/beoordelen`: the measurements waiting for the signed-in reviewer, oldest first. The national
 * team sees every pact; an editor the pacts with peer review on (their own submissions show, but
 * someone else decides). `?zorgpact=<id>` narrows the list to one pact (the start page links so).
 */
export function ReviewQueuePage() {
  useDocumentTitle(m.title, messages.siteName);
  const [params, setParams] = useSearchParams();
  const pactParam = params.get("zorgpact");
  const pactId = pactParam && UUID.test(pactParam) ? pactParam : undefined;
  const page = Math.max(1, Number.parseInt(params.get("pagina") ?? "1", 10) || 1);
  const queue = useQuery(trpc.measurementReview.queue.queryOptions({ page, pageSize: PAGE_SIZE, pactId }));
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState("");

  const onDecided = async (text: string) => {
    setNotice(text);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.measurementReview.queue.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.measurementReview.waiting.queryKey() }),
    ]);
  };
  const toPage = (next: number) => {
    const nextParams = new URLSearchParams(params);
    nextParams.set("pagina", String(next));
    setParams(nextParams);
  };
  const filteredName = pactId ? queue.data?.items[0]?.pactName : undefined;

  return (
    <>
      <h1>{m.title}</h1>
      <p>{m.intro}</p>
      {pactId ? (
        <p>
          {filteredName ? `${m.filterPact}: ${filteredName} · ` : null}
          <Link to="/beoordelen">{m.allPacts}</Link>
        </p>
      ) : null}
      <p role="status" aria-atomic="true" className="review-notice">
        {notice}
      </p>
      <ListStates query={queue} count={(total) => (total > 0 ? m.total(total) : "")} loadingLabel={m.loading} empty={m.empty} onPageChange={toPage}>
        {(items) => (
          <ul className="review-list" aria-label={m.caption}>
            {items.map((item) => (
              <ReviewCard key={item.id} item={item} onDecided={onDecided} />
            ))}
          </ul>
        )}
      </ListStates>
    </>
  );
}

function ReviewCard({ item, onDecided }: { item: ReviewQueueItem; onDecided: (notice: string) => Promise<unknown> }) {
  const date = formatDate(item.measuredOn);
  const value = formatIndicatorValue(item.value, item.unitKind, item.unit);
  const headingId = `beoordeel-${item.id}`;
  return (
    <li className="review-card card" aria-labelledby={headingId}>
      <h2 id={headingId} className="review-card__title">
        {item.indicatorName}
      </h2>
      <p className="review-card__pact">{item.pactName}</p>
      <dl className="review-card__facts">
        <div>
          <dt>{m.date}</dt>
          <dd>{date}</dd>
        </div>
        <div>
          <dt>{m.value}</dt>
          <dd className="review-card__value">{value}</dd>
        </div>
        <div>
          <dt>{m.publicNow}</dt>
          <dd>
            {item.publicValue === null
              ? m.notPublic
              : `${formatIndicatorValue(item.publicValue, item.unitKind, item.unit)}${item.publicMeasuredOn && item.publicMeasuredOn !== item.measuredOn ? ` (${formatDate(item.publicMeasuredOn)})` : ""}`}
          </dd>
        </div>
        <div>
          <dt>{m.submitted}</dt>
          <dd>{m.by(item.submittedByName, item.submittedAt)}</dd>
        </div>
        {item.source ? (
          <div>
            <dt>{m.source}</dt>
            <dd>{item.source}</dd>
          </div>
        ) : null}
        {item.note ? (
          <div>
            <dt>{m.note}</dt>
            <dd>{item.note}</dd>
          </div>
        ) : null}
      </dl>
      <ReviewParts breakdowns={item.breakdowns} unitKind={item.unitKind} unit={item.unit} />
      {item.correctionReason ? <p className="review-card__correction">{m.correction(item.correctionReason)}</p> : null}
      {item.refusal === null ? (
        <ReviewDecision
          measurement={item}
          indicatorName={item.indicatorName}
          dateText={date}
          valueText={value}
          idPrefix={`beoordeel-${item.id}`}
          onDecided={onDecided}
        />
      ) : (
        <p className="muted">{m.own}</p>
      )}
      <p>
        <Link to={`/zorgpacten/${item.pactId}/agenda/indicatoren`}>
          {m.agendaLink}
          <span className="visually-hidden">: {item.pactName}</span>
        </Link>
      </p>
    </li>
  );
}
