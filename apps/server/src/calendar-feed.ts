import { eventCalendarFeed } from "@zorgpact/api/services/event-calendar";
import type { Db } from "@zorgpact/db/database";
import { eventFilterSchema, type EventFilter } from "@zorgpact/domain/event";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";

export const CALENDAR_FEED_PATH = "/agenda.ics";
export const CALENDAR_CACHE_CONTROL = "public, max-age=300";

/**
 * The agenda as an iCalendar feed: `/agenda.ics?soort=…&regio=…&thema=…`, the same parameters as
 * the public agenda page, so each filtered view has a feed a calendar app can subscribe to
 * (`webcal://…/agenda.ics?…`). Published events only; public and cacheable (an ETag is added by
 * http-cache.ts).
 */
const feedQuerySchema = z.object({
  soort: z.string().optional(),
  regio: z.string().optional(),
  thema: z.string().optional(),
});

const PARAM_OF_FIELD: Record<string, string> = { kind: "soort", regionId: "regio", themeId: "thema" };

/** The URL's Dutch parameter names to the agenda's filter, checked by the domain's schema; or the parameters that are wrong. */
function parseFilter(query: unknown): { ok: true; filter: EventFilter } | { ok: false; params: string[] } {
  const raw = feedQuerySchema.safeParse(query ?? {});
  if (!raw.success) return { ok: false, params: raw.error.issues.map((issue) => String(issue.path[0])) };
  const filter: Record<string, string> = {};
  if (raw.data.soort) filter.kind = raw.data.soort;
  if (raw.data.regio) filter.regionId = raw.data.regio;
  if (raw.data.thema) filter.themeId = raw.data.thema;
  const parsed = eventFilterSchema.safeParse(filter);
  if (!parsed.success) return { ok: false, params: parsed.error.issues.map((issue) => PARAM_OF_FIELD[String(issue.path[0])] ?? String(issue.path[0])) };
  return { ok: true, filter: parsed.data };
}

/** A host name with an optional port; anything else (a forged Host header) is not put into the feed's links. */
const HOST = /^[a-z0-9.-]+(:\d{1,5})?$/i;

function siteUrl(request: FastifyRequest): string {
  const host = HOST.test(request.host) ? request.host : "localhost";
  return `${request.protocol}://${host}`;
}

export async function calendarFeedRoutes(app: FastifyInstance, options: { db: Db }): Promise<void> {
  app.get(CALENDAR_FEED_PATH, async (request, reply) => {
    const query = parseFilter(request.query);
    if (!query.ok) {
      const fields = query.params;
      return reply
        .code(400)
        .type("text/plain; charset=utf-8")
        .send(`Deze filter klopt niet: ${[...new Set(fields)].join(", ")}. Gebruik de soort, regio en thema zoals de agenda ze in de link zet.`);
    }
    const calendar = await eventCalendarFeed(options.db, query.filter, { siteUrl: siteUrl(request) });
    return reply
      .type("text/calendar; charset=utf-8")
      .header("Content-Disposition", 'inline; filename="zorgpact-agenda.ics"')
      .header("Cache-Control", CALENDAR_CACHE_CONTROL)
      .send(calendar);
  });
}
