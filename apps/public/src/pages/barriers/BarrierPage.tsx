import "./barriers.css";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import type { PublicBarrier } from "@zorgpact/domain/barrier";
import { isNotFound } from "@zorgpact/ui/errors.ts";
import { formatDate } from "@zorgpact/ui/format.ts";
import { ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { useServerStatus } from "@zorgpact/ui/server-render.ts";
import { messages } from "../../messages.ts";
import { barrierMessages } from "../../messages/barriers.ts";
import { trpc } from "../../trpc.ts";

const m = barrierMessages.detail;

/** `/ruimte-in-de-regels/:number`: one answered barrier, question and answer; never who asked. */
export function BarrierPage() {
  const { number: numberText = "" } = useParams();
  const number = /^\d{1,9}$/.test(numberText) ? Number(numberText) : 0;
  const barrier = useQuery({
    ...trpc.barrier.getPublic.queryOptions({ number }),
    enabled: number >= 1,
    retry: (count, error) => !isNotFound(error) && count < 2,
  });
  const notFound = number < 1 || (barrier.isError && isNotFound(barrier.error));
  useServerStatus(notFound ? 404 : null);
  useDocumentTitle(notFound ? m.notFoundTitle : barrier.data ? barrier.data.reference : m.loadingTitle, messages.siteName);
  const back = (
    <p className="breadcrumb">
      <Link to="/ruimte-in-de-regels">← {m.back}</Link>
    </p>
  );
  if (notFound) {
    return (
      <>
        {back}
        <h1>{m.notFoundTitle}</h1>
        <p>{m.notFoundBody}</p>
        <p>
          <Link to="/ruimte-in-de-regels">{m.toList}</Link>
        </p>
      </>
    );
  }
  if (barrier.isPending) return <LoadingState />;
  if (barrier.isError) return <ErrorState onRetry={() => void barrier.refetch()} />;
  return (
    <>
      {back}
      <Barrier barrier={barrier.data} />
    </>
  );
}

function Barrier({ barrier }: { barrier: PublicBarrier }) {
  return (
    <article>
      <p className="muted">
        {m.question} · {barrier.reference}
      </p>
      <h1>{barrier.question}</h1>
      <section aria-labelledby="antwoord-kop">
        <h2 id="antwoord-kop">{m.answer}</h2>
        <p>
          <span className="tag">{barrierMessages.outcome[barrier.outcome]}</span>
        </p>
        <p className="barrier-answer">{barrier.answer}</p>
      </section>
      <section aria-labelledby="feiten-kop">
        <h2 id="feiten-kop">{m.facts}</h2>
        <dl className="facts barrier-facts">
          <div className="facts__row">
            <dt>{m.reference}</dt>
            <dd>{barrier.reference}</dd>
          </div>
          <div className="facts__row">
            <dt>{m.ministry}</dt>
            <dd>{barrierMessages.ministryLong[barrier.ministry]}</dd>
          </div>
          {barrier.topic ? (
            <div className="facts__row">
              <dt>{m.topic}</dt>
              <dd>{barrier.topic}</dd>
            </div>
          ) : null}
          <div className="facts__row">
            <dt>{m.outcome}</dt>
            <dd>{barrierMessages.outcome[barrier.outcome]}</dd>
          </div>
          <div className="facts__row">
            <dt>{m.answeredOn}</dt>
            <dd>{formatDate(barrier.answeredOn)}</dd>
          </div>
          {barrier.pact ? (
            <div className="facts__row">
              <dt>{m.pact}</dt>
              <dd>
                <Link to={`/zorgpacten/${encodeURIComponent(barrier.pact.slug)}`}>{barrier.pact.name}</Link>
              </dd>
            </div>
          ) : null}
          {barrier.source ? (
            <div className="facts__row">
              <dt>{m.source}</dt>
              <dd>{barrier.source}</dd>
            </div>
          ) : null}
        </dl>
      </section>
    </article>
  );
}
