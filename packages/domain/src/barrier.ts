import { z } from "zod";
import { emailSchema } from "./account.ts";
import { idSchema, integer, isoDateSchema, optionalText, pageInputSchema, pagedSchema, searchSchema, text, versionSchema } from "./common.ts";

/**
 * Ruimte in de regels: a register of barriers (belemmeringen) that collaborations run into. Anyone
 * may report one; the national team triages it (ministry, topic, status), answers it and records
 * the outcome. Answered barriers are published with question and answer, never with the
 * submitter's name, e-mail or organisation.
 */

// ─── Vocabulary ──────────────────────────────────────────────────────────────────────────

/** The ministries of the Zorgpact, and "other" for anything outside them. Regelingen use the same list. */
export const ministries = ["OCW", "VWS", "SZW", "other"] as const;
export const ministrySchema = z.enum(ministries, {
  error: "Kies OCW, VWS, SZW of een ander ministerie.",
});
export type Ministry = z.infer<typeof ministrySchema>;

/** Triage: new → in_progress (in behandeling) → answered (beantwoord) → closed (gesloten). */
export const barrierStatuses = ["new", "in_progress", "answered", "closed"] as const;
export const barrierStatusSchema = z.enum(barrierStatuses, {
  error: "Kies een geldige status.",
});
export type BarrierStatus = z.infer<typeof barrierStatusSchema>;

/** The outcomes of the letter to parliament (seed 004) and the brief. */
export const barrierOutcomes = ["more_room_than_thought", "not_regulation", "rule_changed", "remains"] as const;
export const barrierOutcomeSchema = z.enum(barrierOutcomes, {
  error: "Kies een geldige uitkomst.",
});
export type BarrierOutcome = z.infer<typeof barrierOutcomeSchema>;

// ─── Status transitions ──────────────────────────────────────────────────────────────────

/**
 * Where a barrier may go from each status (staying put is always allowed). A barrier can be
 * answered straight away; an answer can be taken back into treatment, and a closed one reopened
 * to correct its answer.
 */
const transitions: Readonly<Record<BarrierStatus, readonly BarrierStatus[]>> = {
  new: ["in_progress", "answered"],
  in_progress: ["new", "answered"],
  answered: ["in_progress", "closed"],
  closed: ["answered"],
};

export function nextBarrierStatuses(from: BarrierStatus): readonly BarrierStatus[] {
  return transitions[from];
}

/** The statuses a barrier in `from` may be saved with: its own and the allowed next ones. */
export function reachableBarrierStatuses(from: BarrierStatus): BarrierStatus[] {
  return [from, ...transitions[from]];
}

export function canMoveBarrier(from: BarrierStatus, to: BarrierStatus): boolean {
  return from === to || transitions[from].includes(to);
}

const statusWords: Readonly<Record<BarrierStatus, string>> = { new: "nieuw", in_progress: "in behandeling", answered: "beantwoord", closed: "gesloten" };

/** Why a barrier cannot go from `from` to `to`, in Dutch, for the status field. */
export function barrierTransitionMessage(from: BarrierStatus, to: BarrierStatus): string {
  const allowed = transitions[from].map((s) => `'${statusWords[s]}'`).join(" of ");
  return `Een drempel met status '${statusWords[from]}' kan niet naar '${statusWords[to]}'; wel naar ${allowed}.`;
}

/** Answered and closed barriers are the treated ones: they are published and counted. */
export const treatedStatuses = ["answered", "closed"] as const satisfies readonly BarrierStatus[];
export function isTreated(status: BarrierStatus): boolean {
  return (treatedStatuses as readonly BarrierStatus[]).includes(status);
}

// ─── Inputs ──────────────────────────────────────────────────────────────────────────────

const question = text({
  min: 10,
  max: 2000,
  minMessage: "Beschrijf de vraag of belemmering in minstens 10 tekens.",
});
const context = optionalText({ max: 5000 });
const organisation = text({
  min: 2,
  max: 200,
  minMessage: "Geef de naam van je organisatie.",
});
const submitterName = text({
  min: 2,
  max: 200,
  minMessage: "Geef je naam, zodat we je kunnen antwoorden.",
});

/**
 * The public form (`barrier.submit`): no account. Name and e-mail are needed to send the answer;
 * they are never published.
 */
export const barrierSubmitInputSchema = z.object({
  question,
  context,
  organisation,
  submitterName,
  submitterEmail: emailSchema,
  /** The pact the barrier arose in, when the submitter names one (published pacts only). */
  pactId: idSchema.nullable().default(null),
  /**
   * Spam trap (honeypot): a field the form hides from everyone, so only a bot fills it. A filled
   * one is answered as if accepted, and nothing is stored.
   */
  website: text({ max: 500 }).default(""),
});
export type BarrierSubmitInput = z.infer<typeof barrierSubmitInputSchema>;

export function isSpamSubmission(input: Pick<BarrierSubmitInput, "website">): boolean {
  return input.website.trim() !== "";
}

