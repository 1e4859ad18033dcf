import { pactSortFields, publicationStatusSchema, type PactManagedListInput, type PublicationStatus } from "@zorgpact/domain/pact";
import { pactListFiltersToParams, pactListInput, parsePactListFilters, type PactListFilters } from "@zorgpact/ui/pact-list-filters.ts";

export type PactSortField = (typeof pactSortFields)[number];

/** The admin list's filters: kind and name like the public list, plus publication, archived and sorting. */
export interface AdminPactFilters extends PactListFilters {
  publicationStatus?: PublicationStatus;
  /** Only archived pacts (to restore one). */
  archived?: true;
  sort?: PactSortField;
  direction?: "asc" | "desc";
}

export const adminPactParams = { publicationStatus: "publicatie", archived: "gearchiveerd", sort: "sorteer", direction: "richting" } as const;

/** The admin list filters on kind and name and its own status filters; theme and phase in the URL are ignored. */
export function adminPactFilters(params: URLSearchParams): AdminPactFilters {
  const { kind, search, page } = parsePactListFilters(params);
  const filters: AdminPactFilters = { page, ...(kind ? { kind } : {}), ...(search ? { search } : {}) };
  const publication = publicationStatusSchema.safeParse(params.get(adminPactParams.publicationStatus));
  if (publication.success) filters.publicationStatus = publication.data;
  if (params.get(adminPactParams.archived) === "ja") filters.archived = true;
  const sort = params.get(adminPactParams.sort);
  if (sort && (pactSortFields as readonly string[]).includes(sort) && sort !== "name") filters.sort = sort as PactSortField;
  if (params.get(adminPactParams.direction) === "desc") filters.direction = "desc";
  return filters;
}

export function adminPactFiltersToParams(filters: AdminPactFilters): URLSearchParams {
  const params = pactListFiltersToParams(filters);
  if (filters.publicationStatus) params.set(adminPactParams.publicationStatus, filters.publicationStatus);
  if (filters.archived) params.set(adminPactParams.archived, "ja");
  if (filters.sort && filters.sort !== "name") params.set(adminPactParams.sort, filters.sort);
  if (filters.direction === "desc") params.set(adminPactParams.direction, "desc");
  return params;
}

export function adminPactListInput(filters: AdminPactFilters): PactManagedListInput {
  return {
    ...pactListInput(filters),
    archived: filters.archived ?? false,
    sort: filters.sort ?? "name",
    direction: filters.direction ?? "asc",
    ...(filters.publicationStatus ? { publicationStatus: filters.publicationStatus } : {}),
  };
}

export function hasActiveAdminFilters(filters: AdminPactFilters): boolean {
  return Boolean(filters.kind || filters.search || filters.publicationStatus || filters.archived);
}
