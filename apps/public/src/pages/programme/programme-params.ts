import type { CatalogueUnit, NationalTotal, ProgrammeFilter } from "@zorgpact/domain/indicator-catalogue";
import { formatEuroFromCents, formatNumber } from "@zorgpact/ui/format.ts";

/** The page's GET parameters: the filter form submits these names, with or without JavaScript. */
export const programmeParams = { year: "jaar", regionId: "regio", themeId: "thema", mapEntryId: "kaart" } as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const id = (raw: string | null) => (raw && UUID.test(raw) ? raw : undefined);

export interface ProgrammeParams extends ProgrammeFilter {
  mapEntryId?: string;
}

/** Reads the URL; anything the API would refuse is dropped, so an edited link still shows a page. */
export function parseProgrammeParams(search: URLSearchParams): ProgrammeParams {
  const params: ProgrammeParams = {};
  const year = Number(search.get(programmeParams.year));
  if (Number.isInteger(year) && year >= 2000 && year <= 2100) params.year = year;
  const regionId = id(search.get(programmeParams.regionId));
  if (regionId) params.regionId = regionId;
  const themeId = id(search.get(programmeParams.themeId));
  if (themeId) params.themeId = themeId;
  const mapEntryId = id(search.get(programmeParams.mapEntryId));
  if (mapEntryId) params.mapEntryId = mapEntryId;
  return params;
}

/** The query string for these filters (empty ones left out). */
export function programmeQuery(params: ProgrammeParams): string {
  const search = new URLSearchParams();
  if (params.year !== undefined) search.set(programmeParams.year, String(params.year));
  if (params.regionId) search.set(programmeParams.regionId, params.regionId);
  if (params.themeId) search.set(programmeParams.themeId, params.themeId);
  if (params.mapEntryId) search.set(programmeParams.mapEntryId, params.mapEntryId);
  const query = search.toString();
  return query ? `?${query}` : "";
}

/** A value in its unit: "487 studenten", "€ 12.500,00", "62,5%". Euro values are cents. */
export function formatCatalogueValue(value: number, unit: CatalogueUnit, unitLabel: string): string {
  if (unit === "euro") return formatEuroFromCents(value);
  if (unit === "percentage") return `${formatNumber(value)}%`;
  return `${formatNumber(value)} ${unitLabel}`;
}

export function formatTotal(total: NationalTotal, unit: CatalogueUnit, unitLabel: string): string {
  return formatCatalogueValue(total.value, unit, unitLabel);
}
