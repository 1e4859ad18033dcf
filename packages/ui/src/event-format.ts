/**
 * Dutch wording of the agenda's wall-clock times (`YYYY-MM-DDTHH:mm`, already Amsterdam time, see
 * domain/event-time.ts). The fields are read as they are and formatted in UTC, so neither the
 * visitor's own zone nor a clock change can move them.
 */
const LOCALE = "nl-NL";
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

const dayFormat = new Intl.DateTimeFormat(LOCALE, { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const shortDayFormat = new Intl.DateTimeFormat(LOCALE, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

function parts(local: string) {
  const match = LOCAL.exec(local);
  if (!match) return null;
  const [, year, month, day, hour, minute] = match;
  return { date: new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))), day: `${year}-${month}-${day}`, time: `${hour}:${minute}` };
}

/** "donderdag 8 december 2016". */
export function formatEventDay(local: string): string {
  const p = parts(local);
  return p ? dayFormat.format(p.date) : local;
}

/** "8 dec. 2016", for tables. */
export function formatEventShortDay(local: string): string {
  const p = parts(local);
  return p ? shortDayFormat.format(p.date) : local;
}

/** "09:30". */
export function formatEventTime(local: string): string {
  return parts(local)?.time ?? local;
}

/**
 * "donderdag 8 december 2016, 09:30–16:30", or across days
 * "donderdag 8 december 2016, 09:30 – vrijdag 9 december 2016, 12:00".
 */
export function formatEventPeriod(startsAt: string, endsAt: string): string {
  const start = parts(startsAt);
  const end = parts(endsAt);
  if (!start || !end) return `${startsAt} – ${endsAt}`;
  if (start.day === end.day) return `${dayFormat.format(start.date)}, ${start.time}–${end.time}`;
  return `${dayFormat.format(start.date)}, ${start.time} – ${dayFormat.format(end.date)}, ${end.time}`;
}
