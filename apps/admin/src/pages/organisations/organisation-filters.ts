import { sectorSchema, type OrganisationListInput } from "@zorgpact/domain/organisation";
import { listFilterCodec, schemaParam, searchParam, type ListFilters } from "@zorgpact/ui/list/list-filters.ts";

/** The organisation list's filters in the URL: `?zoek=…&sector=…&pagina=…`. */
export const organisationFilterCodec = listFilterCodec({
  search: searchParam("zoek"),
  sector: schemaParam("sector", sectorSchema),
});

export type OrganisationFilters = ListFilters<typeof organisationFilterCodec.params>;

export const ORGANISATION_PAGE_SIZE = 25;

export const parseOrganisationFilters = organisationFilterCodec.parse;
export const organisationFiltersToParams = organisationFilterCodec.toParams;

export function organisationListInput(filters: OrganisationFilters): OrganisationListInput {
  return { page: filters.page, pageSize: ORGANISATION_PAGE_SIZE, search: filters.search, sector: filters.sector, sort: "name", direction: "asc" };
}
