import { z } from "zod";
import { idSchema, isoDateSchema, pageInputSchema, pagedSchema, searchSchema, text, versionSchema, type IsoDate } from "./common.ts";

/**
 * Maatwerkondersteuning: tailored support trajectories the national team offers front-runners and
 * pacts (BRIEF "Front-runner follow-up"; publication 002: questions about opschaling, toegevoegde
 * waarde, governance and financiering; effect research, embedding in the curriculum and
 * sustaining after the subsidy under "Borging van het initiatief").
 *
 * Never public: only the national team and the editors of the trajectory's own pact see one.
 *
 * Who changes what (decided here, enforced by the service, stated in the permission matrix):
 * - an editor of the pact requests a trajectory for it; the national team may request one for any
 *   pact too. A new trajectory is always `requested`.
 * - while it is `requested`, the pact's editors may still change its question type and question;
 *   after that the question is part of the record and only the national team changes it.
 * - advisor, status, dates and outcome are the national team's alone.
 */
export const supportQuestionTypes = [
  "scaling",
  "added_value",
  "governance",
  "financing",
  "effect_research",
  "curriculum_embedding",
  "sustaining_after_subsidy",
] as const;
export const supportQuestionTypeSchema = z.enum(supportQuestionTypes, { error: "Kies een soort vraag." });
export type SupportQuestionType = z.infer<typeof supportQuestionTypeSchema>;

/** requested (aangevraagd) → in_progress (lopend) → completed (afgerond), or declined (afgewezen). */
export const supportStatuses = ["requested", "in_progress", "completed", "declined"] as const;
export const supportStatusSchema = z.enum(supportStatuses, { error: "Kies een status." });
export type SupportStatus = z.infer<typeof supportStatusSchema>;

const transitions: Readonly<Record<SupportStatus, readonly SupportStatus[]>> = {
  requested: ["in_progress", "declined"],
  in_progress: ["completed"],
  completed: [],
  declined: [],
};

/** The statuses a trajectory may move to from `from` (staying put is always allowed). */
export function nextSupportStatuses(from: SupportStatus): readonly SupportStatus[] {
  return transitions[from];
}

export function canMoveSupport(from: SupportStatus, to: SupportStatus): boolean {
  return from === to || transitions[from].includes(to);
}

/** Whether the pact's own editors may still change the question (see the rules above). */
export function editorMayEditQuestion(status: SupportStatus): boolean {
  return status === "requested";
}

/** Pacts of every kind but the national one can ask for support. */
export function pactMayRequestSupport(kind: string): boolean {
  return kind !== "national";
}

// ---------------------------------------------------------------------------------------------
// Input.

const questionSchema = text({ min: 10, max: 5000, minMessage: "Beschrijf de vraag in minstens 10 tekens." });

/** Left out: not sent (see `supportUpdateInputSchema`); empty: none. */
const optionalText = (max: number) =>
  text({ max })
    .nullable()
    .optional()
    .transform((v) => (v === "" ? null : v));

const optionalDate = isoDateSchema.nullable().optional();

/** `support.create`: request a trajectory for a pact. */
export const supportCreateInputSchema = z.object({
  pactId: idSchema,
  questionType: supportQuestionTypeSchema,
  question: questionSchema,
});
export type SupportCreateInput = z.infer<typeof supportCreateInputSchema>;

/** What the national team handles: the advisor, status, dates and outcome. */
export interface SupportHandlingFields {
  advisorName: string | null;
  status: SupportStatus;
  startedOn: IsoDate | null;
  endedOn: IsoDate | null;
  outcome: string | null;
}

/**
 * `support.update`: the question always; the handling (advisor, status, dates, outcome) only from
 * the national team, and only when `status` is sent — then the handling fields are taken as sent
 * (left out is empty). The pact's editors send the question alone. The version guards against
 * lost updates. Flat, so form fields and error paths match one to one.
 */
export const supportUpdateInputSchema = z.object({
  id: idSchema,
  version: versionSchema,
  questionType: supportQuestionTypeSchema,
  question: questionSchema,
  status: supportStatusSchema.optional(),
  advisorName: optionalText(200),
  startedOn: optionalDate,
  endedOn: optionalDate,
  outcome: optionalText(5000),
});
export type SupportUpdateInput = z.infer<typeof supportUpdateInputSchema>;
export type SupportUpdateFormInput = z.input<typeof supportUpdateInputSchema>;

/** The handling an update sends, or null when it sends only the question. */
export function handlingOf(input: SupportUpdateInput): SupportHandlingFields | null {
  if (input.status === undefined) return null;
  return {
    status: input.status,
    advisorName: input.advisorName ?? null,
    startedOn: input.startedOn ?? null,
    endedOn: input.endedOn ?? null,
    outcome: input.outcome ?? null,
  };
}

/** Whether an update touches anything of the handling (which the pact's editors may not). */
export function sendsHandling(input: SupportUpdateInput): boolean {
  return [input.status, input.advisorName, input.startedOn, input.endedOn, input.outcome].some((v) => v !== undefined);
}

