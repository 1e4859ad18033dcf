/**
 * The pact list's filters as they live in the URL query string (`?soort=…&thema=…&fase=…&zoek=…&pagina=…`),
 * so a filtered list can be bookmarked, shared and navigated with the back button. Values that
 * would not pass the API's input schema are dropped rather than sent.
 */
import { idSchema } from "@zorgpact/domain/common";
import { pactKindSchema, type PactKind, type PactListInput } from "@zorgpact/domain/pact";
import { phaseNumberSchema, type PhaseNumber } from "@zorgpact/domain/phase";
import { provinceSchema, type Province } from "@zorgpact/domain/region";

export const PACT_LIST_PAGE_SIZE = 20;
const SEARCH_MAX_LENGTH = 100;

export const pactListParams = {
  kind: "soort",
  themeId: "thema",
  phase: "fase",
  regionId: "regio",
  province: "provincie",
  search: "zoek",
  page: "pagina",
} as const;

export interface PactListFilters {
  kind?: PactKind;
  themeId?: string;
  phase?: PhaseNumber;
  regionId?: string;
  province?: Province;
  search?: string;
  page: number;
}

function parsePage(value: string | null): number {
  if (value === null || !/^\d+$/.test(value)) return 1;
  const page = Number(value);
  return Number.isSafeInteger(page) && page >= 1 ? page : 1;
}

export function parsePactListFilters(params: URLSearchParams): PactListFilters {
  const filters: PactListFilters = { page: parsePage(params.get(pactListParams.page)) };
  const kind = pactKindSchema.safeParse(params.get(pactListParams.kind));
  if (kind.success) filters.kind = kind.data;
  const themeId = idSchema.safeParse(params.get(pactListParams.themeId));
  if (themeId.success) filters.themeId = themeId.data;
  const phase = phaseNumberSchema.safeParse(Number(params.get(pactListParams.phase) ?? Number.NaN));
  if (phase.success) filters.phase = phase.data;
  const regionId = idSchema.safeParse(params.get(pactListParams.regionId));
  if (regionId.success) filters.regionId = regionId.data;
  const province = provinceSchema.safeParse(params.get(pactListParams.province));
  if (province.success) filters.province = province.data;
  const search = (params.get(pactListParams.search) ?? "").trim().slice(0, SEARCH_MAX_LENGTH).trim();
  if (search) filters.search = search;
  return filters;
}

/** Only what differs from the defaults ends up in the URL; page 1 is left out. */
export function pactListFiltersToParams(filters: PactListFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.kind) params.set(pactListParams.kind, filters.kind);
  if (filters.themeId) params.set(pactListParams.themeId, filters.themeId);
  if (filters.phase) params.set(pactListParams.phase, String(filters.phase));
  if (filters.regionId) params.set(pactListParams.regionId, filters.regionId);
  if (filters.province) params.set(pactListParams.province, filters.province);
  if (filters.search) params.set(pactListParams.search, filters.search);
  if (filters.page > 1) params.set(pactListParams.page, String(filters.page));
  return params;
}

/** Reads a filter form whose fields are named after the URL parameters; a new filter starts at page 1. */
export function pactListFiltersFromForm(form: HTMLFormElement): PactListFilters {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (typeof value === "string") params.append(name, value);
  }
  params.delete(pactListParams.page);
  return parsePactListFilters(params);
}

export function hasActivePactListFilters(filters: PactListFilters): boolean {
  return Boolean(filters.kind || filters.themeId || filters.phase || filters.regionId || filters.province || filters.search);
}

export function pactListInput(filters: PactListFilters): PactListInput {
  const input: PactListInput = { page: filters.page, pageSize: PACT_LIST_PAGE_SIZE };
  if (filters.kind) input.kind = filters.kind;
  if (filters.themeId) input.themeId = filters.themeId;
  if (filters.phase) input.phase = filters.phase;
  if (filters.regionId) input.regionId = filters.regionId;
  if (filters.province) input.province = filters.province;
  if (filters.search) input.search = filters.search;
  return input;
}
