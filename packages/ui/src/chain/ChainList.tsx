import type { ChainLinkRef } from "@zorgpact/domain/effect-chain";
import type { ChainDiagramNode } from "./chain-facts.ts";
import { chainTree, type ChainTreeItem, type IncompleteReason } from "./chain-layout.ts";
import { chainMessages, incompleteReasonText } from "./chain-messages.ts";

/** The chain as a nested list: each step with, beneath it, the steps it leads to. */
export function ChainList({
  nodes,
  links,
  reasons,
}: {
  nodes: readonly ChainDiagramNode[];
  links: readonly ChainLinkRef[];
  reasons: ReadonlyMap<string, IncompleteReason>;
}) {
  const tree = chainTree(nodes, links);
  return (
    <div className="chain-list">
      <p className="muted">{chainMessages.listIntro}</p>
      <ul aria-label={chainMessages.listLabel}>
        {tree.map((item, i) => (
          <Item key={`${item.node.id}-${i}`} item={item} reasons={reasons} />
        ))}
      </ul>
    </div>
  );
}

function Item({ item, reasons }: { item: ChainTreeItem<ChainDiagramNode>; reasons: ReadonlyMap<string, IncompleteReason> }) {
  const reason = reasons.get(item.node.id);
  return (
    <li>
      <span className="chain-list__kind">{chainMessages.kindPrefix[item.node.kind]}:</span> {item.node.title}
      {reason ? (
        <span className="chain-list__warning">
          {" "}
          — {chainMessages.incomplete} {incompleteReasonText[reason]}
        </span>
      ) : null}
      {item.children.length > 0 ? (
        <ul>
          {item.children.map((child, i) => (
            <Item key={`${child.node.id}-${i}`} item={child} reasons={reasons} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}
