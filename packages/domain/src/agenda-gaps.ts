/**
 * What an action agenda still lacks, for a summary that is visible on every part of the agenda
 * editor: the chain's gaps (as `chainCompleteness` reports them) and the indicator gaps (results
 * and effects nobody measures). Each gap names the issues where it occurs, so a summary can link
 * to the first one.
 */
import { acceptsIndicators } from "./agenda.ts";
import { chainCompleteness, type ChainLinkRef, type ChainNodeRef } from "./effect-chain.ts";

export const agendaGapKinds = [
  "noEffect",
  "effectsWithoutResult",
  "resultsWithoutActivity",
  "activitiesWithoutInput",
  "outcomesWithoutIndicator",
  "indicatorsWithoutMeasurement",
] as const;
export type AgendaGapKind = (typeof agendaGapKinds)[number];

/** The part of the agenda editor where a gap is mended. */
export type AgendaGapPart = "chain" | "indicators";

export interface AgendaGap {
  kind: AgendaGapKind;
  part: AgendaGapPart;
  /** How many issues (for `noEffect`), nodes or indicators lack it. */
  count: number;
  /** The issues where it occurs, in the agenda's order; `null` is the chain without an issue (listed last). */
  issueIds: (string | null)[];
}

export interface AgendaGapsInput {
  issues: readonly { id: string }[];
  nodes: readonly (ChainNodeRef & { issueId: string | null })[];
  links: readonly ChainLinkRef[];
  indicators: readonly { id: string; nodeId: string; measurements: readonly unknown[] }[];
}

const partOf: Record<AgendaGapKind, AgendaGapPart> = {
  noEffect: "chain",
  effectsWithoutResult: "chain",
  resultsWithoutActivity: "chain",
  activitiesWithoutInput: "chain",
  outcomesWithoutIndicator: "indicators",
  indicatorsWithoutMeasurement: "indicators",
};

/**
 * The gaps of an agenda, only those that occur, in the order of `agendaGapKinds` (the chain from
 * its end back to its start, then the indicators). An agenda without issues or nodes has one gap:
 * no effect. Pure: the same input always gives the same answer.
 */
export function agendaGaps(agenda: AgendaGapsInput): AgendaGap[] {
  const whole = chainCompleteness(agenda.nodes, agenda.links);
  const issueOf = new Map(agenda.nodes.map((n) => [n.id, n.issueId]));
  const order = new Map(agenda.issues.map((issue, index) => [issue.id, index]));
  // Issues in the agenda's order, then the nodes without an issue (an unknown issue id, which should not occur, last).
  const rank = (id: string | null) => (id === null ? agenda.issues.length : (order.get(id) ?? agenda.issues.length + 1));
  const sortIssues = (ids: Iterable<string | null>) => [...new Set(ids)].sort((a, b) => rank(a) - rank(b));
  const ofNodes = (kind: AgendaGapKind, nodeIds: readonly string[]): AgendaGap => ({
    kind,
    part: partOf[kind],
    count: nodeIds.length,
    issueIds: sortIssues(nodeIds.map((id) => issueOf.get(id) ?? null)),
  });

  const issuesWithEffect = new Set(agenda.nodes.filter((n) => n.kind === "effect").map((n) => n.issueId));
  const withoutEffect: (string | null)[] = agenda.issues.filter((issue) => !issuesWithEffect.has(issue.id)).map((issue) => issue.id);
  // Without issues the pact-wide chain is the only scope: it lacks an effect if no node is one.
  if (agenda.issues.length === 0 && issuesWithEffect.size === 0) withoutEffect.push(null);

  const indicated = new Set(agenda.indicators.map((i) => i.nodeId));
  const unmeasured = agenda.indicators.filter((i) => i.measurements.length === 0);
  const outcomesWithoutIndicator = agenda.nodes.filter((n) => acceptsIndicators(n.kind) && !indicated.has(n.id)).map((n) => n.id);

  const gaps: AgendaGap[] = [
    { kind: "noEffect", part: "chain", count: withoutEffect.length, issueIds: withoutEffect },
    ofNodes("effectsWithoutResult", whole.effectsWithoutResult),
    ofNodes("resultsWithoutActivity", whole.resultsWithoutActivity),
    ofNodes("activitiesWithoutInput", whole.activitiesWithoutInput),
    ofNodes("outcomesWithoutIndicator", outcomesWithoutIndicator),
    {
      kind: "indicatorsWithoutMeasurement",
      part: "indicators",
      count: unmeasured.length,
      issueIds: sortIssues(unmeasured.map((i) => issueOf.get(i.nodeId) ?? null)),
    },
  ];
  return gaps.filter((gap) => gap.count > 0);
}
