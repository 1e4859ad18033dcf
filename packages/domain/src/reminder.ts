import { z } from "zod";
import type { IsoDate } from "./common.ts";
import { periodEndOf, periodStartOf, shiftPeriod, type IndicatorFrequency } from "./indicator-period.ts";

/**
 * Reminders: which tasks a signed-in user has at a given day. One set of rules serves both the
 * task list ("Mijn taken", computed live) and the e-mail reminders (the scheduler notes which
 * tasks it already mailed, so none is mailed twice). Pure: the caller passes the facts and
 * `today`, the calendar day in Europe/Amsterdam (see `amsterdamDate`).
 *
 * The rules:
 * - Volgspot: every regional pact holds a Volgspot each calendar year, due one year after the
 *   previous year's one and by 31 December at the latest (`volgspotDueOn` in volgspot.ts, the one
 *   rule the national monitoring view uses too). Editors are reminded from 30 days before until a
 *   revision of that year is submitted or accepted; after the due date it is overdue until the
 *   year ends (then the missed year shows in the national view as not held).
 * - Agreements (verbeterafspraken): an open agreement is due from 14 days before its due date;
 *   after the due date it is overdue until it is done or dropped.
 * - Measurements: an indicator is measured once per reporting period of its frequency (year,
 *   half-year, quarter; indicator-period.ts). A measurement counts for the period its date falls
 *   in, so the next one is due on the last day of the period after the latest measured one; with
 *   no measurement yet, on the last day of the period in which tracking starts (the day after the
 *   baseline). Calendar periods, not "12/6/3 months after the last date": editors report per
 *   period, and a late measurement must not push every later due date back. Due from 30 days
 *   before that day (for a quarter: in its last month); overdue after it.
 * - Editors get every due and overdue task of their own pacts. The national team gets the
 *   overdue ones of all pacts, and the submitted Volgspots waiting for its acceptance.
 */

export const VOLGSPOT_NOTICE_DAYS = 30;
export const AGREEMENT_NOTICE_DAYS = 14;
export const MEASUREMENT_NOTICE_DAYS = 30;
/**
 * The day the next measurement of an indicator is due: the last day of the period after the one
 * holding the latest measurement; without one, the last day of the period holding the day after
 * the baseline (a baseline on 31 December starts tracking in the next year, one on 1 January in
 * that same year).
 */
export function measurementDueOn(lastMeasuredOn: IsoDate | null, baselineDate: IsoDate, frequency: IndicatorFrequency): IsoDate {
  const period =
    lastMeasuredOn === null ? periodStartOf(addDays(baselineDate, 1), frequency) : shiftPeriod(periodStartOf(lastMeasuredOn, frequency), frequency, 1);
  return periodEndOf(period, frequency);
}

// ── Calendar arithmetic on `YYYY-MM-DD` strings (UTC midnight, so no day ever shifts) ──

