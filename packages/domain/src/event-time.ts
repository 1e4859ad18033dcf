/**
 * Wall-clock time in Europe/Amsterdam, the platform's one time zone.
 *
 * Meetings are entered and shown as local time ("8 december 2016, 09:30"); the database keeps the
 * instant (timestamptz). The conversion reads the zone's offsets from Intl (the tz database of the
 * runtime), so it follows summer time without a table of our own. Pure: no clock, no I/O.
 *
 * Two hours a year need a rule:
 * - the spring-forward gap (last Sunday of March, 02:00–02:59) does not exist: refused;
 * - the fall-back hour (last Sunday of October, 02:00–02:59) happens twice: the first one, still in
 *   summer time (+02:00), is meant. A meeting in that hour is rare enough that one rule will do.
 */
export const TIME_ZONE = "Europe/Amsterdam";

/** `YYYY-MM-DDTHH:mm`, as an `<input type="datetime-local">` sends it. */
export type LocalDateTime = string;

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

const partsFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function parseLocal(local: string): Fields | null {
  const match = LOCAL_PATTERN.exec(local);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  if (year < 1990 || year > 2200 || month < 1 || month > 12 || hour > 23 || minute > 59) return null;
  // A real calendar day: 31 February rolls over and is caught here.
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return { year, month, day, hour, minute };
}

/** The wall-clock fields of an instant in Amsterdam. */
function amsterdamFields(instant: Date): Fields & { second: number } {
  const parts: Record<string, number> = {};
  for (const part of partsFormat.formatToParts(instant)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute!, second: parts.second! };
}

/** Amsterdam's offset from UTC at an instant, in milliseconds (+1 h in winter, +2 h in summer). */
export function amsterdamOffsetMs(instant: Date): number {
  const f = amsterdamFields(instant);
  const asUtc = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  return asUtc - (instant.getTime() - instant.getUTCMilliseconds());
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** An instant as Amsterdam wall-clock time, `YYYY-MM-DDTHH:mm` (seconds dropped). */
export function toAmsterdamLocal(instant: Date): LocalDateTime {
  const f = amsterdamFields(instant);
  return `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)}T${pad(f.hour)}:${pad(f.minute)}`;
}

/** The calendar day in Amsterdam at an instant, `YYYY-MM-DD` (for "today" in rules that take `now`). */
export function amsterdamDate(instant: Date): string {
  return toAmsterdamLocal(instant).slice(0, 10);
}

export type LocalTimeProblem = "invalid" | "nonexistent";

/**
 * The instant of an Amsterdam wall-clock time, or why there is none: `invalid` for a malformed or
 * impossible date, `nonexistent` for a time in the spring-forward gap. An ambiguous autumn time
 * gives the first (summer-time) instant.
 */
export function fromAmsterdamLocal(local: string): Date | LocalTimeProblem {
  const f = parseLocal(local);
  if (!f) return "invalid";
  const wall = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute);
  // The offset is +1 h or +2 h: try the summer offset first, so the ambiguous hour resolves to it.
  for (const offsetHours of [2, 1]) {
    const candidate = new Date(wall - offsetHours * 3_600_000);
    if (toAmsterdamLocal(candidate) === local) return candidate;
  }
  return "nonexistent";
}

/** A Dutch reason why a wall-clock time cannot be used, or null when it can. */
export function localTimeIssue(local: string): string | null {
  const result = fromAmsterdamLocal(local);
  if (result === "invalid") return "Geef een datum en tijd, bijvoorbeeld 8-12-2016 09:30.";
  if (result === "nonexistent") return "Dit tijdstip bestaat niet in Nederland: de klok gaat dan een uur vooruit (zomertijd).";
  return null;
}

/** The instant of a wall-clock time that passed `localTimeIssue`; throws on one that did not. */
export function instantOf(local: LocalDateTime): Date {
  const result = fromAmsterdamLocal(local);
  if (typeof result === "string") throw new Error(`Not an Amsterdam wall-clock time: ${local}`);
  return result;
}
