import ICAL from "ical.js";

/**
 * Parses iCalendar text with ical.js (independent of the generator) and returns its events'
 * summaries, sorted; throws on text that is not a calendar. For tests outside this package, which
 * do not depend on ical.js themselves.
 */
export function calendarSummaries(text: string): string[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  if (calendar.name !== "vcalendar") throw new Error(`not a calendar: ${calendar.name}`);
  return calendar
    .getAllSubcomponents("vevent")
    .map((event) => String(event.getFirstPropertyValue("summary")))
    .sort();
}
