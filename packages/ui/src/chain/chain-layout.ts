/**
 * The effect chain shaped for display: four columns with, per node, the nodes it leads to; the
 * same chain as a tree for the list view; and the curve of a drawn link. Pure, so it is tested
 * without a browser.
 */
import { chainNodeKinds, type ChainCompleteness, type ChainLinkRef, type ChainNodeKind } from "@zorgpact/domain/effect-chain";

export interface DiagramNodeRef {
  id: string;
  kind: ChainNodeKind;
  title: string;
}

export type IncompleteReason = "effectWithoutResult" | "resultWithoutActivity" | "activityWithoutInput";

export type CompletenessIds = Pick<ChainCompleteness, "effectsWithoutResult" | "resultsWithoutActivity" | "activitiesWithoutInput">;

/** Why a node makes the chain incomplete, by node id. */
export function incompleteReasons(completeness: CompletenessIds): Map<string, IncompleteReason> {
  const reasons = new Map<string, IncompleteReason>();
  for (const id of completeness.effectsWithoutResult) reasons.set(id, "effectWithoutResult");
  for (const id of completeness.resultsWithoutActivity) reasons.set(id, "resultWithoutActivity");
  for (const id of completeness.activitiesWithoutInput) reasons.set(id, "activityWithoutInput");
  return reasons;
}

const nextKind = (kind: ChainNodeKind): ChainNodeKind | undefined => chainNodeKinds[chainNodeKinds.indexOf(kind) + 1];
const previousKind = (kind: ChainNodeKind): ChainNodeKind | undefined => chainNodeKinds[chainNodeKinds.indexOf(kind) - 1];

export interface LeadsTo<N extends DiagramNodeRef> {
  node: N;
  /** A node outside this diagram (e.g. under another issue): named, not drawn. */
  external: boolean;
}

export interface DiagramColumn<N extends DiagramNodeRef> {
  kind: ChainNodeKind;
  entries: { node: N; leadsTo: LeadsTo<N>[] }[];
}

/**
 * Four columns in chain order. A node leads to the nodes of the next kind it links to, in the
 * order they are listed; links of any other shape (which the API refuses) are ignored.
 */
export function diagramColumns<N extends DiagramNodeRef>(
  nodes: readonly N[],
  links: readonly ChainLinkRef[],
  otherNodes: readonly N[] = [],
): DiagramColumn<N>[] {
  const shown = new Set(nodes.map((n) => n.id));
  const known = [...nodes, ...otherNodes.filter((n) => !shown.has(n.id))];
  const order = new Map(known.map((n, i) => [n.id, i]));
  const byId = new Map(known.map((n) => [n.id, n]));
  return chainNodeKinds.map((kind) => ({
    kind,
    entries: nodes
      .filter((node) => node.kind === kind)
      .map((node) => {
        const targets = [...new Set(links.filter((l) => l.fromId === node.id).map((l) => l.toId))]
          .flatMap((id) => byId.get(id) ?? [])
          .filter((target) => target.kind === nextKind(kind))
          .sort((a, b) => order.get(a.id)! - order.get(b.id)!);
        return { node, leadsTo: targets.map((target) => ({ node: target, external: !shown.has(target.id) })) };
      }),
  }));
}

export interface ChainTreeItem<N extends DiagramNodeRef> {
  node: N;
  children: ChainTreeItem<N>[];
}

/**
 * The chain as a tree for reading from input to effect: every input is a root, and so is any
 * later node that nothing in this chain leads to. A node reached along two paths appears under
 * both (links are many-to-many); the depth is at most four, since links only go forward.
 */
export function chainTree<N extends DiagramNodeRef>(nodes: readonly N[], links: readonly ChainLinkRef[]): ChainTreeItem<N>[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const children = (node: N): ChainTreeItem<N>[] => {
    const next = nextKind(node.kind);
    const targets = [...new Set(links.filter((l) => l.fromId === node.id).map((l) => l.toId))]
      .flatMap((id) => byId.get(id) ?? [])
      .filter((target) => target.kind === next);
    return nodes.filter((n) => targets.includes(n)).map((target) => ({ node: target, children: children(target) }));
  };
  const hasParent = (node: N) => {
    const previous = previousKind(node.kind);
    return links.some((l) => l.toId === node.id && byId.get(l.fromId)?.kind === previous);
  };
  return chainNodeKinds.flatMap((kind) =>
    nodes.filter((n) => n.kind === kind && (kind === "input" || !hasParent(n))).map((root) => ({ node: root, children: children(root) })),
  );
}

/** A card's edges, relative to the diagram. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * A curve from the right edge of one card to the left edge of the next, or null when the target
 * does not stand to the right (narrow screens stack the columns; a line would only confuse).
 */
export function linkPath(from: Box, to: Box): string | null {
  const sx = from.right;
  const sy = (from.top + from.bottom) / 2;
  const ex = to.left;
  const ey = (to.top + to.bottom) / 2;
  const dx = ex - sx;
  if (dx < 8) return null;
  return `M ${round(sx)} ${round(sy)} C ${round(sx + dx / 2)} ${round(sy)}, ${round(ex - dx / 2)} ${round(ey)}, ${round(ex)} ${round(ey)}`;
}
