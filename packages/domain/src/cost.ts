import { z } from "zod";
import { idSchema } from "./common.ts";
import type { ChainLinkRef, ChainNodeKind } from "./effect-chain.ts";

/**
 * The effect calculator (effectencalculator, seed 003): what a unit of result or effect costs.
 *
 * Allocation rule, followed from input to effect along the links:
 * 1. an input's euro amount (`amountCents`; inputs in FTE or in kind only count for nothing here)
 *    is split evenly over the activities it funds;
 * 2. an activity's funds are split evenly over the results it produces;
 * 3. a result's funds are split evenly over the effects it contributes to.
 * Splitting rather than copying keeps every euro counted once, so the figures add up to the
 * total input. Money that reaches no activity, result or effect is reported as unallocated.
 *
 * The count of units comes from the node itself: result and effect nodes carry an optional
 * `quantity` (e.g. 71 students in the programme). It is not derived from indicators, because an
 * effect's indicators are mostly shares (%) rather than counts. The cost per unit is `null` when
 * no euros reach the node or when its count is missing or zero.
 */
export interface CostNode {
  id: string;
  kind: ChainNodeKind;
  amountCents: number | null;
}

export interface CostLine {
  nodeId: string;
  /** Euro input reaching this node, in whole cents. */
  allocatedCents: number;
  count: number | null;
  /** Cost per unit of result or effect, in whole cents; null when unfunded or uncounted. */
  costPerUnitCents: number | null;
}

export interface CostReport {
  totalInputCents: number;
  /** Input that does not reach any effect (an input without activity, an activity without result…). */
  unallocatedCents: number;
  results: CostLine[];
  effects: CostLine[];
}

export const costLineSchema = z.object({
  nodeId: idSchema,
  allocatedCents: z.number().int(),
  count: z.number().nullable(),
  costPerUnitCents: z.number().int().nullable(),
}) satisfies z.ZodType<CostLine>;

export const costReportSchema = z.object({
  totalInputCents: z.number().int(),
  unallocatedCents: z.number().int(),
  results: z.array(costLineSchema),
  effects: z.array(costLineSchema),
}) satisfies z.ZodType<CostReport>;

export function costPerResult(
  nodes: readonly CostNode[],
  links: readonly ChainLinkRef[],
  counts: Readonly<Record<string, number | null | undefined>>,
): CostReport {
  const kindById = new Map(nodes.map((n) => [n.id, n.kind]));
  /** Targets of `id` of the next kind only: a link of any other shape carries no money. */
  const targets = (id: string, kind: ChainNodeKind) => [...new Set(links.filter((l) => l.fromId === id && kindById.get(l.toId) === kind).map((l) => l.toId))];
  const funds = new Map<string, number>();
  const add = (id: string, cents: number) => funds.set(id, (funds.get(id) ?? 0) + cents);
  const spread = (from: ChainNodeKind, to: ChainNodeKind) => {
    for (const node of nodes.filter((n) => n.kind === from)) {
      const amount = from === "input" ? Math.max(0, node.amountCents ?? 0) : (funds.get(node.id) ?? 0);
      const next = targets(node.id, to);
      for (const target of next) add(target, amount / next.length);
    }
  };
  spread("input", "activity");
  spread("activity", "result");
  spread("result", "effect");

  const totalInputCents = nodes.filter((n) => n.kind === "input").reduce((sum, n) => sum + Math.max(0, n.amountCents ?? 0), 0);
  const line = (node: CostNode): CostLine => {
    const allocated = funds.get(node.id) ?? 0;
    const count = counts[node.id] ?? null;
    const costPerUnitCents = allocated > 0 && count !== null && count > 0 ? Math.round(allocated / count) : null;
    return { nodeId: node.id, allocatedCents: Math.round(allocated), count, costPerUnitCents };
  };
  const effects = nodes.filter((n) => n.kind === "effect").map(line);
  const reachingEffects = nodes.filter((n) => n.kind === "effect").reduce((sum, n) => sum + (funds.get(n.id) ?? 0), 0);
  return {
    totalInputCents,
    unallocatedCents: Math.round(totalInputCents - reachingEffects),
    results: nodes.filter((n) => n.kind === "result").map(line),
    effects,
  };
}
