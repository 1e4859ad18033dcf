/** The facts a chain card shows, formatted the Dutch way, from whatever fields the node carries. */
import type { ChainNode } from "@zorgpact/domain/effect-chain";
import { activityStatusOn } from "@zorgpact/domain/indicator-status";
import { formatDate, formatEuroFromCents, formatNumber } from "../format.ts";
import { activityStatusLabels } from "../labels.ts";
import type { DiagramNodeRef } from "./chain-layout.ts";
import { chainMessages } from "./chain-messages.ts";

/**
 * A node as the diagram takes it: id, kind and title, and any of the chain fields. The public
 * pact page passes `PactDetail["chain"]["nodes"]`, the admin app the agenda's nodes.
 */
export type ChainDiagramNode = DiagramNodeRef &
  Partial<Omit<ChainNode, "id" | "kind" | "title">> & {
    inKind?: string | null;
    quantity?: number | null;
    unit?: string | null;
  };

export interface ChainLookups {
  /** The name of an activity's owner, e.g. from the pact's partners. */
  organisationName?: (id: string) => string | undefined;
  /** The label of a result area or effect category. */
  termLabel?: (id: string) => string | undefined;
  /** The name of the regeling an input draws on. */
  regulationName?: (id: string) => string | undefined;
  /** Today (`YYYY-MM-DD`, Netherlands): an activity's status follows its period. Defaults to the real today. */
  today?: string;
}

export interface ChainFact {
  term: string;
  value: string;
}

function period(start: string | null | undefined, end: string | null | undefined): string | null {
  const f = chainMessages.facts;
  if (start && end) return f.periodRange(formatDate(start), formatDate(end));
  if (start) return f.periodFrom(formatDate(start));
  return null;
}

/** "Lopend" only while the period runs: an activity that ended in 2018 reads "Afgerond (volgens de periode)". */
function activityStatusText(node: ChainDiagramNode, today: string | undefined): string | null {
  const status = node.status ?? null;
  if (node.kind !== "activity") return status ? activityStatusLabels[status] : null;
  const now = today ?? new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
  const effective = activityStatusOn({ status, periodStart: node.periodStart ?? null, periodEnd: node.periodEnd ?? null }, now);
  if (!effective.status) return null;
  const label = activityStatusLabels[effective.status];
  return effective.fromPeriod ? chainMessages.facts.statusFromPeriod(label) : label;
}

export function chainNodeFacts(node: ChainDiagramNode, lookups: ChainLookups = {}): ChainFact[] {
  const f = chainMessages.facts;
  const term = node.termId ? (lookups.termLabel?.(node.termId) ?? null) : null;
  const quantity = node.quantity === null || node.quantity === undefined ? null : [formatNumber(node.quantity), node.unit ?? ""].join(" ").trim();
  const rows: [string, string | null | undefined][] = [
    [f.amount, node.amountCents === null || node.amountCents === undefined ? null : formatEuroFromCents(node.amountCents)],
    [f.capacity, node.fte === null || node.fte === undefined ? null : f.fte(formatNumber(node.fte))],
    [f.inKind, node.inKind],
    [f.fundingSource, node.fundingSource],
    [f.regulation, node.regulationId ? lookups.regulationName?.(node.regulationId) : null],
    [f.owner, node.ownerOrganisationId ? lookups.organisationName?.(node.ownerOrganisationId) : null],
    [f.period, period(node.periodStart, node.periodEnd)],
    [f.status, activityStatusText(node, lookups.today)],
    [node.kind === "effect" ? f.effectCategory : f.resultArea, term],
    [f.quantity, quantity],
  ];
  return rows.flatMap(([t, value]) => (value ? [{ term: t, value }] : []));
}
