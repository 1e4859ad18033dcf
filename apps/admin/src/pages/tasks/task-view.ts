import type { Task, TaskKind } from "@zorgpact/domain/reminder";

/** The order of the sections on "Mijn taken": what waits for the reader's decision first. */
export const sectionOrder: readonly TaskKind[] = ["volgspot_review", "volgspot_due", "agreement_due", "measurement_due"];

export interface TaskSection {
  kind: TaskKind;
  tasks: Task[];
}

/** The tasks per kind, in the list's own order (longest overdue first), leaving out empty kinds. */
export function taskSections(tasks: readonly Task[]): TaskSection[] {
  return sectionOrder.map((kind) => ({ kind, tasks: tasks.filter((t) => t.kind === kind) })).filter((s) => s.tasks.length > 0);
}

/**
 * Where the work of a task is done in the admin app: the pact's Volgspot (the year's page once a
 * revision exists, the pact's Volgspot page to record a first one), or the action agenda where
 * the indicator's measurements are.
 */
export function taskLink(task: Task): string {
  switch (task.kind) {
    case "volgspot_due":
      return task.state === "none" ? `/zorgpacten/${task.pactId}/volgspot` : `/zorgpacten/${task.pactId}/volgspot/${task.year}`;
    case "volgspot_review":
      return `/zorgpacten/${task.pactId}/volgspot/${task.year}`;
    case "agreement_due":
      return `/zorgpacten/${task.pactId}/volgspot/${task.year}#afspraken-kop`;
    case "measurement_due":
      return `/zorgpacten/${task.pactId}/agenda`;
  }
}

/** How many tasks a section shows before "show all". */
export const SECTION_PREVIEW = 10;
