import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import type { ChainNode } from "@zorgpact/domain/effect-chain";
import { regulationNameMessages } from "../../messages/regulation-names.ts";
import { trpc } from "../../trpc.ts";

/** The regelingen by id, to name them on a pact's effect chain; empty while loading or when the list fails. */
export function useRegulationNames(): Map<string, { name: string; slug: string }> {
  const list = useQuery(trpc.regulation.list.queryOptions({ pageSize: 100 }));
  return new Map((list.data?.items ?? []).map((r) => [r.id, { name: r.name, slug: r.slug }]));
}

/** Under the effect chain: the regelingen its inputs draw on, each with a link to its page. */
export function ChainRegulations({ nodes, regulations }: { nodes: readonly ChainNode[]; regulations: Map<string, { name: string; slug: string }> }) {
  const used = [...new Set(nodes.flatMap((n) => (n.regulationId ? [n.regulationId] : [])))].flatMap((id) => regulations.get(id) ?? []);
  if (used.length === 0) return null;
  return (
    <p>
      {regulationNameMessages.fundedBy}{" "}
      {used.map((regulation, index) => (
        <span key={regulation.slug}>
          {index > 0 ? ", " : null}
          <Link to={`/regelingen/${encodeURIComponent(regulation.slug)}`}>{regulation.name}</Link>
        </span>
      ))}
    </p>
  );
}
