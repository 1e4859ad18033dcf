import { agreementsDueBefore, volgspotsDueBetween } from "@zorgpact/db/repositories/volgspot.repository";
import { countFailedMessages, findFailedMessage, listFailedMessages, requeueFailedMessage } from "@zorgpact/db/repositories/outbox.repository";
import { indicatorFacts, volgspotsAwaitingAcceptance } from "@zorgpact/db/repositories/reminder.repository";
import type { IsoDate, Paged, PageInput } from "@zorgpact/domain/common";
import type { FailedMail, RetryMailInput } from "@zorgpact/domain/outbox";
import { isNationalAdmin, type Actor } from "@zorgpact/domain/permission";
import {
  addDays,
  AGREEMENT_NOTICE_DAYS,
  amsterdamDate,
  countTasks,
  tasksFor,
  VOLGSPOT_NOTICE_DAYS,
  type ReminderFacts,
  type TaskAudience,
  type TaskCount,
  type TaskList,
  type VolgspotDueFact,
} from "@zorgpact/domain/reminder";
import type { Context } from "../context.ts";
import { notFound } from "../errors.ts";
import { mutate, noteRecord, type Executor, type ServiceContext } from "./context.ts";

/**
 * The task list ("Mijn taken") and the facts behind it. Tasks are computed live from the domain's
 * reminder rules, so the list works without e-mail; the reminder scheduler (mail/reminders.ts)
 * uses the same facts and rules to decide what to mail.
 */

/**
 * What the reminder rules need to know at `today`, for the given pacts (`null`: every pact in
 * use). The Volgspot's due dates and the agreements come from the Volgspot repository.
 */
export async function reminderFacts(db: Executor, pactIds: readonly string[] | null, today: IsoDate): Promise<ReminderFacts> {
  const inScope = (pactId: string) => pactIds === null || pactIds.includes(pactId);
  // This year's Volgspot (a missed year is not carried over), and next year's if it falls due
  // within the notice period.
  const [due, agreements, indicators, toReview] = await Promise.all([
    volgspotsDueBetween(db, `${today.slice(0, 4)}-01-01`, addDays(today, VOLGSPOT_NOTICE_DAYS)),
    agreementsDueBefore(db, addDays(today, AGREEMENT_NOTICE_DAYS)),
    indicatorFacts(db, pactIds),
    volgspotsAwaitingAcceptance(db, pactIds),
  ]);
  const volgspotsDue: VolgspotDueFact[] = [];
  for (const v of due) {
    if (!inScope(v.pactId)) continue;
    const state = v.status === null ? "none" : v.status === "draft" || v.status === "returned" ? v.status : null;
    if (state) volgspotsDue.push({ pactId: v.pactId, pactName: v.pactName, year: v.year, dueOn: v.dueOn, state });
  }
  return {
    volgspotsDue,
    volgspotsToReview: toReview,
    agreements: agreements
      .filter((a) => inScope(a.pactId))
      .map((a) => ({ id: a.id, pactId: a.pactId, pactName: a.pactName, year: a.year, text: a.text, dueOn: a.dueOn, status: "open" as const })),
    indicators,
  };
}

/** Whose tasks the caller sees: the national team's, or an editor's for their own pacts. */
export function audienceOf(actor: Actor): TaskAudience {
  if (isNationalAdmin(actor)) return { kind: "national" };
  return { kind: "editor", pactIds: actor.kind === "user" ? actor.pactIds : [] };
}

async function tasksOf(ctx: Context) {
  const audience = audienceOf(ctx.actor);
  const today = amsterdamDate(ctx.now());
  const facts = await reminderFacts(ctx.db, audience.kind === "national" ? null : audience.pactIds, today);
  return { today, tasks: tasksFor(facts, audience, today) };
}

/** The caller's own tasks at this moment. */
export async function listMyTasks(ctx: Context): Promise<TaskList> {
  return tasksOf(ctx);
}

/** For the menu's badge: open and overdue tasks, and for the national team the undelivered e-mail. */
export async function countMyTasks(ctx: Context): Promise<TaskCount> {
  const { tasks } = await tasksOf(ctx);
  const failedMail = isNationalAdmin(ctx.actor) ? await countFailedMessages(ctx.db) : 0;
  return { ...countTasks(tasks), failedMail };
}

export function listFailedMail(ctx: Context, input: PageInput): Promise<Paged<FailedMail>> {
  return listFailedMessages(ctx.db, input);
}

export const MAIL_NOT_FAILED = "Dit bericht staat niet (meer) tussen de niet bezorgde e-mail.";

/** Gives an undelivered message a fresh series of attempts (the national team, after fixing the cause). */
export async function retryFailedMail(ctx: ServiceContext, input: RetryMailInput): Promise<{ id: string }> {
  noteRecord(ctx, "outbox_message", input.id);
  return mutate(ctx, async (trx) => {
    const message = await findFailedMessage(trx, input.id);
    if (!message) throw notFound(MAIL_NOT_FAILED);
    if (!(await requeueFailedMessage(trx, input.id, ctx.now()))) throw notFound(MAIL_NOT_FAILED);
    ctx.audit.changes = {
      before: { status: "failed", attempts: message.attempts },
      after: { status: "pending", recipient: message.recipient, subject: message.subject },
    };
    return { id: input.id };
  });
}
