import { parsePactListFilters, type PactListFilters } from "@zorgpact/ui/pact-list-filters.ts";

/** The admin list filters on kind and name only; theme and phase in the URL are ignored. */
export function adminPactFilters(params: URLSearchParams): PactListFilters {
  const { kind, search, page } = parsePactListFilters(params);
  return { page, ...(kind ? { kind } : {}), ...(search ? { search } : {}) };
}
