/**
 * The audit log's filters as they live in the URL (`?gebruiker=…&actie=…&resultaat=…&van=…&tot=…&pagina=…`),
 * so a filtered view can be bookmarked and shared. Values the API would refuse are dropped.
 */
import { isoDateSchema } from "@zorgpact/domain/common";
import { auditResultSchema, type AuditListInput, type auditResults } from "@zorgpact/domain/audit";

export const AUDIT_PAGE_SIZE = 50;

export const auditParams = {
  actorEmail: "gebruiker",
  action: "actie",
  result: "resultaat",
  from: "van",
  to: "tot",
  page: "pagina",
} as const;

export interface AuditFilters {
  actorEmail?: string;
  action?: string;
  result?: (typeof auditResults)[number];
  from?: string;
  to?: string;
  page: number;
}

function parsePage(value: string | null): number {
  if (value === null || !/^\d+$/.test(value)) return 1;
  const page = Number(value);
  return Number.isSafeInteger(page) && page >= 1 ? page : 1;
}

function text(params: URLSearchParams, name: string, max: number): string | undefined {
  const value = (params.get(name) ?? "").trim().slice(0, max).trim();
  return value || undefined;
}

export function parseAuditFilters(params: URLSearchParams): AuditFilters {
  const filters: AuditFilters = { page: parsePage(params.get(auditParams.page)) };
  const actorEmail = text(params, auditParams.actorEmail, 254);
  if (actorEmail) filters.actorEmail = actorEmail;
  const action = text(params, auditParams.action, 100);
  if (action) filters.action = action;
  const result = auditResultSchema.safeParse(params.get(auditParams.result));
  if (result.success) filters.result = result.data;
  const from = isoDateSchema.safeParse(params.get(auditParams.from));
  if (from.success) filters.from = from.data;
  const to = isoDateSchema.safeParse(params.get(auditParams.to));
  if (to.success) filters.to = to.data;
  return filters;
}

/** Only what differs from the defaults ends up in the URL; page 1 is left out. */
export function auditFiltersToParams(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.actorEmail) params.set(auditParams.actorEmail, filters.actorEmail);
  if (filters.action) params.set(auditParams.action, filters.action);
  if (filters.result) params.set(auditParams.result, filters.result);
  if (filters.from) params.set(auditParams.from, filters.from);
  if (filters.to) params.set(auditParams.to, filters.to);
  if (filters.page > 1) params.set(auditParams.page, String(filters.page));
  return params;
}

/** Reads the filter form (fields named after the URL parameters); a new filter starts at page 1. */
export function auditFiltersFromForm(form: HTMLFormElement): AuditFilters {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (typeof value === "string") params.append(name, value);
  }
  params.delete(auditParams.page);
  return parseAuditFilters(params);
}

export function hasActiveAuditFilters(filters: AuditFilters): boolean {
  return Boolean(filters.actorEmail || filters.action || filters.result || filters.from || filters.to);
}

/** "Tot en met" before "Van" finds nothing; the form says so instead. */
export function isRangeReversed(filters: Pick<AuditFilters, "from" | "to">): boolean {
  return Boolean(filters.from && filters.to && filters.to < filters.from);
}

export function auditListInput(filters: AuditFilters): AuditListInput {
  const input: AuditListInput = { page: filters.page, pageSize: AUDIT_PAGE_SIZE };
  if (filters.actorEmail) input.actorEmail = filters.actorEmail;
  if (filters.action) input.action = filters.action;
  if (filters.result) input.result = filters.result;
  if (filters.from) input.from = filters.from;
  if (filters.to) input.to = filters.to;
  return input;
}
