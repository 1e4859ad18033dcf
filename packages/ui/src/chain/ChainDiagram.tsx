import "./chain.css";
import { useId, useMemo, useRef, useState, type ReactNode } from "react";
import type { ChainLinkRef } from "@zorgpact/domain/effect-chain";
import { chainNodeKindLabels } from "../labels.ts";
import { chainNodeFacts, type ChainDiagramNode, type ChainLookups } from "./chain-facts.ts";
import { diagramColumns, incompleteReasons, type CompletenessIds, type IncompleteReason, type LeadsTo } from "./chain-layout.ts";
import { chainMessages, incompleteReasonText } from "./chain-messages.ts";
import { ChainList } from "./ChainList.tsx";
import { Heading, subLevel, type HeadingLevel } from "./Heading.tsx";
import { useChainLines } from "./useChainLines.ts";

export interface ChainDiagramProps<N extends ChainDiagramNode> {
  nodes: readonly N[];
  links: readonly ChainLinkRef[];
  /** From the API (the domain's chainCompleteness or issueCompleteness): which nodes to mark incomplete. */
  completeness: CompletenessIds;
  /** Nodes outside this diagram that its links reach (e.g. under another issue): named, not drawn. */
  otherNodes?: readonly N[];
  /** Names of owners and labels of result areas and effect categories, when known. */
  lookups?: ChainLookups;
  /** Level of the column headings (card titles go one deeper); the caller's heading sits above. Default 3. */
  headingLevel?: HeadingLevel;
  /** Accessible name of the columns; default "Effectketen van input naar effect". */
  label?: string;
  /** Edit controls per card (the admin app); the public site leaves it out. */
  renderNodeActions?: (node: N) => ReactNode;
  /** A control next to each "Leidt tot" entry, e.g. an unlink button. */
  renderLinkAction?: (from: N, to: N) => ReactNode;
}

/** React's ids contain characters that do not belong in `url(#…)`. */
const svgId = (id: string) => id.replace(/[^a-zA-Z0-9_-]/g, "");

/**
 * Figure 11, van input naar effect: four columns of cards with the links drawn as curves between
 * them. The curves are decoration (`aria-hidden`): every card also says in words what it leads
 * to and, when the chain breaks there, why it is incomplete. "Toon als lijst" shows the same
 * chain as a nested list, from each input to the effects it contributes to.
 */
