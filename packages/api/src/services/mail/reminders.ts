import { createHash } from "node:crypto";
import type { Db } from "@zorgpact/db/database";
import { linkRemindersToMessage, noteReminders } from "@zorgpact/db/repositories/outbox.repository";
import { listUsers } from "@zorgpact/db/repositories/user.repository";
import { amsterdamDate, reminderKey, tasksFor } from "@zorgpact/domain/reminder";
import { audienceOf, reminderFacts } from "../task.service.ts";
import { enqueueMail } from "./outbox.ts";
import { reminderMail } from "./reminder-mail.ts";

/** The address of "Mijn taken" in the admin app. */
export const tasksUrl = (appUrl: string) => `${appUrl}/admin/taken`;

export interface ReminderRun {
  /** Users who got a new reminder e-mail in this run. */
  messages: number;
  /** Tasks mentioned in those e-mails. */
  reminders: number;
}

/**
 * The reminder scheduler: for every active user, the tasks of the domain's rules at `now` that
 * the user was not mailed about yet go into one e-mail in the outbox. Noting the reminders and
 * enqueueing the e-mail happen in one transaction per user: either both or neither. Running it
 * again (or in two server processes at once) mails nothing twice: a reminder already noted is
 * skipped, and a concurrent run waits on the noted key and then skips it.
 */
export async function enqueueReminders(options: { db: Db; now: Date; appUrl: string }): Promise<ReminderRun> {
  const { db, now } = options;
  const today = amsterdamDate(now);
  const [facts, users] = await Promise.all([reminderFacts(db, null, today), listUsers(db)]);
  const run: ReminderRun = { messages: 0, reminders: 0 };
  for (const user of users) {
    if (!user.active) continue;
    const tasks = tasksFor(facts, audienceOf({ kind: "user", userId: user.id, role: user.role, pactIds: user.pactIds }), today);
    if (tasks.length === 0) continue;
    const mailed = await db.transaction().execute(async (trx) => {
      const fresh = new Set(await noteReminders(trx, user.id, tasks.map(reminderKey), now));
      if (fresh.size === 0) return 0;
      const newTasks = tasks.filter((t) => fresh.has(reminderKey(t)));
      const mail = reminderMail({ name: user.name, tasks: newTasks, tasksUrl: tasksUrl(options.appUrl) });
      const keys = [...fresh].sort();
      const digest = createHash("sha256").update(keys.join("\n")).digest("hex").slice(0, 32);
      const message = await enqueueMail(trx, {
        key: `reminders:${user.id}:${digest}`,
        topic: "reminder",
        to: user.email,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        notBefore: now,
      });
      await linkRemindersToMessage(trx, user.id, keys, message.id);
      return newTasks.length;
    });
    if (mailed > 0) {
      run.messages += 1;
      run.reminders += mailed;
    }
  }
  return run;
}
