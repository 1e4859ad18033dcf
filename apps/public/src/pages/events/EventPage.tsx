import "./events.css";
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Link, useParams } from "react-router";
import { isPast, type PublicEvent } from "@zorgpact/domain/event";
import { errorCode } from "@zorgpact/ui/errors.ts";
import { formatEventPeriod } from "@zorgpact/ui/event-format.ts";
import { ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { useServerStatus } from "@zorgpact/ui/server-render.ts";
import { messages } from "../../messages.ts";
import { eventKindLabels, eventMessages } from "../../messages/events.ts";
import { trpc } from "../../trpc.ts";

const m = eventMessages.event;

/** `/agenda/:id`: one published meeting with its time in Dutch time, place, pacts, themes and source. */
export function EventPage() {
  const { id = "" } = useParams();
  const query = useQuery(trpc.event.get.queryOptions({ id }));
  const code = errorCode(query.error);
  // An unknown id and one that is no id at all are both "not found" to a visitor.
  const notFound = code === "NOT_FOUND" || code === "BAD_REQUEST";
  useServerStatus(notFound ? 404 : null);
  useDocumentTitle(query.data?.title ?? (notFound ? m.notFoundTitle : query.isError ? messages.error.title : m.loadingTitle), messages.siteName);

  const breadcrumb = (
    <nav aria-label={m.breadcrumbLabel} className="breadcrumb">
      <Link to="/agenda">← {m.backToAgenda}</Link>
    </nav>
  );
  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    return (
      <>
        {breadcrumb}
        <h1>{notFound ? m.notFoundHeading : messages.error.heading}</h1>
        {notFound ? <p>{m.notFoundBody}</p> : <ErrorState onRetry={() => void query.refetch()} />}
      </>
    );
  }
  return (
    <article>
      {breadcrumb}
      <EventDetails event={query.data} />
    </article>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="facts__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function EventDetails({ event }: { event: PublicEvent }) {
  const past = isPast(event, new Date());
  return (
    <>
      <h1>{event.title}</h1>
      {past ? <p className="notice">{m.past}</p> : null}
      {event.description ? <p className="lead">{event.description}</p> : null}
      <h2>{m.factsHeading}</h2>
      <dl className="facts event-facts">
        <Fact label={m.kind}>{eventKindLabels[event.kind]}</Fact>
        <Fact label={m.when}>
          <time dateTime={event.startsAtUtc}>{formatEventPeriod(event.startsAt, event.endsAt)}</time> <span className="muted">({m.whenNote})</span>
        </Fact>
        {event.location ? <Fact label={m.location}>{event.location}</Fact> : null}
        {event.onlineUrl ? (
          <Fact label={m.online}>
            <a href={event.onlineUrl} rel="noopener noreferrer">
              {event.onlineUrl}
            </a>
          </Fact>
        ) : null}
        {event.organiser ? <Fact label={m.organiser}>{event.organiser}</Fact> : null}
        {event.expectedParticipants !== null ? <Fact label={m.expected}>{m.participants(event.expectedParticipants)}</Fact> : null}
        {event.actualParticipants !== null ? <Fact label={m.actual}>{m.participants(event.actualParticipants)}</Fact> : null}
        {event.registrationUrl && !past ? (
          <Fact label={m.register}>
            <a href={event.registrationUrl} rel="noopener noreferrer">
              {m.registerLink}
            </a>
          </Fact>
        ) : null}
        {event.regions.length > 0 ? <Fact label={m.regions}>{event.regions.map((r) => r.name).join(", ")}</Fact> : null}
        {event.themes.length > 0 ? (
          <Fact label={m.themes}>
            <ul className="plain-list tag-list">
              {event.themes.map((theme) => (
                <li key={theme.id} className="tag">
                  {theme.name}
                </li>
              ))}
            </ul>
          </Fact>
        ) : null}
      </dl>
      {event.pacts.length > 0 ? (
        <section aria-labelledby="bijeenkomst-zorgpacten">
          <h2 id="bijeenkomst-zorgpacten">{m.pactsHeading}</h2>
          <ul>
            {event.pacts.map((pact) => (
              <li key={pact.id}>
                <Link to={`/zorgpacten/${encodeURIComponent(pact.slug)}`}>{pact.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {/* Where the facts come from, and what is demo data: always shown with the event. */}
      {event.sourceNote ? <p className="event-source muted">{event.sourceNote}</p> : null}
    </>
  );
}