/** Submissions from one address: at most this many per window (the same throttle as the front-runner form). */
export const BARRIER_SUBMIT_LIMIT = 5;
export const BARRIER_SUBMIT_WINDOW_MINUTES = 60;

/** The intake fields the national team keeps editable (a barrier reported by phone or letter has no e-mail). */
const intakeShape = {
  question,
  context,
  organisation: optionalText({ max: 200 }),
  submitterName: optionalText({ max: 200 }),
  submitterEmail: emailSchema.nullable().default(null),
  pactId: idSchema.nullable().default(null),
  receivedOn: isoDateSchema,
  /** Where the case comes from, e.g. "Telefonisch gemeld" or a seed document; shown with the published answer. */
  source: optionalText({ max: 300 }),
};

/** `barrier.create`: the national team enters a barrier reported by phone or letter. */
export const barrierCreateInputSchema = z.object(intakeShape);
export type BarrierCreateInput = z.infer<typeof barrierCreateInputSchema>;

const triageShape = {
  ministry: ministrySchema.nullable().default(null),
  topic: optionalText({ max: 100 }),
  status: barrierStatusSchema,
  answer: optionalText({ max: 10_000 }),
  outcome: barrierOutcomeSchema.nullable().default(null),
};

/**
 * `barrier.update`: every field of the triage form, as it sends them. A treated barrier
 * (answered or closed) needs a ministry, an answer and an outcome.
 */
export const barrierUpdateInputSchema = z
  .object({
    id: idSchema,
    version: versionSchema,
    ...intakeShape,
    ...triageShape,
  })
  .superRefine((input, ctx) => {
    for (const issue of treatedRequirements(input))
      ctx.addIssue({
        code: "custom",
        path: [issue.field],
        message: issue.message,
      });
  });
export type BarrierUpdateInput = z.infer<typeof barrierUpdateInputSchema>;

/** What a barrier lacks to be answered or closed, field by field (empty when nothing). */
export function treatedRequirements(barrier: {
  status: BarrierStatus;
  ministry: Ministry | null;
  answer: string | null;
  outcome: BarrierOutcome | null;
}): { field: "ministry" | "answer" | "outcome"; message: string }[] {
  if (!isTreated(barrier.status)) return [];
  const missing: {
    field: "ministry" | "answer" | "outcome";
    message: string;
  }[] = [];
  if (barrier.ministry === null)
    missing.push({
      field: "ministry",
      message: "Kies het ministerie dat de vraag beantwoordt.",
    });
  if (barrier.answer === null)
    missing.push({
      field: "answer",
      message: "Een beantwoorde drempel heeft een antwoord.",
    });
  if (barrier.outcome === null)
    missing.push({
      field: "outcome",
      message: "Kies de uitkomst van de behandeling.",
    });
  return missing;
}

/** The date a barrier counts as answered: kept when it already was, today when it becomes treated, cleared when reopened. */
export function answeredOnAfter(before: { status: BarrierStatus; answeredOn: string | null }, to: BarrierStatus, today: string): string | null {
  if (!isTreated(to)) return null;
  return isTreated(before.status) && before.answeredOn ? before.answeredOn : today;
}

export const barrierIdInputSchema = z.object({ id: idSchema });

/** `barrier.discard`: the report and the version the national team looked at. */
export const barrierDiscardInputSchema = z.object({ id: idSchema, version: versionSchema });
export type BarrierDiscardInput = z.infer<typeof barrierDiscardInputSchema>;

export const BARRIER_DISCARD_REFUSED = "Alleen een nieuwe, niet-gepubliceerde melding kan als ongewenst worden verwijderd; sluit deze drempel anders af.";

/**
 * Spam or an abusive report may be discarded only while nobody has treated it: status new and
 * never published (a barrier reopened after its answer was public keeps its place in the register).
 */
export function canDiscardBarrier(status: BarrierStatus, everPublished: boolean): boolean {
  return status === "new" && !everPublished;
}
/** A published barrier is opened by its register number (the page's address). */
export const barrierNumberInputSchema = z.object({ number: integer({ min: 1, message: "Dit is geen geldig nummer." }) });

// ─── Lists ───────────────────────────────────────────────────────────────────────────────

const yearSchema = integer({
  min: 2000,
  max: 2100,
  message: "Geef een jaartal.",
});

/** The public list: answered and closed barriers, filtered and searched in question, topic and answer. */
export const barrierPublicListInputSchema = pageInputSchema.extend({
  search: searchSchema,
  ministry: ministrySchema.optional(),
  outcome: barrierOutcomeSchema.optional(),
  year: yearSchema.optional(),
});
export type BarrierPublicListInput = z.infer<typeof barrierPublicListInputSchema>;

/** The national team's triage list: every barrier, also by status; search includes the submitter. */
export const barrierListInputSchema = barrierPublicListInputSchema.extend({
  status: barrierStatusSchema.optional(),
});
export type BarrierListInput = z.infer<typeof barrierListInputSchema>;

