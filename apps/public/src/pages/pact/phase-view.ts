/** The current phase's checklist with each item's state; the counting itself is the domain's. */
import { checklistProgress, phaseByNumber, type ChecklistTick, type Phase, type PhaseNumber } from "@zorgpact/domain/phase";

export interface ChecklistView {
  phase: Phase;
  items: { key: string; label: string; done: boolean }[];
  progress: { done: number; total: number };
}

export function checklistView(phaseNumber: PhaseNumber, ticks: readonly ChecklistTick[]): ChecklistView {
  const phase = phaseByNumber(phaseNumber);
  const isDone = (key: string) => ticks.some((t) => t.phase === phaseNumber && t.itemKey === key && t.done);
  return {
    phase,
    items: phase.checklist.map((item) => ({ key: item.key, label: item.label, done: isDone(item.key) })),
    progress: checklistProgress(phaseNumber, ticks),
  };
}
