/**
 * The showcase filters as they live in the URL (`?thema=…&regio=…&doelgroep=…&resultaatgebied=…&pagina=…`),
 * so a filtered showcase can be bookmarked and shared. Values the API would refuse are dropped.
 */
import { idSchema } from "@zorgpact/domain/common";
import type { ShowcaseListInput } from "@zorgpact/domain/showcase";

export const SHOWCASE_PAGE_SIZE = 12;

export const showcaseParams = {
  themeId: "thema",
  regionId: "regio",
  targetGroupId: "doelgroep",
  resultAreaId: "resultaatgebied",
  page: "pagina",
} as const;

type FilterKey = Exclude<keyof typeof showcaseParams, "page">;
const filterKeys: FilterKey[] = ["themeId", "regionId", "targetGroupId", "resultAreaId"];

export type ShowcaseFilters = { [K in FilterKey]?: string } & { page: number };

function parsePage(value: string | null): number {
  if (value === null || !/^\d+$/.test(value)) return 1;
  const page = Number(value);
  return Number.isSafeInteger(page) && page >= 1 ? page : 1;
}

export function parseShowcaseFilters(params: URLSearchParams): ShowcaseFilters {
  const filters: ShowcaseFilters = { page: parsePage(params.get(showcaseParams.page)) };
  for (const key of filterKeys) {
    const id = idSchema.safeParse(params.get(showcaseParams[key]));
    if (id.success) filters[key] = id.data;
  }
  return filters;
}

/** Only what is set ends up in the URL; page 1 is left out. */
export function showcaseFiltersToParams(filters: ShowcaseFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of filterKeys) {
    const value = filters[key];
    if (value) params.set(showcaseParams[key], value);
  }
  if (filters.page > 1) params.set(showcaseParams.page, String(filters.page));
  return params;
}

export function hasActiveShowcaseFilters(filters: ShowcaseFilters): boolean {
  return filterKeys.some((key) => Boolean(filters[key]));
}

export function showcaseInput(filters: ShowcaseFilters): ShowcaseListInput {
  const input: ShowcaseListInput = { page: filters.page, pageSize: SHOWCASE_PAGE_SIZE };
  for (const key of filterKeys) {
    const value = filters[key];
    if (value) input[key] = value;
  }
  return input;
}
