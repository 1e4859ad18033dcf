import type { PactDetail } from "@zorgpact/domain/pact";
import { phaseByNumber, type PhaseNumber } from "@zorgpact/domain/phase";
import { formatDate } from "@zorgpact/ui/format.ts";
import { phaseNumberLabel } from "@zorgpact/ui/labels.ts";
import { pactMessages } from "../../messages/pact.ts";
import { checklistView } from "./phase-view.ts";

export interface PhaseSectionProps {
  currentPhase: PhaseNumber | null;
  checklist: PactDetail["checklist"];
  history: PactDetail["phaseHistory"];
}

export function PhaseSection({ currentPhase, checklist, history }: PhaseSectionProps) {
  return (
    <section aria-labelledby="fase-kop">
      <h2 id="fase-kop">{pactMessages.pact.phaseHeading}</h2>
      {currentPhase === null ? <p>{pactMessages.pact.noPhase}</p> : <CurrentPhase phase={currentPhase} checklist={checklist} />}
      {history.length > 0 ? (
        <>
          <h3>{pactMessages.pact.historyHeading}</h3>
          <ol className="phase-history">
            {history.map((entry, i) => (
              <li key={i}>
                {pactMessages.pact.historyEntry(entry.phase, phaseByNumber(entry.phase).label)}, {pactMessages.pact.historySince(formatDate(entry.changedOn))}
                {entry.note ? <span className="muted"> — {entry.note}</span> : null}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}

function CurrentPhase({ phase, checklist }: { phase: PhaseNumber; checklist: PactDetail["checklist"] }) {
  const view = checklistView(phase, checklist);
  const { done, total } = view.progress;
  return (
    <>
      <p className="current-phase">
        {pactMessages.pact.currentPhase}:{" "}
        <strong>
          {phaseNumberLabel(phase)}: {view.phase.label}
        </strong>
      </p>
      <h3>{pactMessages.pact.checklistHeading(view.phase.label)}</h3>
      <p>
        <progress className="bar" value={done} max={total} aria-hidden="true" /> {pactMessages.pact.checklistProgress(done, total)}
      </p>
      <ul className="checklist plain-list">
        {view.items.map((item) => (
          <li key={item.key} className={item.done ? "checklist__item checklist__item--done" : "checklist__item"}>
            <span aria-hidden="true" className="checklist__mark">
              {item.done ? "✓" : "○"}
            </span>{" "}
            <span className="visually-hidden">{item.done ? pactMessages.pact.itemDone : pactMessages.pact.itemOpen} </span>
            {item.label}
          </li>
        ))}
      </ul>
    </>
  );
}
