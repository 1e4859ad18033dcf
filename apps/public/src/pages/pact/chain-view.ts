import type { ChainNode } from "@zorgpact/domain/effect-chain";

/** Titles of the nodes with these ids, in the given order; unknown ids are skipped. */
export function nodeTitles(ids: readonly string[], nodes: readonly ChainNode[]): string[] {
  const byId = new Map(nodes.map((n) => [n.id, n.title]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
