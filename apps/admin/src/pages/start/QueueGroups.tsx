import type { WorkQueue } from "@zorgpact/domain/work-queue";
import { admissionStatusLabels } from "@zorgpact/ui/labels.ts";
import { startMessages } from "../../messages/start.ts";
import { supportQuestionTypeLabels } from "../../messages/support.ts";
import { QueueItem, QueueSection } from "./QueueSection.tsx";

const g = startMessages.groups;

/** The groups of the work queue, each linking to where its work is done. Ids are the sections' anchors. */
export const queueSectionIds = {
  applications: "aanmeldingen",
  barriers: "drempels",
  volgspots: "volgspots",
  support: "ondersteuning",
  failedMail: "niet-bezorgd",
  stalePacts: "stille-zorgpacten",
  overdue: "te-laat",
} as const;

type Group<K extends keyof WorkQueue> = NonNullable<WorkQueue[K]>;

export function ApplicationsGroup({ group }: { group: Group<"applications"> }) {
  return (
    <QueueSection
      id={queueSectionIds.applications}
      label={g.applications.label}
      total={group.total}
      shown={group.items.length}
      empty={g.applications.empty}
      more={{ to: "/koplopers", label: g.applications.all }}
    >
      {group.items.map((a) => (
        <QueueItem
          key={a.pactId}
          to={`/koplopers/${a.pactId}`}
          title={a.name}
          meta={`${admissionStatusLabels[a.status]} · ${g.applications.submitted(a.submittedAt)}`}
        />
      ))}
    </QueueSection>
  );
}

export function BarriersGroup({ group }: { group: Group<"barriers"> }) {
  return (
    <QueueSection
      id={queueSectionIds.barriers}
      label={g.barriers.label}
      total={group.total}
      shown={group.items.length}
      empty={g.barriers.empty}
      more={{ to: "/drempels?status=new", label: g.barriers.all }}
    >
      {group.items.map((b) => (
        <QueueItem key={b.id} to={`/drempels/${b.id}`} title={g.barriers.title(b.number, b.question)} meta={g.barriers.received(b.receivedOn)} />
      ))}
    </QueueSection>
  );
}

export function VolgspotsGroup({ group, national, headingLevel }: { group: Group<"volgspots">; national: boolean; headingLevel?: 2 | 3 }) {
  const v = g.volgspots;
  return (
    <QueueSection
      id={queueSectionIds.volgspots}
      headingLevel={headingLevel}
      label={v.label}
      total={group.total}
      shown={group.items.length}
      empty={national ? v.empty : v.emptyEditor}
      more={national ? { to: "/volgspot", label: v.all } : { to: "/taken", label: v.allEditor }}
    >
      {group.items.map((item) => (
        <QueueItem
          key={`${item.pactId}:${item.year}:${item.kind}`}
          to={`/zorgpacten/${item.pactId}/volgspot/${item.year}`}
          title={item.kind === "review" ? v.review(item.year) : v.due(item.year)}
          overdue={item.overdue}
          meta={
            <>
              {item.pactName}
              {" · "}
              {item.kind === "review" ? (
                <>
                  <span className="task__flag">{v.waiting}</span> {v.submittedOn(item.date)}
                </>
              ) : (
                <>
                  {item.overdue ? <span className="task__flag task__flag--overdue">{v.overdue}</span> : null} {v.dueOn(item.date)}
                </>
              )}
            </>
          }
        />
      ))}
    </QueueSection>
  );
}

export function SupportGroup({ group, headingLevel }: { group: Group<"support">; headingLevel?: 2 | 3 }) {
  return (
    <QueueSection
      id={queueSectionIds.support}
      headingLevel={headingLevel}
      label={g.support.label}
      total={group.total}
      shown={group.items.length}
      empty={g.support.empty}
      more={{ to: "/ondersteuning?status=requested", label: g.support.all }}
    >
      {group.items.map((s) => (
        <QueueItem
          key={s.id}
          to={`/ondersteuning/${s.id}`}
          title={`${supportQuestionTypeLabels[s.questionType]}: ${s.pactName}`}
          meta={g.support.requested(s.requestedOn)}
        />
      ))}
    </QueueSection>
  );
}

export function FailedMailGroup({ count }: { count: number }) {
  return (
    <QueueSection id={queueSectionIds.failedMail} label={g.failedMail.label} total={count} shown={1} empty={g.failedMail.empty}>
      <QueueItem to="/taken#niet-bezorgd-kop" title={g.failedMail.link} meta={g.failedMail.body(count)} overdue />
    </QueueSection>
  );
}

export function StalePactsGroup({ group, days, headingLevel }: { group: Group<"stalePacts">; days: number; headingLevel?: 2 | 3 }) {
  return (
    <QueueSection
      id={queueSectionIds.stalePacts}
      headingLevel={headingLevel}
      label={g.stalePacts.label}
      total={group.total}
      shown={group.items.length}
      intro={g.stalePacts.threshold(days)}
      empty={g.stalePacts.empty(days)}
      more={{ to: "/zorgpacten?sorteer=updatedAt", label: g.stalePacts.all }}
    >
      {group.items.map((p) => (
        <QueueItem key={p.id} to={`/zorgpacten/${p.id}`} title={p.name} meta={g.stalePacts.updated(p.updatedAt)} />
      ))}
    </QueueSection>
  );
}

export function OverdueGroup({ group, headingLevel }: { group: Group<"overdue">; headingLevel?: 2 | 3 }) {
  return (
    <QueueSection
      id={queueSectionIds.overdue}
      headingLevel={headingLevel}
      label={g.overdue.label}
      total={group.total}
      shown={group.items.length}
      intro={g.overdue.intro}
      empty={g.overdue.empty}
      more={{ to: "/taken", label: g.overdue.all }}
    >
      {group.items.map((o) => (
        <QueueItem key={o.pactId} to={`/zorgpacten/${o.pactId}/agenda`} title={o.pactName} meta={g.overdue.counts(o.measurements, o.agreements)} overdue />
      ))}
    </QueueSection>
  );
}