export function ChainDiagram<N extends ChainDiagramNode>({
  nodes,
  links,
  completeness,
  otherNodes = [],
  lookups,
  headingLevel = 3,
  label = chainMessages.diagramLabel,
  renderNodeActions,
  renderLinkAction,
}: ChainDiagramProps<N>) {
  const canvasRef = useRef<HTMLDivElement>(null);
  const baseId = svgId(useId());
  const [listOpen, setListOpen] = useState(false);
  const columns = useMemo(() => diagramColumns(nodes, links, otherNodes), [nodes, links, otherNodes]);
  const reasons = useMemo(() => incompleteReasons(completeness), [completeness]);
  const nodeKey = nodes.map((n) => n.id).join(",");
  const shownLinks = useMemo(() => {
    const shown = new Set(nodes.map((n) => n.id));
    return links.filter((l) => shown.has(l.fromId) && shown.has(l.toId));
  }, [nodes, links]);
  const lines = useChainLines(canvasRef, shownLinks, nodeKey);
  const markerId = `${baseId}-pijl`;
  const listId = `${baseId}-lijst`;

  return (
    <div className="chain-diagram">
      <div className="chain-diagram__canvas" ref={canvasRef}>
        <svg
          className="chain-diagram__lines"
          aria-hidden="true"
          focusable="false"
          width={lines.width}
          height={lines.height}
          viewBox={`0 0 ${lines.width} ${lines.height}`}
        >
          <defs>
            <marker id={markerId} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M 0 0 L 10 5 L 0 10 z" className="chain-diagram__arrow" />
            </marker>
          </defs>
          {lines.paths.map((path) => (
            <path key={path.key} d={path.d} markerEnd={`url(#${markerId})`} className="chain-diagram__line" />
          ))}
        </svg>
        <ol className="chain-diagram__columns" aria-label={label}>
          {columns.map((column) => {
            const headingId = `${baseId}-${column.kind}`;
            return (
              <li key={column.kind} className={`chain-diagram__column chain-diagram__column--${column.kind}`}>
                <Heading level={headingLevel} id={headingId} className="chain-diagram__heading">
                  {chainNodeKindLabels[column.kind]} <span className="chain-diagram__count">({chainMessages.columnCount(column.entries.length)})</span>
                </Heading>
                {column.entries.length === 0 ? (
                  <p className="muted chain-diagram__empty">{chainMessages.emptyColumn}</p>
                ) : (
                  <ul className="chain-diagram__cards" aria-labelledby={headingId}>
                    {column.entries.map(({ node, leadsTo }) => (
                      <li key={node.id} data-chain-node={node.id}>
                        <ChainCard
                          node={node}
                          leadsTo={leadsTo}
                          reason={reasons.get(node.id)}
                          lookups={lookups}
                          titleLevel={subLevel(headingLevel)}
                          titleId={`${baseId}-${node.id}`}
                          actions={renderNodeActions?.(node)}
                          renderLinkAction={renderLinkAction}
                        />
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ol>
      </div>
      <p className="chain-diagram__toggle">
        <button type="button" className="button--secondary" aria-expanded={listOpen} aria-controls={listId} onClick={() => setListOpen((open) => !open)}>
          {listOpen ? chainMessages.hideList : chainMessages.showList}
        </button>
      </p>
      <div id={listId} hidden={!listOpen}>
        {listOpen ? <ChainList nodes={nodes} links={links} reasons={reasons} /> : null}
      </div>
    </div>
  );
}

function ChainCard<N extends ChainDiagramNode>({
  node,
  leadsTo,
  reason,
  lookups,
  titleLevel,
  titleId,
  actions,
  renderLinkAction,
}: {
  node: N;
  leadsTo: LeadsTo<N>[];
  reason: IncompleteReason | undefined;
  lookups: ChainLookups | undefined;
  titleLevel: HeadingLevel;
  titleId: string;
  actions: ReactNode;
  renderLinkAction: ((from: N, to: N) => ReactNode) | undefined;
}) {
  const facts = chainNodeFacts(node, lookups);
  return (
    <article className={reason ? "chain-card chain-card--incomplete" : "chain-card"} aria-labelledby={titleId}>
      <Heading level={titleLevel} id={titleId} className="chain-card__title">
        {node.title}
      </Heading>
      {reason ? (
        <p className="chain-card__warning">
          <span aria-hidden="true">⚠ </span>
          <strong>{chainMessages.incomplete}</strong> {incompleteReasonText[reason]}
        </p>
      ) : null}
      {node.description ? <p className="chain-card__description">{node.description}</p> : null}
      {facts.length > 0 ? (
        <dl className="chain-card__facts">
          {facts.map((fact) => (
            <div key={fact.term}>
              <dt>{fact.term}</dt>
              <dd>{fact.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {node.kind === "effect" ? null : leadsTo.length > 0 ? (
        <div className="chain-card__links">
          <p>{chainMessages.leadsTo}</p>
          <ul>
            {leadsTo.map((target) => (
              <li key={target.node.id}>
                {target.node.title}
                {target.external ? <span className="muted"> {chainMessages.otherIssue}</span> : null}
                {renderLinkAction ? <> {renderLinkAction(node, target.node)}</> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="muted chain-card__unlinked">{chainMessages.notLinked}</p>
      )}
      {actions ? <div className="chain-card__actions">{actions}</div> : null}
    </article>
  );
}
