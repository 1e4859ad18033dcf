import type { Db } from "@zorgpact/db/database";
import { eventFilterNames, listFeedEvents } from "@zorgpact/db/repositories/event.repository";
import { PUBLIC } from "@zorgpact/db/repositories/visibility";
import type { EventFilter, EventKind, PublicEvent } from "@zorgpact/domain/event";
import ical, { ICalCalendarMethod } from "ical-generator";

/**
 * The agenda as an iCalendar feed (RFC 5545) that calendar apps subscribe to, one per filter.
 * Built with ical-generator. Times are written as UTC instants (`DTSTART:20161208T083000Z`): every
 * calendar app shows them in its own zone, and no VTIMEZONE block has to be kept up to date. The
 * UID is the event's id, so an app updates an event it already has instead of adding it twice.
 * The filters are those of the public agenda; an unknown region or theme simply selects nothing.
 */
export const FEED_EVENT_LIMIT = 500;

/** Dutch names of the kinds, for the feed's CATEGORIES and calendar name (the feed is shown by calendar apps). */
const kindNames: Record<EventKind, string> = {
  thematic_meeting: "Themabijeenkomst",
  national_working_day: "Landelijke Werkdag",
  volgspot_session: "Volgspotsessie",
  kopgroep_meeting: "Kopgroepbijeenkomst",
  regional_meeting: "Regionale bijeenkomst",
};

export interface CalendarOptions {
  /** The public site's origin, e.g. `https://zorgpact.nl`: event pages are linked from the feed. */
  siteUrl: string;
  /** What the filter selects, for the calendar's name (e.g. "Landelijke Werkdag · Twente"). */
  filterLabel?: string | undefined;
}

/** Stable across feeds and hosts: the event's own id. */
export function eventUid(eventId: string): string {
  return `${eventId}@agenda.zorgpact.nl`;
}

function describe(event: PublicEvent, pageUrl: string): string {
  const lines = [
    event.description,
    event.organiser ? `Organisatie: ${event.organiser}` : "",
    event.onlineUrl ? `Online: ${event.onlineUrl}` : "",
    event.registrationUrl ? `Aanmelden: ${event.registrationUrl}` : "",
    event.sourceNote ?? "",
    `Meer informatie: ${pageUrl}`,
  ];
  return lines.filter((line) => line.trim() !== "").join("\n\n");
}

/** The feed for these events, as iCalendar text. */
export function buildEventCalendar(events: readonly PublicEvent[], options: CalendarOptions): string {
  const site = options.siteUrl.replace(/\/+$/, "");
  const calendar = ical({
    name: options.filterLabel ? `Zorgpact-agenda: ${options.filterLabel}` : "Zorgpact-agenda",
    description:
      "Bijeenkomsten van het Zorgpact: themabijeenkomsten, de Landelijke Werkdag, Volgspotsessies, Kopgroepbijeenkomsten en regionale bijeenkomsten.",
    prodId: { company: "Zorgpact", product: "Agenda", language: "NL" },
    method: ICalCalendarMethod.PUBLISH,
    url: `${site}/agenda`,
    // Calendar apps poll a subscription; once every few hours is plenty for a meeting agenda.
    ttl: 60 * 60 * 6,
  });
  for (const event of events) {
    const pageUrl = `${site}/agenda/${event.id}`;
    calendar.createEvent({
      id: eventUid(event.id),
      start: new Date(event.startsAtUtc),
      end: new Date(event.endsAtUtc),
      summary: event.title,
      description: describe(event, pageUrl),
      location: event.location ?? event.onlineUrl ?? null,
      url: pageUrl,
      categories: [{ name: kindNames[event.kind] }, ...event.themes.map((t) => ({ name: t.name }))],
      // DTSTAMP from the last change keeps the feed identical between requests (cacheable) until something changes.
      stamp: new Date(event.updatedAt),
      lastModified: new Date(event.updatedAt),
    });
  }
  return calendar.toString();
}

/** Loads the published events of a filter and builds their feed, named after the filter. */
export async function eventCalendarFeed(db: Db, filter: EventFilter, options: Pick<CalendarOptions, "siteUrl">): Promise<string> {
  const [events, names] = await Promise.all([listFeedEvents(db, filter, FEED_EVENT_LIMIT, PUBLIC), eventFilterNames(db, filter)]);
  const parts = [filter.kind ? kindNames[filter.kind] : null, names.regionName, names.themeLabel].filter((p) => p !== null);
  return buildEventCalendar(events, { ...options, filterLabel: parts.length ? parts.join(" · ") : undefined });
}
