import type { Db } from "@zorgpact/db/database";
import { deleteClosedTokensBefore, deleteResetRequestsBefore } from "@zorgpact/db/repositories/account-token.repository";
import { deleteSentBefore } from "@zorgpact/db/repositories/outbox.repository";
import { RESET_WINDOW_MINUTES } from "@zorgpact/domain/account-token";
import { deliverDueMail } from "./delivery.ts";
import { enqueueReminders } from "./reminders.ts";
import { apiEnv } from "../../env.ts";
import { transportFromConfig, type MailLog, type MailTransport } from "./transport.ts";

export interface MailWorkerOptions {
  db: Db;
  transport: MailTransport;
  log: MailLog;
  /** Base address of the platform, for links in e-mail. */
  appUrl: string;
  now?: () => Date;
  /** Time between delivery rounds. */
  pollMs?: number;
  /** Time between reminder runs. */
  remindEveryMs?: number;
  /** Delivered messages are forgotten after this many days (they hold personal data). */
  keepSentDays?: number;
  /** Off in tests that drive `tick()` themselves. */
  autoStart?: boolean;
}

export interface MailWorker {
  /** One round now: reminders when their time has come, then delivery. For tests and shutdown. */
  tick(): Promise<void>;
  /** Stops after the round in progress; closes the transport. */
  stop(): Promise<void>;
}

const DAY_MS = 24 * 60 * 60_000;

/**
 * The background worker of the outbox, one per server process: every `pollMs` it delivers due
 * messages, every `remindEveryMs` it runs the reminder scheduler, once a day it forgets old
 * delivered messages. Rounds never overlap; a failing round (database away) is logged and the
 * next one tries again. Several processes may run it side by side (see outbox.repository.ts).
 */
export function startMailWorker(options: MailWorkerOptions): MailWorker {
  const now = options.now ?? (() => new Date());
  const pollMs = options.pollMs ?? 30_000;
  const remindEveryMs = options.remindEveryMs ?? 5 * 60_000;
  const keepSentMs = (options.keepSentDays ?? 90) * DAY_MS;
  let lastReminders = Number.NEGATIVE_INFINITY;
  let lastHousekeeping = Number.NEGATIVE_INFINITY;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();

  async function round(): Promise<void> {
    const at = now();
    try {
      if (at.getTime() - lastReminders >= remindEveryMs) {
        lastReminders = at.getTime();
        const run = await enqueueReminders({ db: options.db, now: at, appUrl: options.appUrl });
        if (run.messages > 0) options.log.info(run, "herinneringen in de outbox gezet");
      }
      const delivered = await deliverDueMail({ db: options.db, transport: options.transport, log: options.log, now });
      if (delivered.sent + delivered.retrying + delivered.failed > 0) options.log.info({ ...delivered, transport: options.transport.name }, "e-mail bezorgd");
      if (at.getTime() - lastHousekeeping >= DAY_MS) {
        lastHousekeeping = at.getTime();
        await deleteSentBefore(options.db, new Date(at.getTime() - keepSentMs));
        // Reset requests only matter within the throttle window; closed links only as history.
        await deleteResetRequestsBefore(options.db, new Date(at.getTime() - RESET_WINDOW_MINUTES * 60_000));
        await deleteClosedTokensBefore(options.db, new Date(at.getTime() - keepSentMs));
      }
    } catch (error) {
      options.log.error({ error: error instanceof Error ? error.message : String(error) }, "e-mailronde mislukt; volgende ronde opnieuw");
    }
  }

  function tick(): Promise<void> {
    // Chained, so a tick asked for while a round runs waits for it instead of overlapping.
    current = current.then(round);
    return current;
  }

  function schedule(): void {
    if (stopped) return;
    timer = setTimeout(() => void tick().then(schedule), pollMs);
    timer.unref();
  }

  if (options.autoStart ?? true) {
    // The first round soon after start, not a full interval later.
    timer = setTimeout(() => void tick().then(schedule), Math.min(pollMs, 2_000));
    timer.unref();
  }

  return {
    tick,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await current;
      options.transport.close();
    },
  };
}

/**
 * The worker as the server runs it: SMTP when SMTP_URL is set (with MAIL_FROM as sender), the log
 * otherwise; links in e-mail point at APP_URL.
 */
export function startConfiguredMailWorker(db: Db, log: MailLog): MailWorker {
  const transport = transportFromConfig(apiEnv, log);
  log.info({ transport: transport.name }, transport.name === "smtp" ? "e-mail via SMTP" : "geen SMTP_URL: e-mail wordt alleen gelogd");
  return startMailWorker({ db, transport, log, appUrl: apiEnv.appUrl, pollMs: apiEnv.mailPollMs });
}
