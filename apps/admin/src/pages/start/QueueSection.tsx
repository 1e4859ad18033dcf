import type { ReactNode } from "react";
import { Link } from "react-router";
import { startMessages as m } from "../../messages/start.ts";

/**
 * One group of the work queue: a heading with the full count, a line saying what belongs in it,
 * the first few items, and a link to the page where the whole list is worked through.
 */
export function QueueSection({
  id,
  label,
  total,
  shown,
  intro,
  empty,
  more,
  headingLevel = 2,
  children,
}: {
  id: string;
  label: string;
  total: number;
  /** How many items the list below shows (the API sends the first few). */
  shown: number;
  intro?: string;
  empty: string;
  more?: { to: string; label: string };
  /** 3 when the groups sit under a heading of their own (an editor's start page). */
  headingLevel?: 2 | 3;
  children: ReactNode;
}) {
  const headingId = `${id}-kop`;
  const Heading = headingLevel === 3 ? "h3" : "h2";
  return (
    <section id={id} className="queue-section" aria-labelledby={headingId}>
      <Heading id={headingId}>{m.groupHeading(label, total)}</Heading>
      {intro ? <p className="queue-section__intro">{intro}</p> : null}
      {total === 0 ? (
        <p className="queue-section__empty">{empty}</p>
      ) : (
        <>
          <ul className="task-list">{children}</ul>
          {shown < total ? <p className="queue-section__more-count">{m.showingFirst(shown, total)}</p> : null}
        </>
      )}
      {more && total > 0 ? (
        <p>
          <Link to={more.to}>{more.label}</Link>
        </p>
      ) : null}
    </section>
  );
}

/** One item: a link that says what to do, and a line of facts. */
export function QueueItem({ to, title, meta, overdue = false }: { to: string; title: string; meta: ReactNode; overdue?: boolean }) {
  return (
    <li className={overdue ? "task task--overdue" : "task"}>
      <p className="task__title">
        <Link to={to}>{title}</Link>
      </p>
      <p className="task__meta">{meta}</p>
    </li>
  );
}

/** What one queue item shows; `key` tells the items apart. */
export type QueueItemView = { key: string; to: string; title: string; meta: ReactNode; overdue?: boolean };

/**
 * A work-queue group drawn from the API's `{ total, items }`: every group on both start pages
 * (national and editor) is this section with its own item view.
 */
export function QueueGroup<T>({
  group,
  item,
  ...section
}: Omit<Parameters<typeof QueueSection>[0], "total" | "shown" | "children"> & {
  group: { total: number; items: readonly T[] };
  item: (entry: T) => QueueItemView;
}) {
  return (
    <QueueSection {...section} total={group.total} shown={group.items.length}>
      {group.items.map((entry) => {
        const { key, ...view } = item(entry);
        return <QueueItem key={key} {...view} />;
      })}
    </QueueSection>
  );
}
