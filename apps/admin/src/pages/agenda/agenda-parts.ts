import type { AgendaGapPart } from "@zorgpact/domain/agenda-gaps";

/** The parts of the agenda editor, each its own route under `zorgpacten/:pactId/agenda/`. */
export const agendaParts = [
  { key: "issues", slug: "vraagstukken" },
  { key: "chain", slug: "effectketen" },
  { key: "indicators", slug: "indicatoren" },
  { key: "transfer", slug: "importeren-exporteren" },
] as const;
export type AgendaPartKey = (typeof agendaParts)[number]["key"];

/** The search parameter that picks the issue a part shows; `zonder` picks the chain without an issue. */
export const ISSUE_PARAM = "vraagstuk";
export const UNASSIGNED = "zonder";

/** An issue id, `null` for the nodes without an issue. */
export type IssueScope = string | null;

export const scopeParam = (scope: IssueScope) => scope ?? UNASSIGNED;

export function agendaPartPath(pactId: string, part: AgendaPartKey, scope?: IssueScope): string {
  const slug = agendaParts.find((p) => p.key === part)?.slug ?? agendaParts[0].slug;
  const query = scope === undefined ? "" : `?${new URLSearchParams({ [ISSUE_PARAM]: scopeParam(scope) }).toString()}`;
  return `/zorgpacten/${pactId}/agenda/${slug}${query}`;
}

export const gapPart: Record<AgendaGapPart, AgendaPartKey> = { chain: "chain", indicators: "indicators" };
