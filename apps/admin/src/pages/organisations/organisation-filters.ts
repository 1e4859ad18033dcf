import { sectorSchema, type OrganisationListInput, type Sector } from "@zorgpact/domain/organisation";

/** The organisation list's filters in the URL: `?zoek=…&sector=…&pagina=…`. */
export interface OrganisationFilters {
  search?: string;
  sector?: Sector;
  page: number;
}

export const ORGANISATION_PAGE_SIZE = 25;

export function parseOrganisationFilters(params: URLSearchParams): OrganisationFilters {
  const pageText = params.get("pagina") ?? "";
  const page = /^\d+$/.test(pageText) && Number(pageText) >= 1 ? Number(pageText) : 1;
  const filters: OrganisationFilters = { page };
  const search = (params.get("zoek") ?? "").trim().slice(0, 100).trim();
  if (search) filters.search = search;
  const sector = sectorSchema.safeParse(params.get("sector"));
  if (sector.success) filters.sector = sector.data;
  return filters;
}

export function organisationFiltersToParams(filters: OrganisationFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.search) params.set("zoek", filters.search);
  if (filters.sector) params.set("sector", filters.sector);
  if (filters.page > 1) params.set("pagina", String(filters.page));
  return params;
}

export function organisationListInput(filters: OrganisationFilters): OrganisationListInput {
  return { page: filters.page, pageSize: ORGANISATION_PAGE_SIZE, search: filters.search, sector: filters.sector, sort: "name", direction: "asc" };
}
