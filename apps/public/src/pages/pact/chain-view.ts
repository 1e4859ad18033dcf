/** Shapes a pact's effect chain for display: four columns, each node with the nodes it leads to. */
import { chainNodeKinds, type ChainLink, type ChainNode, type ChainNodeKind } from "@zorgpact/domain/effect-chain";

export interface ChainColumnNode {
  node: ChainNode;
  leadsTo: ChainNode[];
}

export interface ChainColumn {
  kind: ChainNodeKind;
  nodes: ChainColumnNode[];
}

export function chainColumns(nodes: readonly ChainNode[], links: readonly ChainLink[]): ChainColumn[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return chainNodeKinds.map((kind) => ({
    kind,
    nodes: nodes
      .filter((node) => node.kind === kind)
      .map((node) => ({
        node,
        leadsTo: links.filter((link) => link.fromId === node.id).flatMap((link) => byId.get(link.toId) ?? []),
      })),
  }));
}

/** Titles of the nodes with these ids, in the given order; unknown ids are skipped. */
export function nodeTitles(ids: readonly string[], nodes: readonly ChainNode[]): string[] {
  const byId = new Map(nodes.map((n) => [n.id, n.title]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
