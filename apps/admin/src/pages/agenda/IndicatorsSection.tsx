import { useId, useRef, useState } from "react";
import { acceptsIndicators, type AgendaNode } from "@zorgpact/domain/agenda";
import { chainMessages } from "@zorgpact/ui/chain/chain-messages.ts";
import { agendaMessages } from "../../messages/agenda.ts";
import { catalogueMessages } from "../../messages/catalogue.ts";
import { AdoptFromCatalogue } from "../catalogue/AdoptFromCatalogue.tsx";
import { useAgenda } from "./agenda-context.ts";
import { useAgendaStatus } from "./agenda-status.ts";
import { IndicatorForm } from "./IndicatorForm.tsx";
import { IndicatorPanel } from "./IndicatorPanel.tsx";

/** Indicators of the results and effects among `nodes`, each with its measurements and chart. */
export function IndicatorsSection({ nodes }: { nodes: readonly AgendaNode[] }) {
  const m = agendaMessages.indicators;
  const id = useId();
  const outcomes = nodes.filter((n) => acceptsIndicators(n.kind));
  const headingId = `${id}-kop`;
  return (
    <section aria-labelledby={headingId} className="agenda-subsection">
      <h3 id={headingId}>{m.heading}</h3>
      <p>{m.intro}</p>
      {outcomes.length === 0 ? <p className="muted">{m.noOutcomes}</p> : outcomes.map((node) => <NodeIndicators key={node.id} node={node} />)}
    </section>
  );
}

function NodeIndicators({ node }: { node: AgendaNode }) {
  const { agenda } = useAgenda();
  const m = agendaMessages.indicators;
  const id = useId();
  const [adding, setAdding] = useState(false);
  const status = useAgendaStatus();
  const addRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const indicators = agenda.indicators.filter((i) => i.nodeId === node.id);
  const headingId = `${id}-kop`;
  const close = () => {
    setAdding(false);
    window.setTimeout(() => addRef.current?.focus(), 0);
  };

  return (
    <section aria-labelledby={headingId} className="agenda-node-indicators">
      <h4 id={headingId} ref={headingRef} tabIndex={-1}>
        {m.nodeHeading(chainMessages.kindPrefix[node.kind], node.title)}
      </h4>
      {indicators.length === 0 ? <p className="muted">{m.empty}</p> : null}
      {indicators.map((indicator) => (
        <IndicatorPanel
          key={indicator.id}
          indicator={indicator}
          onStatus={(text) => (text ? status.show(text) : status.clear())}
          onDeleted={() => {
            status.show(m.deleted(indicator.name));
            headingRef.current?.focus();
          }}
        />
      ))}
      {adding ? (
        <IndicatorForm
          mode="create"
          nodeId={node.id}
          headingLevel={5}
          onDone={(indicator) => {
            status.show(m.created(indicator.name));
            close();
          }}
          onCancel={close}
        />
      ) : (
        <p>
          <button
            ref={addRef}
            type="button"
            className="button--secondary"
            onClick={() => {
              status.clear();
              setAdding(true);
            }}
          >
            {m.add}
            <span className="visually-hidden">{m.addFor(node.title)}</span>
          </button>
        </p>
      )}
      {/* Indicator catalogue (issue 15): adopt a national indicator instead of defining one. */}
      <AdoptFromCatalogue nodeId={node.id} nodeTitle={node.title} onAdopted={(name) => status.show(catalogueMessages.adopt.done(name))} />
    </section>
  );
}
