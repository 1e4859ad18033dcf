import type { Task } from "@zorgpact/domain/reminder";

/**
 * The Dutch text of a reminder e-mail: the tasks that are new for the user since the last one,
 * and a link to "Mijn taken". One message per scheduler run and user, so a first run with many
 * open tasks sends one e-mail, not dozens.
 */
const MAX_LISTED = 25;

const dateFormat = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** `2026-12-31` → "31 december 2026" (formatted at UTC midnight, so the day never shifts). */
export function dutchDate(isoDate: string): string {
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  return dateFormat.format(new Date(Date.UTC(year, month - 1, day)));
}

/** One line per task: what to do, for which pact, and by when. */
export function taskLine(task: Task): string {
  switch (task.kind) {
    case "volgspot_due":
      return `${task.pactName}: Volgspot ${task.year} houden en indienen — ${when(task.overdue, task.dueOn)}`;
    case "volgspot_review":
      return `${task.pactName}: Volgspot ${task.year} beoordelen — ingediend${task.submittedOn ? ` op ${dutchDate(task.submittedOn)}` : ""}`;
    case "agreement_due":
      return `${task.pactName}: verbeterafspraak "${task.text}" — ${when(task.overdue, task.dueOn)}`;
    case "measurement_due":
      return `${task.pactName}: nieuwe meting voor "${task.indicatorName}" — ${when(task.overdue, task.dueOn)}`;
  }
}

function when(overdue: boolean, dueOn: string): string {
  return overdue ? `te laat, was uiterlijk ${dutchDate(dueOn)}` : `uiterlijk ${dutchDate(dueOn)}`;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export interface ReminderMail {
  subject: string;
  text: string;
  html: string;
}

export function reminderMail(options: { name: string; tasks: readonly Task[]; tasksUrl: string }): ReminderMail {
  const { tasks } = options;
  const overdue = tasks.filter((t) => t.overdue).length;
  const subject =
    tasks.length === 1
      ? `Zorgpact: een nieuwe taak${overdue ? " (te laat)" : ""}`
      : `Zorgpact: ${tasks.length} nieuwe taken${overdue ? `, waarvan ${overdue} te laat` : ""}`;
  const listed = tasks.slice(0, MAX_LISTED).map(taskLine);
  const more = tasks.length > MAX_LISTED ? `… en nog ${tasks.length - MAX_LISTED} andere.` : null;
  const intro = tasks.length === 1 ? "Er staat een nieuwe taak voor je klaar in Zorgpact beheer:" : "Er staan nieuwe taken voor je klaar in Zorgpact beheer:";
  const footer = ["Je krijgt over elke taak één herinnering, en nog één als de taak te laat is.", "Dit is een automatisch bericht van het Zorgpact-platform."];
  const text = [
    `Beste ${options.name},`,
    "",
    intro,
    "",
    ...listed.map((line) => `- ${line}`),
    ...(more ? [more] : []),
    "",
    `Bekijk al je taken op ${options.tasksUrl}`,
    "",
    ...footer,
    "",
  ].join("\n");
  const html = [
    `<p>Beste ${escapeHtml(options.name)},</p>`,
    `<p>${escapeHtml(intro)}</p>`,
    `<ul>${listed.map((line) => `<li>${escapeHtml(line)}</li>`).join("")}</ul>`,
    more ? `<p>${escapeHtml(more)}</p>` : "",
    `<p><a href="${escapeHtml(options.tasksUrl)}">Bekijk al je taken in Zorgpact beheer</a></p>`,
    `<p>${footer.map(escapeHtml).join("<br>")}</p>`,
  ].join("\n");
  return { subject, text, html };
}
