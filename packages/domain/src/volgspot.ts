import { z } from "zod";
import { idSchema, integer, isoDateSchema, slugParamSchema, text, versionSchema } from "./common.ts";
import { unitKindSchema } from "./indicator-unit.ts";

/**
 * The Volgspot (seed 002, figure 4): at least once a year the stakeholders of a regional pact
 * reflect on their ambitions, projects and intended results, answer three questions, agree on
 * improvements (verbeterafspraken) and record a report. The pact's editors draft and submit it;
 * the national team accepts it or sends it back. An accepted Volgspot is locked: a correction is a
 * new revision of the same pact and year, and the accepted one stays readable until the
 * correction is accepted in its place (then it is `superseded`, still readable as history).
 */

// ─── States ──────────────────────────────────────────────────────────────────────────────

/** Workflow states of one revision of a pact's Volgspot. */
export const volgspotStatuses = ["draft", "submitted", "returned", "accepted", "superseded"] as const;
export const volgspotStatusSchema = z.enum(volgspotStatuses);
export type VolgspotStatus = (typeof volgspotStatuses)[number];

/** States of a verbeterafspraak (agreement). */
export const agreementStatuses = ["open", "done", "dropped"] as const;
export const agreementStatusSchema = z.enum(agreementStatuses);
export type AgreementStatus = (typeof agreementStatuses)[number];

/** The revision of a year that is still being worked on (at most one per pact and year). */
export const openStatuses: readonly VolgspotStatus[] = ["draft", "submitted", "returned"];

export const FIRST_VOLGSPOT_YEAR = 2015;
export const LAST_VOLGSPOT_YEAR = 2100;
export const volgspotYearSchema = integer({ min: FIRST_VOLGSPOT_YEAR, max: LAST_VOLGSPOT_YEAR, message: "Geef een jaartal." });

// ─── The workflow ────────────────────────────────────────────────────────────────────────

export type VolgspotAction = "edit" | "submit" | "accept" | "return" | "revise";

export const LOCKED_MESSAGE =
  "Deze Volgspot is geaccepteerd en staat vast. Wil je iets corrigeren? Maak dan een nieuwe revisie; de geaccepteerde blijft zichtbaar.";
export const SUPERSEDED_MESSAGE = "Dit is een eerdere revisie van deze Volgspot. Die blijft zoals hij was; werk in de nieuwste revisie.";
export const SUBMITTED_MESSAGE =
  "Deze Volgspot is ingediend en wacht op het oordeel van het landelijke Zorgpact-team. Wijzigen kan weer als het team hem terugstuurt.";

/** Why a revision in `status` does not allow `action`, or null when it does. */
export function workflowRefusal(status: VolgspotStatus, action: VolgspotAction): string | null {
  if (status === "superseded") return SUPERSEDED_MESSAGE;
  switch (action) {
    case "edit":
    case "submit":
      if (status === "accepted") return LOCKED_MESSAGE;
      if (status === "submitted") return action === "submit" ? "Deze Volgspot is al ingediend." : SUBMITTED_MESSAGE;
      return null;
    case "accept":
    case "return":
      if (status === "accepted") return "Deze Volgspot is al geaccepteerd.";
      if (status !== "submitted") {
        return action === "accept"
          ? "Alleen een ingediende Volgspot kan worden geaccepteerd. De redactie van het zorgpact dient hem eerst in."
          : "Alleen een ingediende Volgspot kan worden teruggestuurd.";
      }
      return null;
    case "revise":
      return status === "accepted" ? null : "Alleen een geaccepteerde Volgspot corrigeer je met een nieuwe revisie; deze kun je gewoon wijzigen.";
  }
}

/** The state a revision moves to after `action`. */
export const statusAfter: Record<Exclude<VolgspotAction, "edit" | "revise">, VolgspotStatus> = {
  submit: "submitted",
  accept: "accepted",
  return: "returned",
};

/** What the caller may do with a revision: the admin shows these actions, the API checks the same. */
export function volgspotActions(
  status: VolgspotStatus,
  caller: { nationalTeam: boolean; mayEditPact: boolean },
  /** Whether the year already has a revision being worked on (then no new revision can be made). */
  openRevisionExists: boolean,
): Record<VolgspotAction, boolean> {
  const edit = caller.mayEditPact;
  return {
    edit: edit && workflowRefusal(status, "edit") === null,
    submit: edit && workflowRefusal(status, "submit") === null,
    accept: caller.nationalTeam && workflowRefusal(status, "accept") === null,
    return: caller.nationalTeam && workflowRefusal(status, "return") === null,
    revise: edit && !openRevisionExists && workflowRefusal(status, "revise") === null,
  };
}