export interface SupportIssue {
  field: "status" | "advisorName" | "startedOn" | "endedOn" | "outcome";
  message: string;
}

/**
 * The rules of a trajectory's handling, given the stored one and `today` (Amsterdam): the status
 * moves only forward; a running trajectory has an advisor and a start date; a finished one an end
 * date (and, when completed, an outcome); dates run requested ≤ started ≤ ended ≤ today.
 */
export function supportHandlingIssues(current: { status: SupportStatus; requestedOn: IsoDate }, next: SupportHandlingFields, today: IsoDate): SupportIssue[] {
  const issues: SupportIssue[] = [];
  if (!canMoveSupport(current.status, next.status)) {
    issues.push({
      field: "status",
      message: "Deze statuswijziging kan niet: een traject gaat van aangevraagd via lopend naar afgerond, of een aanvraag wordt afgewezen.",
    });
  }
  const running = next.status === "in_progress" || next.status === "completed";
  const finished = next.status === "completed" || next.status === "declined";
  if (running && !next.advisorName) issues.push({ field: "advisorName", message: "Geef de adviseur die het traject begeleidt." });
  if (running && !next.startedOn) issues.push({ field: "startedOn", message: "Geef de startdatum van het traject." });
  if (next.status === "requested" && next.startedOn)
    issues.push({ field: "startedOn", message: "Een aangevraagd traject is nog niet gestart: laat de startdatum leeg." });
  if (finished && !next.endedOn) issues.push({ field: "endedOn", message: "Geef de datum waarop het traject is afgerond of afgewezen." });
  if (!finished && next.endedOn) issues.push({ field: "endedOn", message: "Alleen een afgerond of afgewezen traject heeft een einddatum." });
  if (next.status === "completed" && !next.outcome) issues.push({ field: "outcome", message: "Beschrijf de uitkomst van het traject." });
  if (next.startedOn && next.startedOn < current.requestedOn) issues.push({ field: "startedOn", message: "De start ligt vóór de aanvraag." });
  if (next.startedOn && next.startedOn > today) issues.push({ field: "startedOn", message: "De startdatum ligt in de toekomst." });
  if (next.endedOn && next.endedOn < (next.startedOn ?? current.requestedOn)) {
    issues.push({ field: "endedOn", message: "De einddatum ligt vóór de start of de aanvraag." });
  }
  if (next.endedOn && next.endedOn > today) issues.push({ field: "endedOn", message: "De einddatum ligt in de toekomst." });
  return issues;
}

// ---------------------------------------------------------------------------------------------
// Lists, overview and records.

export const supportListInputSchema = pageInputSchema.extend({
  /** One pact's trajectories; its editors and the national team only. */
  pactId: idSchema.optional(),
  questionType: supportQuestionTypeSchema.optional(),
  status: supportStatusSchema.optional(),
  search: searchSchema,
});
export type SupportListInput = z.infer<typeof supportListInputSchema>;

export const supportRecordSchema = z.object({
  id: idSchema,
  pactId: idSchema,
  pactName: z.string(),
  pactKind: z.string(),
  questionType: supportQuestionTypeSchema,
  question: z.string(),
  advisorName: z.string().nullable(),
  status: supportStatusSchema,
  requestedOn: z.string(),
  startedOn: z.string().nullable(),
  endedOn: z.string().nullable(),
  outcome: z.string().nullable(),
  requestedByName: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SupportRecord = z.infer<typeof supportRecordSchema>;
export const supportPageSchema = pagedSchema(supportRecordSchema);

export const supportIdInputSchema = z.object({ id: idSchema });

/** The national overview: how many trajectories of each question type are in each status. */
export const supportOverviewSchema = z.object({
  cells: z.array(z.object({ questionType: supportQuestionTypeSchema, status: supportStatusSchema, count: z.number().int().min(0) })),
  byQuestionType: z.record(supportQuestionTypeSchema, z.number().int().min(0)),
  byStatus: z.record(supportStatusSchema, z.number().int().min(0)),
  total: z.number().int().min(0),
});
export type SupportOverview = z.infer<typeof supportOverviewSchema>;

/** Builds the full grid (zeros included) from counted groups. */
export function supportOverview(groups: readonly { questionType: SupportQuestionType; status: SupportStatus; count: number }[]): SupportOverview {
  const count = (type: SupportQuestionType, status: SupportStatus) =>
    groups.filter((g) => g.questionType === type && g.status === status).reduce((sum, g) => sum + g.count, 0);
  const cells = supportQuestionTypes.flatMap((questionType) => supportStatuses.map((status) => ({ questionType, status, count: count(questionType, status) })));
  const sum = (pick: (cell: (typeof cells)[number]) => boolean) => cells.filter(pick).reduce((total, cell) => total + cell.count, 0);
  return {
    cells,
    byQuestionType: Object.fromEntries(supportQuestionTypes.map((t) => [t, sum((c) => c.questionType === t)])) as Record<SupportQuestionType, number>,
    byStatus: Object.fromEntries(supportStatuses.map((s) => [s, sum((c) => c.status === s)])) as Record<SupportStatus, number>,
    total: sum(() => true),
  };
}
