import { countFailedMessages } from "@zorgpact/db/repositories/outbox.repository";
import {
  applicationsWaiting,
  barriersToTriage,
  countApplicationsWaiting,
  pactsOf,
  pactsUnchangedSince,
  supportRequestsWaiting,
} from "@zorgpact/db/repositories/work-queue.repository";
import { amsterdamDate } from "@zorgpact/domain/reminder";
import {
  limitGroup,
  overdueByPact,
  STALE_PACT_DAYS,
  staleBefore,
  volgspotQueueItems,
  WORK_QUEUE_GROUP_LIMIT,
  type WorkQueue,
} from "@zorgpact/domain/work-queue";
import type { Context } from "../context.ts";
import { audienceOf, listMyTasks } from "./task.service.ts";
import { reviewsWaitingByPact } from "./measurement-review.service.ts";

/**
 * The start page's work queue. The Volgspot and overdue groups come from the task list's reminder
 * rules (one source for "what is due"), summed per pact where the list would be long; the other
 * groups are the records waiting in their own registers. An editor's groups are limited to their
 * own pacts; applications, barriers and undelivered e-mail are the national team's work only.
 */
export async function workQueue(ctx: Context): Promise<WorkQueue> {
  const audience = audienceOf(ctx.actor);
  const national = audience.kind === "national";
  const scope = national ? null : audience.pactIds;
  // Quiet: no change since the start of the day 180 days ago (the same day rule as the reminders).
  const quietSince = staleBefore(amsterdamDate(ctx.now()));

  const [{ today, tasks }, support, stale, applications, barriers, failedMail, myPacts, reviews] = await Promise.all([
    listMyTasks(ctx),
    supportRequestsWaiting(ctx.db, scope),
    pactsUnchangedSince(ctx.db, scope, quietSince),
    national ? applicationsWaiting(ctx.db) : null,
    national ? barriersToTriage(ctx.db) : null,
    national ? countFailedMessages(ctx.db) : null,
    national ? null : pactsOf(ctx.db, audience.pactIds),
    reviewsWaitingByPact(ctx),
  ]);

  return {
    today,
    staleDays: STALE_PACT_DAYS,
    applications: applications ? limitGroup(applications) : null,
    barriers: barriers ? limitGroup(barriers) : null,
    failedMail,
    volgspots: limitGroup(volgspotQueueItems(tasks)),
    support: limitGroup(support),
    stalePacts: limitGroup(stale),
    overdue: limitGroup(overdueByPact(tasks)),
    // A group's total counts measurements, not pacts: the page says how many wait.
    measurementReviews: { total: reviews.reduce((n, r) => n + r.count, 0), items: reviews.slice(0, WORK_QUEUE_GROUP_LIMIT) },
    myPacts,
  };
}

/** For the menu's badge: front-runner applications waiting for the national team's review. */
export async function frontRunnersWaiting(ctx: Context): Promise<{ waiting: number }> {
  return { waiting: await countApplicationsWaiting(ctx.db) };
}