export interface FieldIssue {
  field: string;
  message: string;
}

/**
 * What a Volgspot needs before it is submitted: it has been held, it has a report, the three
 * questions of figure 4 are answered and someone took part. A draft may lack all of this.
 */
export function submissionIssues(
  volgspot: Pick<VolgspotContent, "heldOn" | "report" | "actionsAnswer" | "positionAnswer" | "factorsAnswer" | "guestNames"> & {
    participantOrganisationIds: readonly string[];
  },
  today: string,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (volgspot.heldOn > today) issues.push({ field: "heldOn", message: "De Volgspot moet al gehouden zijn voordat je hem indient." });
  if (volgspot.report.trim() === "") issues.push({ field: "report", message: "Schrijf het verslag voordat je de Volgspot indient." });
  if (volgspot.actionsAnswer.trim() === "") issues.push({ field: "actionsAnswer", message: "Beantwoord deze vraag voordat je de Volgspot indient." });
  if (volgspot.positionAnswer.trim() === "") issues.push({ field: "positionAnswer", message: "Beantwoord deze vraag voordat je de Volgspot indient." });
  if (volgspot.factorsAnswer.trim() === "") issues.push({ field: "factorsAnswer", message: "Beantwoord deze vraag voordat je de Volgspot indient." });
  if (volgspot.participantOrganisationIds.length === 0 && volgspot.guestNames.length === 0) {
    issues.push({ field: "participantOrganisationIds", message: "Geef aan wie er aan de Volgspot deelnamen." });
  }
  return issues;
}

// ─── Due dates and the state of a year ───────────────────────────────────────────────────

/**
 * The last day to hold a pact's Volgspot of `year`: "at least once a year", so a year after the
 * previous year's Volgspot (`previousHeldOn`, held in `year - 1`), and in any case by 31 December.
 * 29 February falls back to 28 February in a year without it.
 */
