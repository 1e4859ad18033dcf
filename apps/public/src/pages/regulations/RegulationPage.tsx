import "./regulations.css";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import type { RegulationDetail } from "@zorgpact/domain/regulation";
import { isNotFound } from "@zorgpact/ui/errors.ts";
import { formatDate, formatEuroFromCents } from "@zorgpact/ui/format.ts";
import { pactKindLabels } from "@zorgpact/ui/labels.ts";
import { EmptyState, ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { TableWrap } from "@zorgpact/ui/TableWrap.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { useServerStatus } from "@zorgpact/ui/server-render.ts";
import { messages } from "../../messages.ts";
import { regulationMessages } from "../../messages/regulations.ts";
import { trpc } from "../../trpc.ts";
import { periodText } from "./period.ts";

const m = regulationMessages.detail;

/** `/regelingen/:slug`: one regeling, what the sources say of its use, and the published pacts it funded. */
export function RegulationPage() {
  const { slug = "" } = useParams();
  const regulation = useQuery({ ...trpc.regulation.get.queryOptions({ slug }), retry: (count, error) => !isNotFound(error) && count < 2 });
  const notFound = regulation.isError && isNotFound(regulation.error);
  useServerStatus(notFound ? 404 : null);
  useDocumentTitle(notFound ? m.notFoundTitle : (regulation.data?.name ?? m.loadingTitle), messages.siteName);
  const back = (
    <p className="breadcrumb">
      <Link to="/regelingen">← {m.back}</Link>
    </p>
  );
  if (notFound) {
    return (
      <>
        {back}
        <h1>{m.notFoundTitle}</h1>
        <p>{m.notFoundBody}</p>
        <p>
          <Link to="/regelingen">{m.toList}</Link>
        </p>
      </>
    );
  }
  if (regulation.isPending) return <LoadingState />;
  if (regulation.isError) return <ErrorState onRetry={() => void regulation.refetch()} />;
  return (
    <>
      {back}
      <Regulation regulation={regulation.data} />
    </>
  );
}

function Regulation({ regulation }: { regulation: RegulationDetail }) {
  const period = periodText(regulation.startYear, regulation.endYear);
  return (
    <article>
      <h1>{regulation.name}</h1>
      <p className="lead">{regulation.purpose}</p>
      <section aria-labelledby="regeling-gegevens">
        <h2 id="regeling-gegevens">{m.facts}</h2>
        <dl className="facts regulation-facts">
          <div className="facts__row">
            <dt>{m.ministry}</dt>
            <dd>{regulationMessages.ministry[regulation.ministry]}</dd>
          </div>
          {period ? (
            <div className="facts__row">
              <dt>{m.period}</dt>
              <dd>{period}</dd>
            </div>
          ) : null}
          {regulation.budgetCents !== null ? (
            <div className="facts__row">
              <dt>{m.budget}</dt>
              <dd>{formatEuroFromCents(regulation.budgetCents)}</dd>
            </div>
          ) : null}
          {regulation.conditions ? (
            <div className="facts__row">
              <dt>{m.conditions}</dt>
              <dd>{regulation.conditions}</dd>
            </div>
          ) : null}
          {regulation.link ? (
            <div className="facts__row">
              <dt>{m.link}</dt>
              <dd>
                <a href={regulation.link} rel="noopener noreferrer">
                  {regulation.link}
                </a>
              </dd>
            </div>
          ) : null}
          {regulation.source ? (
            <div className="facts__row">
              <dt>{m.source}</dt>
              <dd>{regulation.source}</dd>
            </div>
          ) : null}
        </dl>
      </section>
      {regulation.results ? (
        <section aria-labelledby="regeling-resultaten">
          <h2 id="regeling-resultaten">{m.results}</h2>
          <p>{regulation.results}</p>
        </section>
      ) : null}
      <section aria-labelledby="regeling-gefinancierd">
        <h2 id="regeling-gefinancierd">{m.fundedHeading}</h2>
        <p>{m.fundedIntro}</p>
        {regulation.fundedPacts.length === 0 ? (
          <EmptyState>{m.fundedEmpty}</EmptyState>
        ) : (
          <TableWrap label={m.fundedCaption}>
            <table className="data-table">
              <caption>{m.fundedCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.pactColumn}</th>
                  <th scope="col">{m.appliedOnColumn}</th>
                  <th scope="col" className="num">
                    {m.amountColumn}
                  </th>
                  <th scope="col">{m.noteColumn}</th>
                </tr>
              </thead>
              <tbody>
                {regulation.fundedPacts.map((funded, index) => (
                  <tr key={`${funded.pact.id}-${index}`}>
                    <th scope="row">
                      <Link to={`/zorgpacten/${encodeURIComponent(funded.pact.slug)}`}>{funded.pact.name}</Link>
                      <span className="muted"> ({pactKindLabels[funded.pact.kind].toLowerCase()})</span>
                    </th>
                    <td className="nowrap">{formatDate(funded.appliedOn)}</td>
                    <td className="num nowrap">{funded.amountCents === null ? "" : formatEuroFromCents(funded.amountCents)}</td>
                    <td>{funded.note ?? ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </section>
      {regulation.chainUses.length > 0 ? (
        <section aria-labelledby="regeling-ketens">
          <h2 id="regeling-ketens">{m.chainHeading}</h2>
          <p>{m.chainIntro}</p>
          <ul>
            {regulation.chainUses.map((pact) => (
              <li key={pact.id}>
                <Link to={`/zorgpacten/${encodeURIComponent(pact.slug)}`}>{pact.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
