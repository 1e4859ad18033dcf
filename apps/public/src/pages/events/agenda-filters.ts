/**
 * The agenda's filters as they live in the URL (`?tijd=…&soort=…&regio=…&thema=…&pagina=…`), so
 * a filtered agenda can be bookmarked and shared, and its iCalendar feed uses the same names.
 * Values the API would refuse are dropped rather than sent.
 */
import { idSchema } from "@zorgpact/domain/common";
import { eventKindSchema, type EventKind, type EventListInput, type EventPeriod } from "@zorgpact/domain/event";

export const AGENDA_PAGE_SIZE = 10;

export const agendaParams = { period: "tijd", kind: "soort", regionId: "regio", themeId: "thema", page: "pagina" } as const;
const PAST = "voorbij";

export interface AgendaFilters {
  period: EventPeriod;
  kind?: EventKind;
  regionId?: string;
  themeId?: string;
  page: number;
}

export function parseAgendaFilters(params: URLSearchParams): AgendaFilters {
  const pageText = params.get(agendaParams.page) ?? "";
  const page = /^\d{1,6}$/.test(pageText) && Number(pageText) >= 1 ? Number(pageText) : 1;
  const filters: AgendaFilters = { period: params.get(agendaParams.period) === PAST ? "past" : "upcoming", page };
  const kind = eventKindSchema.safeParse(params.get(agendaParams.kind));
  if (kind.success) filters.kind = kind.data;
  const regionId = idSchema.safeParse(params.get(agendaParams.regionId));
  if (regionId.success) filters.regionId = regionId.data;
  const themeId = idSchema.safeParse(params.get(agendaParams.themeId));
  if (themeId.success) filters.themeId = themeId.data;
  return filters;
}

/** Only the filters (no period, no page): what the iCalendar feed takes. */
export function feedParams(filters: AgendaFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.kind) params.set(agendaParams.kind, filters.kind);
  if (filters.regionId) params.set(agendaParams.regionId, filters.regionId);
  if (filters.themeId) params.set(agendaParams.themeId, filters.themeId);
  return params;
}

/** Only what differs from the defaults ends up in the URL. */
export function agendaFiltersToParams(filters: AgendaFilters): URLSearchParams {
  const params = feedParams(filters);
  if (filters.period === "past") params.set(agendaParams.period, PAST);
  if (filters.page > 1) params.set(agendaParams.page, String(filters.page));
  return params;
}

export function agendaHref(filters: AgendaFilters): string {
  const query = agendaFiltersToParams(filters).toString();
  return query ? `/agenda?${query}` : "/agenda";
}

/** The feed's address on this site, for download (https) and for subscribing (webcal). */
export function feedUrls(filters: AgendaFilters, location: { protocol: string; host: string }) {
  const query = feedParams(filters).toString();
  const path = `/agenda.ics${query ? `?${query}` : ""}`;
  return { download: path, subscribe: `webcal://${location.host}${path}`, https: `${location.protocol}//${location.host}${path}` };
}

export function hasActiveAgendaFilters(filters: AgendaFilters): boolean {
  return Boolean(filters.kind || filters.regionId || filters.themeId);
}

export function agendaListInput(filters: AgendaFilters): EventListInput {
  const input: EventListInput = { period: filters.period, page: filters.page, pageSize: AGENDA_PAGE_SIZE };
  if (filters.kind) input.kind = filters.kind;
  if (filters.regionId) input.regionId = filters.regionId;
  if (filters.themeId) input.themeId = filters.themeId;
  return input;
}