// ─── Outputs ─────────────────────────────────────────────────────────────────────────────

/** The reference a submitter gets back, e.g. "RR-0042": the barrier's number in the register. */
export function barrierReference(number: number): string {
  return `RR-${String(number).padStart(4, "0")}`;
}

const pactLinkSchema = z.object({
  id: idSchema,
  slug: z.string(),
  name: z.string(),
});

/**
 * What the public sees of a barrier. Built field by field (never from the stored row), so the
 * submitter's name, e-mail, organisation and the context they wrote cannot leak.
 */
export const publicBarrierSchema = z.strictObject({
  id: idSchema,
  number: z.number().int(),
  reference: z.string(),
  question: z.string(),
  topic: z.string().nullable(),
  ministry: ministrySchema,
  status: z.enum(treatedStatuses),
  outcome: barrierOutcomeSchema,
  answer: z.string(),
  answeredOn: z.string(),
  source: z.string().nullable(),
  /** The pact it arose in, when that pact is published. */
  pact: pactLinkSchema.nullable(),
});
export type PublicBarrier = z.infer<typeof publicBarrierSchema>;
export const publicBarrierPageSchema = pagedSchema(publicBarrierSchema);

/** The national team's view: everything, with the version to save against. */
export const barrierRecordSchema = z.object({
  id: idSchema,
  number: z.number().int(),
  reference: z.string(),
  question: z.string(),
  context: z.string().nullable(),
  organisation: z.string().nullable(),
  submitterName: z.string().nullable(),
  submitterEmail: z.string().nullable(),
  pactId: idSchema.nullable(),
  pactName: z.string().nullable(),
  receivedOn: z.string(),
  /** "form" for the public form, "team" for one entered by the national team. */
  channel: z.enum(["form", "team"]),
  source: z.string().nullable(),
  ministry: ministrySchema.nullable(),
  topic: z.string().nullable(),
  status: barrierStatusSchema,
  answer: z.string().nullable(),
  outcome: barrierOutcomeSchema.nullable(),
  answeredOn: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type BarrierRecord = z.infer<typeof barrierRecordSchema>;
export const barrierRecordPageSchema = pagedSchema(barrierRecordSchema);

export const barrierSubmitResultSchema = z.object({ reference: z.string() });

// ─── National figures ────────────────────────────────────────────────────────────────────

export const barrierStatsSchema = z.object({
  /** Treated barriers (answered or closed) in the register. */
  total: z.number().int(),
  byOutcome: z.object({
    more_room_than_thought: z.number().int(),
    not_regulation: z.number().int(),
    rule_changed: z.number().int(),
    remains: z.number().int(),
  }),
  byMinistry: z.object({
    OCW: z.number().int(),
    VWS: z.number().int(),
    SZW: z.number().int(),
    other: z.number().int(),
  }),
  /** Per year of answering, oldest first. */
  byYear: z.array(z.object({ year: z.number().int(), count: z.number().int() })),
});
export type BarrierStats = z.infer<typeof barrierStatsSchema>;

/** The figures computed from the treated barriers of the register; untreated ones do not count. */
export function barrierStats(
  barriers: readonly {
    status: BarrierStatus;
    outcome: BarrierOutcome | null;
    ministry: Ministry | null;
    answeredOn: string | null;
  }[],
): BarrierStats {
  const stats: BarrierStats = {
    total: 0,
    byOutcome: {
      more_room_than_thought: 0,
      not_regulation: 0,
      rule_changed: 0,
      remains: 0,
    },
    byMinistry: { OCW: 0, VWS: 0, SZW: 0, other: 0 },
    byYear: [],
  };
  const years = new Map<number, number>();
  for (const barrier of barriers) {
    if (!isTreated(barrier.status) || barrier.outcome === null || barrier.ministry === null || barrier.answeredOn === null) continue;
    stats.total += 1;
    stats.byOutcome[barrier.outcome] += 1;
    stats.byMinistry[barrier.ministry] += 1;
    const year = Number(barrier.answeredOn.slice(0, 4));
    years.set(year, (years.get(year) ?? 0) + 1);
  }
  stats.byYear = [...years.entries()].sort(([a], [b]) => a - b).map(([year, count]) => ({ year, count }));
  return stats;
}

/**
 * The figures of the letter to parliament (seed 004): a quoted source statement, shown beside
 * (never as) the register's own counts.
 */
export const LETTER_FIGURES = {
  /** "meer dan 50" in the letter; 39 + 11 + 1 is the brief's 51. */
  treated: 51,
  moreRoomThanThought: 39,
  notRegulation: 11,
  ruleChanged: 1,
} as const;

// ─── Time ────────────────────────────────────────────────────────────────────────────────

const amsterdamDay = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Amsterdam",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The calendar day in Europe/Amsterdam at `now`, as `YYYY-MM-DD`. */
export function amsterdamDate(now: Date): string {
  return amsterdamDay.format(now);
}