function toUtc(date: IsoDate): Date {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

function fromUtc(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

/** Adds whole months; a day that does not exist in the target month becomes its last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const d = toUtc(date);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, lastDay));
  return fromUtc(d);
}

const amsterdamDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" });

/** The calendar day in the Netherlands at the instant `now` ("today" for every rule here). */
export function amsterdamDate(now: Date): IsoDate {
  return amsterdamDay.format(now);
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

// ── Facts: what the database knows about the pacts in a user's scope ──

/** A regional pact whose Volgspot of `year` is not submitted or accepted yet, with its due date. */
export interface VolgspotDueFact {
  pactId: string;
  pactName: string;
  year: number;
  dueOn: IsoDate;
  /** The revision in the works: none yet, a draft, or sent back by the national team. */
  state: "none" | "draft" | "returned";
}

/** A submitted Volgspot revision that waits for the national team's acceptance. */
export interface VolgspotReviewFact {
  volgspotId: string;
  pactId: string;
  pactName: string;
  year: number;
  submittedOn: IsoDate | null;
}

export interface AgreementFact {
  id: string;
  pactId: string;
  pactName: string;
  /** The year of the Volgspot the agreement came out of. */
  year: number;
  text: string;
  dueOn: IsoDate;
  status: "open" | "done" | "dropped";
}

export interface IndicatorFact {
  id: string;
  pactId: string;
  pactName: string;
  name: string;
  baselineDate: IsoDate;
  lastMeasuredOn: IsoDate | null;
  /** The reporting frequency: one measurement per year, half-year or quarter. */
  frequency: IndicatorFrequency;
}

export interface ReminderFacts {
  volgspotsDue: readonly VolgspotDueFact[];
  volgspotsToReview: readonly VolgspotReviewFact[];
  agreements: readonly AgreementFact[];
  indicators: readonly IndicatorFact[];
}

/** Whose tasks: an editor of some pacts, or the national team. */
export type TaskAudience = { kind: "editor"; pactIds: readonly string[] } | { kind: "national" };

// ── Tasks ──

export const taskKinds = ["volgspot_due", "volgspot_review", "agreement_due", "measurement_due"] as const;
export type TaskKind = (typeof taskKinds)[number];

const taskBase = {
  /** Stable id of this occurrence (a new period or due date is a new task). */
  key: z.string(),
  pactId: z.string(),
  pactName: z.string(),
  /** Past its due date (or, for a review, never: it waits for the national team). */
  overdue: z.boolean(),
};

export const taskSchema = z.discriminatedUnion("kind", [
  z.object({
    ...taskBase,
    kind: z.literal("volgspot_due"),
    year: z.number().int(),
    dueOn: z.string(),
    /** `returned`: the national team sent it back; `draft`: started, not submitted yet. */
    state: z.enum(["none", "draft", "returned"]),
  }),
  z.object({
    ...taskBase,
    kind: z.literal("volgspot_review"),
    year: z.number().int(),
    volgspotId: z.string(),
    submittedOn: z.string().nullable(),
  }),
  z.object({
    ...taskBase,
    kind: z.literal("agreement_due"),
    agreementId: z.string(),
    year: z.number().int(),
    text: z.string(),
    dueOn: z.string(),
  }),
  z.object({
    ...taskBase,
    kind: z.literal("measurement_due"),
    indicatorId: z.string(),
    indicatorName: z.string(),
    lastMeasuredOn: z.string().nullable(),
    dueOn: z.string(),
  }),
]);
export type Task = z.infer<typeof taskSchema>;

export const taskListSchema = z.object({
  /** The day the list was computed for (Europe/Amsterdam). */
  today: z.string(),
  tasks: z.array(taskSchema),
});
export type TaskList = z.infer<typeof taskListSchema>;

export const taskCountSchema = z.object({
  open: z.number().int().min(0),
  overdue: z.number().int().min(0),
  /** For the national team: e-mail the platform gave up delivering (0 for editors). */
  failedMail: z.number().int().min(0),
});
export type TaskCount = z.infer<typeof taskCountSchema>;

/** Every task of the facts at `today`, before deciding whose it is. */
function allTasks(facts: ReminderFacts, today: IsoDate): Task[] {
  const tasks: Task[] = [];
  const year = yearOf(today);

  for (const v of facts.volgspotsDue) {
    // A missed year is not carried into the next: the national view shows it as not held.
    if (v.year < year || today < addDays(v.dueOn, -VOLGSPOT_NOTICE_DAYS)) continue;
    tasks.push({
      kind: "volgspot_due",
      key: `volgspot:${v.pactId}:${v.year}`,
      pactId: v.pactId,
      pactName: v.pactName,
      overdue: today > v.dueOn,
      year: v.year,
      dueOn: v.dueOn,
      state: v.state,
    });
  }

  for (const v of facts.volgspotsToReview) {
    tasks.push({
      kind: "volgspot_review",
      key: `volgspot-review:${v.volgspotId}:${v.submittedOn ?? ""}`,
      pactId: v.pactId,
      pactName: v.pactName,
      overdue: false,
      year: v.year,
      volgspotId: v.volgspotId,
      submittedOn: v.submittedOn,
    });
  }

  for (const a of facts.agreements) {
    if (a.status !== "open" || today < addDays(a.dueOn, -AGREEMENT_NOTICE_DAYS)) continue;
    tasks.push({
      kind: "agreement_due",
      key: `agreement:${a.id}:${a.dueOn}`,
      pactId: a.pactId,
      pactName: a.pactName,
      overdue: today > a.dueOn,
      agreementId: a.id,
      year: a.year,
      text: a.text,
      dueOn: a.dueOn,
    });
  }

  for (const i of facts.indicators) {
    const dueOn = measurementDueOn(i.lastMeasuredOn, i.baselineDate, i.frequency);
    if (today < addDays(dueOn, -MEASUREMENT_NOTICE_DAYS)) continue;
    tasks.push({
      kind: "measurement_due",
      key: `measurement:${i.id}:${dueOn}`,
      pactId: i.pactId,
      pactName: i.pactName,
      overdue: today > dueOn,
      indicatorId: i.id,
      indicatorName: i.name,
      lastMeasuredOn: i.lastMeasuredOn,
      dueOn,
    });
  }
  return tasks;
}

function belongsTo(task: Task, audience: TaskAudience): boolean {
  if (audience.kind === "national") return task.kind === "volgspot_review" || task.overdue;
  return task.kind !== "volgspot_review" && audience.pactIds.includes(task.pactId);
}

/** The date a task is sorted by: its due date, or the day a Volgspot to review was submitted. */
export function taskDate(task: Task): string {
  return task.kind === "volgspot_review" ? (task.submittedOn ?? "") : task.dueOn;
}

function taskLabel(task: Task): string {
  switch (task.kind) {
    case "agreement_due":
      return task.text;
    case "measurement_due":
      return task.indicatorName;
    default:
      return "";
  }
}

/**
 * The tasks of one user at `today`, earliest first (the longest overdue on top), then by pact
 * name and subject, so the order is stable between calls.
 */
export function tasksFor(facts: ReminderFacts, audience: TaskAudience, today: IsoDate): Task[] {
  return allTasks(facts, today)
    .filter((task) => belongsTo(task, audience))
    .sort(
      (a, b) =>
        taskDate(a).localeCompare(taskDate(b)) ||
        a.pactName.localeCompare(b.pactName, "nl") ||
        taskLabel(a).localeCompare(taskLabel(b), "nl") ||
        a.key.localeCompare(b.key),
    );
}

export function countTasks(tasks: readonly Task[]): Pick<TaskCount, "open" | "overdue"> {
  return { open: tasks.length, overdue: tasks.filter((t) => t.overdue).length };
}

/**
 * The key under which a reminder e-mail about a task is noted for a user. A task that becomes
 * overdue is a new reminder (one "soon" and one "overdue" mail at most); the same task never
 * twice at the same stage.
 */
export function reminderKey(task: Task): string {
  return `${task.overdue ? "overdue" : "due"}:${task.key}`;
}
