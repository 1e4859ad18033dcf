/**
 * The audit log's filters as they live in the URL (`?persoon=…&soort=…&record=…&naam=…&van=…&tot=…`),
 * so a filtered view can be bookmarked and shared ("alle wijzigingen aan dit record" is such a
 * link). Values the API would refuse are dropped.
 */
import { idSchema, isoDateSchema } from "@zorgpact/domain/common";
import { auditResultSchema, type AuditListInput, type auditResults } from "@zorgpact/domain/audit";

export const AUDIT_PAGE_SIZE = 50;

export const auditParams = {
  actorUserId: "persoon",
  actorEmail: "gebruiker",
  action: "actie",
  result: "resultaat",
  objectType: "soort",
  objectId: "record",
  record: "naam",
  from: "van",
  to: "tot",
  page: "pagina",
} as const;

export interface AuditFilters {
  actorUserId?: string;
  actorEmail?: string;
  action?: string;
  result?: (typeof auditResults)[number];
  objectType?: string;
  objectId?: string;
  record?: string;
  from?: string;
  to?: string;
  page: number;
}

type TextFilter = "actorEmail" | "action" | "objectType" | "objectId" | "record";
const textFilters: readonly [TextFilter, number][] = [
  ["actorEmail", 254],
  ["action", 100],
  ["objectType", 60],
  ["objectId", 100],
  ["record", 200],
];

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
  const actorUserId = idSchema.safeParse(params.get(auditParams.actorUserId));
  if (actorUserId.success) filters.actorUserId = actorUserId.data;
  for (const [key, max] of textFilters) {
    const value = text(params, auditParams[key], max);
    if (value) filters[key] = value;
  }
  const result = auditResultSchema.safeParse(params.get(auditParams.result));
  if (result.success) filters.result = result.data;
  const from = isoDateSchema.safeParse(params.get(auditParams.from));
  if (from.success) filters.from = from.data;
  const to = isoDateSchema.safeParse(params.get(auditParams.to));
  if (to.success) filters.to = to.data;
  return filters;
}

const filterKeys = ["actorUserId", "actorEmail", "action", "result", "objectType", "objectId", "record", "from", "to"] as const;

/** Only what differs from the defaults ends up in the URL; page 1 is left out. */
export function auditFiltersToParams(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of filterKeys) {
    const value = filters[key];
    if (value) params.set(auditParams[key], value);
  }
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

/** The link "alle wijzigingen aan dit record": the record's kind and id, nothing else. */
export function recordFilterHref(objectType: string, objectId: string): string {
  return `?${auditFiltersToParams({ objectType, objectId, page: 1 }).toString()}`;
}

export function hasActiveAuditFilters(filters: AuditFilters): boolean {
  return filterKeys.some((key) => Boolean(filters[key]));
}

/** "Tot en met" before "Van" finds nothing; the form says so instead. */
export function isRangeReversed(filters: Pick<AuditFilters, "from" | "to">): boolean {
  return Boolean(filters.from && filters.to && filters.to < filters.from);
}

export function auditListInput(filters: AuditFilters): AuditListInput {
  const input: AuditListInput = { page: filters.page, pageSize: AUDIT_PAGE_SIZE };
  for (const key of filterKeys) {
    const value = filters[key];
    if (value) Object.assign(input, { [key]: value });
  }
  return input;
}
