import { useQuery } from "@tanstack/react-query";
import { useId, useMemo, useRef, useState } from "react";
import type { AgendaIssue, AgendaNode } from "@zorgpact/domain/agenda";
import { chainNodeKinds, type ChainNodeKind } from "@zorgpact/domain/effect-chain";
import { ChainDiagram } from "@zorgpact/ui/chain/ChainDiagram.tsx";
import { CompletenessReport } from "@zorgpact/ui/chain/CompletenessReport.tsx";
import { agendaMessages } from "../../messages/agenda.ts";
import { trpc } from "../../trpc.ts";
import { useAgenda } from "./agenda-context.ts";
import { useAgendaStatus } from "./agenda-status.ts";
import { editButtonId, NodeActions, UnlinkButton, type ChainFeedback } from "./NodeActions.tsx";
import { NodeForm } from "./NodeForm.tsx";

/**
 * The effect chain of one issue (or of the nodes without an issue): the completeness report, the
 * diagram with edit controls on every card, forms to add a node of each kind, and the edit form
 * of the node being edited below the diagram.
 */
export function ChainEditor({ issue, nodes }: { issue: AgendaIssue | null; nodes: AgendaNode[] }) {
  const { agenda } = useAgenda();
  const m = agendaMessages.chain;
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const addButtons = useRef(new Map<ChainNodeKind, HTMLButtonElement>());
  const [adding, setAdding] = useState<ChainNodeKind | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const status = useAgendaStatus();
  const issueId = issue?.id ?? null;

  const otherNodes = useMemo(() => agenda.nodes.filter((n) => n.issueId !== issueId), [agenda.nodes, issueId]);
  const completeness = useMemo(() => {
    if (issue) return issue.completeness;
    const own = new Set(nodes.map((n) => n.id));
    const mine = (ids: string[]) => ids.filter((nodeId) => own.has(nodeId));
    const c = agenda.completeness;
    return {
      effectsWithoutResult: mine(c.effectsWithoutResult),
      resultsWithoutActivity: mine(c.resultsWithoutActivity),
      activitiesWithoutInput: mine(c.activitiesWithoutInput),
    };
  }, [issue, nodes, agenda.completeness]);
  const regulationList = useQuery(trpc.regulation.list.queryOptions({ pageSize: 100 }));
  const lookups = useMemo(() => {
    const organisations = new Map(agenda.organisations.map((o) => [o.id, o.name]));
    const terms = new Map(agenda.terms.map((t) => [t.id, t.label]));
    const regulations = new Map((regulationList.data?.items ?? []).map((r) => [r.id, r.name]));
    return {
      organisationName: (orgId: string) => organisations.get(orgId),
      termLabel: (termId: string) => terms.get(termId),
      regulationName: (regulationId: string) => regulations.get(regulationId),
    };
  }, [agenda.organisations, agenda.terms, regulationList.data]);
  const editing = nodes.find((n) => n.id === editingId) ?? null;

  const feedback: ChainFeedback = {
    onStatus: (text) => status.show(text),
    onFailure: (text) => status.show(text, "error"),
  };
  const focusLater = (element: () => HTMLElement | null | undefined) => window.setTimeout(() => element()?.focus(), 0);
  const closeEditor = (nodeId: string) => {
    setEditingId(null);
    focusLater(() => document.getElementById(editButtonId(nodeId)));
  };
  const closeAdding = (kind: ChainNodeKind) => {
    setAdding(null);
    focusLater(() => addButtons.current.get(kind));
  };
  const headingId = `${id}-kop`;

  return (
    <section aria-labelledby={headingId} className="agenda-subsection agenda-chain">
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {m.heading}
      </h3>
      <p>{m.intro}</p>
      {issue ? <CompletenessReport completeness={issue.completeness} nodes={nodes} scope="issue" headingLevel={4} /> : null}
      {issue ? (
        <>
          <div className="agenda-actions agenda-chain__add">
            {chainNodeKinds.map((kind) => (
              <button
                key={kind}
                ref={(element) => {
                  if (element) addButtons.current.set(kind, element);
                }}
                type="button"
                className={adding === kind ? undefined : "button--secondary"}
                aria-expanded={adding === kind}
                onClick={() => {
                  status.clear();
                  setAdding(adding === kind ? null : kind);
                }}
              >
                {m.add[kind]}
              </button>
            ))}
          </div>
          {adding ? (
            <NodeForm
              key={adding}
              mode="create"
              kind={adding}
              issueId={issue.id}
              onDone={(node) => {
                feedback.onStatus(m.created(node.title));
                closeAdding(adding);
              }}
              onCancel={() => closeAdding(adding)}
            />
          ) : null}
        </>
      ) : null}
      {nodes.length === 0 ? (
        <p className="muted">{m.empty}</p>
      ) : (
        <ChainDiagram
          nodes={nodes}
          links={agenda.links}
          otherNodes={otherNodes}
          completeness={completeness}
          lookups={lookups}
          headingLevel={4}
          renderNodeActions={(node) => (
            <NodeActions
              node={node}
              feedback={feedback}
              onEdit={() => {
                status.clear();
                setEditingId(node.id);
              }}
              onDeleted={() => {
                feedback.onStatus(m.deleted(node.title));
                if (editingId === node.id) setEditingId(null);
                headingRef.current?.focus();
              }}
            />
          )}
          renderLinkAction={(from, to) => <UnlinkButton from={from} to={to} feedback={feedback} />}
        />
      )}
      {editing ? (
        <NodeForm
          key={editing.id}
          mode="edit"
          node={editing}
          onDone={(node) => {
            feedback.onStatus(m.saved(node.title));
            closeEditor(node.id);
          }}
          onCancel={() => closeEditor(editing.id)}
        />
      ) : null}
    </section>
  );
}
