import { phaseByNumber, type PhaseNumber } from "@zorgpact/domain/phase";

/** Short notes for the phase history, one per phase reached. */
export const phaseNotes: Readonly<Record<PhaseNumber, string>> = {
  1: "Start: partners uit de gouden driehoek kaderen samen de uitdaging en bepalen het vertrekpunt.",
  2: "Verandercoalitie samengesteld; de inzet wordt gericht in een actieagenda.",
  3: "Actieagenda in uitvoering: partners mobiliseren mensen en middelen voor gezamenlijke projecten.",
  4: "De samenwerking wordt verankerd: bestendigen, duurzame financiering en jaarlijkse Volgspot.",
};

export interface PhaseEntrySeed {
  phase: PhaseNumber;
  changedOn: string;
  note: string;
}

export interface ChecklistTickSeed {
  phase: PhaseNumber;
  itemKey: string;
  done: boolean;
  doneOn: string | null;
}

/** The first phase entry is never before this date: the Zorgpact started in 2015. */
const firstDate = "2015-01-15";

/**
 * A plausible history for a pact now in `currentPhase`: phase 1 from its start (2015 at the
 * earliest), each next phase 7–10 months later depending on `variant`. Every item of an earlier
 * phase is ticked before the pact moved on; of the current phase only the first one or two are.
 */
export function phaseTimeline(startDate: string, currentPhase: PhaseNumber, variant: number): { history: PhaseEntrySeed[]; ticks: ChecklistTickSeed[] } {
  const gapMonths = 7 + (variant % 4);
  const start = startDate < firstDate ? firstDate : startDate;
  const numbers = ([1, 2, 3, 4] as const).filter((n) => n <= currentPhase);
  const history = numbers.map((phase, index) => ({
    phase,
    changedOn: addMonths(start, index * gapMonths),
    note: phaseNotes[phase],
  }));

  const ticks: ChecklistTickSeed[] = [];
  for (const entry of history) {
    const items = phaseByNumber(entry.phase).checklist;
    const next = history.find((h) => h.phase === entry.phase + 1);
    if (next) {
      items.forEach((item, i) => {
        ticks.push({ phase: entry.phase, itemKey: item.key, done: true, doneOn: addDays(next.changedOn, -14 * (items.length - i)) });
      });
    } else {
      const doneCount = 1 + (variant % 2);
      items.forEach((item, i) => {
        const done = i < doneCount;
        ticks.push({ phase: entry.phase, itemKey: item.key, done, doneOn: done ? addDays(entry.changedOn, 30 * (i + 1)) : null });
      });
    }
  }
  return { history, ticks };
}

function addMonths(date: string, months: number): string {
  const d = parse(date);
  d.setUTCMonth(d.getUTCMonth() + months);
  return format(d);
}

function addDays(date: string, days: number): string {
  const d = parse(date);
  d.setUTCDate(d.getUTCDate() + days);
  return format(d);
}

function parse(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function format(date: Date): string {
  return date.toISOString().slice(0, 10);
}
