import { pactKindLabels, publicationStatusLabels } from "@zorgpact/ui/labels.ts";
import { ErrorState } from "@zorgpact/ui/Status.tsx";
import { agendaMessages } from "../../messages.ts";
import { useAgenda } from "./agenda-context.ts";
import { CostSection } from "./CostSection.tsx";
import { ExportSection } from "./ExportSection.tsx";
import { ImportSection } from "./ImportSection.tsx";
import { IssuesSection } from "./IssuesSection.tsx";
import { UnassignedSection } from "./UnassignedSection.tsx";

/** The editor's page: issues with their chains, nodes from before the agenda, cost, import and export. */
export function AgendaEditor() {
  const { agenda, taxonomies } = useAgenda();
  const m = agendaMessages;
  const hasUnassigned = agenda.nodes.some((n) => n.issueId === null);
  const toc = [
    { id: "vraagstukken-kop", label: m.issues.heading },
    ...(hasUnassigned ? [{ id: "zonder-vraagstuk-kop", label: m.chain.unassignedHeading }] : []),
    { id: "kosten-kop", label: m.cost.heading },
    { id: "importeren-kop", label: m.importing.heading },
    { id: "exporteren-kop", label: m.exporting.heading },
  ];
  return (
    <>
      <h1>
        {m.page.heading}: {agenda.pact.name}
      </h1>
      <p className="muted">
        {pactKindLabels[agenda.pact.kind]} · {m.page.publication}: <strong>{publicationStatusLabels[agenda.pact.publicationStatus]}</strong>
      </p>
      <p className="lead">{m.page.intro}</p>
      <nav aria-label={m.page.tocLabel} className="agenda-toc">
        <ul>
          {toc.map((item) => (
            <li key={item.id}>
              <a href={`#${item.id}`}>{item.label}</a>
            </li>
          ))}
        </ul>
      </nav>
      {taxonomies.isError ? <ErrorState message={m.page.taxonomiesFailed} onRetry={taxonomies.retry} /> : null}
      <IssuesSection />
      {hasUnassigned ? <UnassignedSection /> : null}
      <CostSection />
      <ImportSection />
      <ExportSection />
    </>
  );
}