export function volgspotDueOn(year: number, previousHeldOn: string | null): string {
  const endOfYear = `${year}-12-31`;
  if (!previousHeldOn || Number(previousHeldOn.slice(0, 4)) !== year - 1) return endOfYear;
  const monthDay = previousHeldOn.slice(5);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${year}-${monthDay === "02-29" && !leap ? "02-28" : monthDay}`;
}

/** Where a pact stands for a year, as the monitoring view shows it. */
export const yearStates = ["held", "submitted", "returned", "draft", "not_started"] as const;
export type YearState = (typeof yearStates)[number];

/**
 * `held` once a revision is accepted (a correction in the works does not undo that); otherwise the
 * state of the revision in the works, or `not_started`. `overdue` when not held and the due day
 * has passed.
 */
export function yearState(input: { acceptedExists: boolean; openStatus: VolgspotStatus | null; dueOn: string; today: string }): {
  state: YearState;
  overdue: boolean;
} {
  const state: YearState = input.acceptedExists
    ? "held"
    : input.openStatus === "submitted" || input.openStatus === "returned" || input.openStatus === "draft"
      ? input.openStatus
      : "not_started";
  return { state, overdue: state !== "held" && input.today > input.dueOn };
}

/** Whether an agreement is open past its due date. */
export function agreementOverdue(agreement: { status: AgreementStatus; dueOn: string }, today: string): boolean {
  return agreement.status === "open" && agreement.dueOn < today;
}

// ─── Success and failure factors ─────────────────────────────────────────────────────────

/** How factors are compared across pacts: case, surrounding and repeated spaces do not count. */
export function factorKey(label: string): string {
  return label.trim().replace(/\s+/g, " ").toLocaleLowerCase("nl");
}

export interface FactorCount {
  label: string;
  /** How many pacts named it. */
  count: number;
}

/** Counts in how many pacts' lists each factor occurs (a pact counts once), most named first. */
export function countFactors(listsPerPact: readonly (readonly string[])[]): FactorCount[] {
  const counts = new Map<string, FactorCount>();
  for (const list of listsPerPact) {
    for (const key of new Set(list.map(factorKey))) {
      if (key === "") continue;
      const label = list
        .find((l) => factorKey(l) === key)!
        .trim()
        .replace(/\s+/g, " ");
      const entry = counts.get(key);
      if (entry) entry.count++;
      else counts.set(key, { label, count: 1 });
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, "nl"));
}

/**
 * Suggestions for the factor lists, from the seeds: failure factors are the challenges that
 * collaborations name (seed 002, figure 7), success factors the forms of regional governance
 * (seed 002, figure 16) and the Volgspot's own advice to build on the region's own evaluation.
 */
export const suggestedFailureFactors = [
  "Financiering rondkrijgen",
  "Verschillen in organisatieprocessen",
  "Weinig flexibiliteit door eisen in onderwijs",
  "Verschillen in rolopvatting",
  "Verschillen in cao",
] as const;
export const suggestedSuccessFactors = [
  "Structureel bestuurlijk overleg",
  "Gezamenlijke regionale visie",
  "Gezamenlijke strategische personeelsplanning",
  "Aansluiten bij eigen evaluatiewerkwijzen en overlegmomenten",
] as const;

// ─── Input ───────────────────────────────────────────────────────────────────────────────

const answer = text({ max: 10_000 }).default("");
const note = text({ max: 2_000 }).default("");
const factor = text({ min: 2, max: 200, minMessage: "Gebruik minstens 2 tekens." });

/** No factor twice in one list (ignoring case and spaces): the count across pacts would lie. */
const factorList = z
  .array(factor)
  .max(30, { error: "Noem hoogstens 30 factoren." })
  .default([])
  .refine((list) => new Set(list.map(factorKey)).size === list.length, { error: "Noem elke factor maar één keer." });

const uniqueIds = (max: number, what: string) =>
  z
    .array(idSchema)
    .max(max, { error: `Kies hoogstens ${max} ${what}.` })
    .default([])
    .refine((ids) => new Set(ids).size === ids.length, { error: `Kies elke ${what.replace(/s$/, "")} maar één keer.` });

export const volgspotResultInputSchema = z.object({ nodeId: idSchema, note });

/** The content of a revision, as the form edits it and `record` / `update` take it. */
export const volgspotContentSchema = z.object({
  heldOn: isoDateSchema,
  /** The report: what the stakeholders found, in a few paragraphs (public once accepted). */
  report: answer,
  /** Hoe vertalen we ambitie en vraagstukken naar acties van partners? */
  actionsAnswer: answer,
  /** Waar staan we als Zorgpact in onze ambitie? */
  positionAnswer: answer,
  /** Welke succes- en faalfactoren zien we? */
  factorsAnswer: answer,
  newCollaborations: integer({ min: 0, max: 100_000 }).nullable().default(null),
  collaborationsNote: note,
  themesNote: note,
  successFactors: factorList,
  failureFactors: factorList,
  /** Partner organisations that took part. */
  participantOrganisationIds: uniqueIds(500, "organisaties"),
  /** Participants without a partner organisation: free names (never shown publicly). */
  guestNames: z
    .array(text({ min: 2, max: 120, minMessage: "Gebruik minstens 2 tekens." }))
    .max(200, { error: "Noem hoogstens 200 namen." })
    .default([]),
  /** Substantive results: result and effect nodes of the pact's effect chain, each with a note. */
  results: z
    .array(volgspotResultInputSchema)
    .max(100, { error: "Kies hoogstens 100 resultaten en effecten." })
    .default([])
    .refine((rows) => new Set(rows.map((r) => r.nodeId)).size === rows.length, { error: "Kies elk resultaat of effect maar één keer." }),
});
export type VolgspotContent = z.infer<typeof volgspotContentSchema>;
export type VolgspotContentInput = z.input<typeof volgspotContentSchema>;

/** The year is the year the Volgspot is held; when given, the date must fall in it. */
export const volgspotRecordInputSchema = volgspotContentSchema
  .extend({ pactId: idSchema, year: volgspotYearSchema.optional() })
  .refine((input) => input.year === undefined || Number(input.heldOn.slice(0, 4)) === input.year, {
    path: ["heldOn"],
    error: "De datum valt niet in het gekozen jaar.",
  });
export type VolgspotRecordInput = z.infer<typeof volgspotRecordInputSchema>;

export const volgspotUpdateInputSchema = volgspotContentSchema.extend({ id: idSchema, version: versionSchema });
export type VolgspotUpdateInput = z.infer<typeof volgspotUpdateInputSchema>;

export const volgspotStepInputSchema = z.object({ id: idSchema, version: versionSchema });
export type VolgspotStepInput = z.infer<typeof volgspotStepInputSchema>;

export const volgspotReturnInputSchema = volgspotStepInputSchema.extend({
  comment: text({ min: 5, max: 2_000, minMessage: "Leg in minstens 5 tekens uit wat er nog moet gebeuren." }),
});
export type VolgspotReturnInput = z.infer<typeof volgspotReturnInputSchema>;

export const volgspotListInputSchema = z.object({ pactId: idSchema });
export const volgspotGetInputSchema = z.object({ pactId: idSchema, year: volgspotYearSchema });
export type VolgspotGetInput = z.infer<typeof volgspotGetInputSchema>;

export const agreementFieldsSchema = z.object({
  text: text({ min: 5, max: 1_000, minMessage: "Beschrijf de afspraak in minstens 5 tekens." }),
  ownerOrganisationId: idSchema,
  dueOn: isoDateSchema,
});
export type AgreementFields = z.infer<typeof agreementFieldsSchema>;

/** An agreement comes out of a revision of the year's Volgspot that is being drafted. */
export const agreementAddInputSchema = agreementFieldsSchema.extend({ volgspotId: idSchema });
export type AgreementAddInput = z.infer<typeof agreementAddInputSchema>;

export const agreementUpdateInputSchema = agreementFieldsSchema.extend({ id: idSchema, version: versionSchema });
export type AgreementUpdateInput = z.infer<typeof agreementUpdateInputSchema>;

/** Dropping an agreement needs a reason; the status is follow-up and may change after acceptance. */
export const agreementStatusInputSchema = z
  .object({
    id: idSchema,
    version: versionSchema,
    status: agreementStatusSchema,
    reason: text({ max: 1_000 }).default(""),
  })
  .refine((input) => input.status !== "dropped" || input.reason.length >= 5, {
    path: ["reason"],
    error: "Geef in minstens 5 tekens aan waarom de afspraak vervalt.",
  });
export type AgreementStatusInput = z.infer<typeof agreementStatusInputSchema>;

export const agreementRemoveInputSchema = z.object({ id: idSchema, version: versionSchema });
export type AgreementRemoveInput = z.infer<typeof agreementRemoveInputSchema>;

export const volgspotYearInputSchema = z.object({ year: volgspotYearSchema });
export const volgspotOverviewInputSchema = z.object({ year: volgspotYearSchema.optional() });
export const volgspotPublicSummaryInputSchema = z.object({ slug: slugParamSchema });

// ─── Output ──────────────────────────────────────────────────────────────────────────────

export const volgspotRevisionSchema = z.object({
  id: z.string(),
  pactId: z.string(),
  year: z.number().int(),
  revision: z.number().int(),
  status: volgspotStatusSchema,
  heldOn: z.string(),
  report: z.string(),
  actionsAnswer: z.string(),
  positionAnswer: z.string(),
  factorsAnswer: z.string(),
  newCollaborations: z.number().int().nullable(),
  collaborationsNote: z.string(),
  themesNote: z.string(),
  successFactors: z.array(z.string()),
  failureFactors: z.array(z.string()),
  participantOrganisationIds: z.array(z.string()),
  guestNames: z.array(z.string()),
  results: z.array(z.object({ nodeId: z.string(), note: z.string() })),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  returnComment: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type VolgspotRevision = z.infer<typeof volgspotRevisionSchema>;

export const agreementSchema = z.object({
  id: z.string(),
  pactId: z.string(),
  year: z.number().int(),
  text: z.string(),
  ownerOrganisationId: z.string(),
  ownerName: z.string(),
  dueOn: z.string(),
  status: agreementStatusSchema,
  statusReason: z.string().nullable(),
  statusChangedOn: z.string().nullable(),
  overdue: z.boolean(),
  version: z.number().int(),
});
export type Agreement = z.infer<typeof agreementSchema>;

const latestMeasurementSchema = z.object({ measuredOn: z.string(), value: z.number() }).nullable();

export const resultNodeSchema = z.object({
  id: z.string(),
  kind: z.enum(["result", "effect"]),
  title: z.string(),
  indicators: z.array(
    // `unitKind` decides how values read (formatIndicatorValue): euro values are cents.
    z.object({ id: z.string(), name: z.string(), unit: z.string(), unitKind: unitKindSchema, targetValue: z.number(), latest: latestMeasurementSchema }),
  ),
});
export type ResultNode = z.infer<typeof resultNodeSchema>;

const actionsSchema = z.object({ edit: z.boolean(), submit: z.boolean(), accept: z.boolean(), return: z.boolean(), revise: z.boolean() });

/** One year of a pact's Volgspot with what the form shows beside it. */
export const volgspotYearViewSchema = z.object({
  pact: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
  year: z.number().int(),
  dueOn: z.string(),
  /** The revision to work in (the open one), else the accepted one. */
  current: volgspotRevisionSchema,
  /** The accepted revision while a correction is in the works (read-only), else null. */
  accepted: volgspotRevisionSchema.nullable(),
  /** Every revision, newest first (history). */
  revisions: z.array(volgspotRevisionSchema.pick({ id: true, revision: true, status: true, heldOn: true, decidedAt: true, submittedAt: true })),
  actions: actionsSchema,
  agreements: z.array(agreementSchema),
  /** Open agreements of earlier years: reviewed first. */
  carriedOver: z.array(agreementSchema),
  /** What the platform knows of the pact, shown beside the process and substantive results. */
  known: z.object({
    partners: z.array(z.object({ id: z.string(), name: z.string(), sector: z.string(), role: z.string() })),
    themes: z.object({ pact: z.array(z.string()), agenda: z.array(z.string()) }),
    resultNodes: z.array(resultNodeSchema),
  }),
});
export type VolgspotYearView = z.infer<typeof volgspotYearViewSchema>;

/** The years of a pact: for the list on its Volgspot page. */
export const volgspotPactListSchema = z.object({
  pact: z.object({ id: z.string(), slug: z.string(), name: z.string(), kind: z.string() }),
  years: z.array(
    z.object({
      year: z.number().int(),
      heldOn: z.string(),
      status: volgspotStatusSchema,
      revision: z.number().int(),
      held: z.boolean(),
      openAgreements: z.number().int(),
    }),
  ),
  /** Open agreements of any year (reviewed first in the next Volgspot). */
  openAgreements: z.array(agreementSchema),
  mayRecord: z.boolean(),
});
export type VolgspotPactList = z.infer<typeof volgspotPactListSchema>;

export const factorCountSchema = z.object({ label: z.string(), count: z.number().int() });

export const monitorRowSchema = z.object({
  pactId: z.string(),
  slug: z.string(),
  name: z.string(),
  published: z.boolean(),
  state: z.enum(yearStates),
  overdue: z.boolean(),
  dueOn: z.string(),
  /** The revision awaiting or holding a decision (open one first), if any. */
  revision: volgspotRevisionSchema
    .pick({ id: true, revision: true, status: true, heldOn: true, version: true, submittedAt: true, returnComment: true })
    .nullable(),
  openAgreements: z.number().int(),
  overdueAgreements: z.number().int(),
});
export type MonitorRow = z.infer<typeof monitorRowSchema>;

export const volgspotMonitorSchema = z.object({
  year: z.number().int(),
  today: z.string(),
  /** Published regional pacts, and how many of them held the year's Volgspot (the public figure). */
  total: z.number().int(),
  held: z.number().int(),
  submitted: z.number().int(),
  overdue: z.number().int(),
  pacts: z.array(monitorRowSchema),
  overdueAgreements: z.array(agreementSchema.extend({ pactName: z.string(), pactSlug: z.string() })),
  /** Counted over the accepted Volgspots of the year. */
  successFactors: z.array(factorCountSchema),
  failureFactors: z.array(factorCountSchema),
});
export type VolgspotMonitor = z.infer<typeof volgspotMonitorSchema>;

/** The public national figure: N of M published regional pacts held a Volgspot in YEAR. */
export const volgspotOverviewSchema = z.object({
  year: z.number().int(),
  held: z.number().int(),
  total: z.number().int(),
});
export type VolgspotOverview = z.infer<typeof volgspotOverviewSchema>;

/** What the public sees: accepted Volgspots only, without participants' names or draft text. */
export const volgspotPublicSummarySchema = z.object({
  pact: z.object({ slug: z.string(), name: z.string() }),
  volgspots: z.array(
    z.object({
      year: z.number().int(),
      heldOn: z.string(),
      participantCount: z.number().int(),
      report: z.string(),
      actionsAnswer: z.string(),
      positionAnswer: z.string(),
      factorsAnswer: z.string(),
      newCollaborations: z.number().int().nullable(),
      successFactors: z.array(z.string()),
      failureFactors: z.array(z.string()),
      results: z.array(
        z.object({
          title: z.string(),
          kind: z.enum(["result", "effect"]),
          note: z.string(),
          indicators: z.array(z.object({ name: z.string(), unit: z.string(), unitKind: unitKindSchema, latest: latestMeasurementSchema })),
        }),
      ),
      agreements: z.array(z.object({ text: z.string(), ownerName: z.string(), dueOn: z.string(), status: agreementStatusSchema })),
    }),
  ),
});
export type VolgspotPublicSummary = z.infer<typeof volgspotPublicSummarySchema>;
