import type { WorkQueue } from "@zorgpact/domain/work-queue";
import { admissionStatusLabels } from "@zorgpact/ui/labels.ts";
import { startMessages } from "../../messages/start.ts";
import { supportQuestionTypeLabels } from "../../messages/support.ts";
import { QueueGroup, QueueItem, QueueSection } from "./QueueSection.tsx";

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
  const a = g.applications;
  return (
    <QueueGroup
      id={queueSectionIds.applications}
      label={a.label}
      group={group}
      empty={a.empty}
      more={{ to: "/koplopers", label: a.all }}
      item={(x) => ({
        key: x.pactId,
        to: `/koplopers/${x.pactId}`,
        title: x.name,
        meta: `${admissionStatusLabels[x.status]} · ${a.submitted(x.submittedAt)}`,
      })}
    />
  );
}

export function BarriersGroup({ group }: { group: Group<"barriers"> }) {
  const b = g.barriers;
  return (
    <QueueGroup
      id={queueSectionIds.barriers}
      label={b.label}
      group={group}
      empty={b.empty}
      more={{ to: "/drempels?status=new", label: b.all }}
      item={(x) => ({ key: x.id, to: `/drempels/${x.id}`, title: b.title(x.number, x.question), meta: b.received(x.receivedOn) })}
    />
  );
}

function VolgspotMeta({ item }: { item: Group<"volgspots">["items"][number] }) {
  const v = g.volgspots;
  return (
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
  );
}

export function VolgspotsGroup({ group, national, headingLevel }: { group: Group<"volgspots">; national: boolean; headingLevel?: 2 | 3 }) {
  const v = g.volgspots;
  return (
    <QueueGroup
      id={queueSectionIds.volgspots}
      headingLevel={headingLevel}
      label={v.label}
      group={group}
      empty={national ? v.empty : v.emptyEditor}
      more={national ? { to: "/volgspot", label: v.all } : { to: "/taken", label: v.allEditor }}
      item={(x) => ({
        key: `${x.pactId}:${x.year}:${x.kind}`,
        to: `/zorgpacten/${x.pactId}/volgspot/${x.year}`,
        title: x.kind === "review" ? v.review(x.year) : v.due(x.year),
        overdue: x.overdue,
        meta: <VolgspotMeta item={x} />,
      })}
    />
  );
}

export function SupportGroup({ group, headingLevel }: { group: Group<"support">; headingLevel?: 2 | 3 }) {
  const s = g.support;
  return (
    <QueueGroup
      id={queueSectionIds.support}
      headingLevel={headingLevel}
      label={s.label}
      group={group}
      empty={s.empty}
      more={{ to: "/ondersteuning?status=requested", label: s.all }}
      item={(x) => ({
        key: x.id,
        to: `/ondersteuning/${x.id}`,
        title: `${supportQuestionTypeLabels[x.questionType]}: ${x.pactName}`,
        meta: s.requested(x.requestedOn),
      })}
    />
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
  const p = g.stalePacts;
  return (
    <QueueGroup
      id={queueSectionIds.stalePacts}
      headingLevel={headingLevel}
      label={p.label}
      group={group}
      intro={p.threshold(days)}
      empty={p.empty(days)}
      more={{ to: "/zorgpacten?sorteer=updatedAt", label: p.all }}
      item={(x) => ({ key: x.id, to: `/zorgpacten/${x.id}`, title: x.name, meta: p.updated(x.updatedAt) })}
    />
  );
}

export function OverdueGroup({ group, headingLevel }: { group: Group<"overdue">; headingLevel?: 2 | 3 }) {
  const o = g.overdue;
  return (
    <QueueGroup
      id={queueSectionIds.overdue}
      headingLevel={headingLevel}
      label={o.label}
      group={group}
      intro={o.intro}
      empty={o.empty}
      more={{ to: "/taken", label: o.all }}
      item={(x) => ({ key: x.pactId, to: `/zorgpacten/${x.pactId}/agenda`, title: x.pactName, meta: o.counts(x.measurements, x.agreements), overdue: true })}
    />
  );
}
