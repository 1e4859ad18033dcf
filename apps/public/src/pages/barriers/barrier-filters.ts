import { barrierOutcomeSchema, ministrySchema, type BarrierPublicListInput } from "@zorgpact/domain/barrier";

/** The public register's filters in the URL: `?zoek=…&ministerie=…&uitkomst=…&jaar=…&pagina=…`. */
export type PublicBarrierFilters = Pick<BarrierPublicListInput, "search" | "ministry" | "outcome" | "year"> & { page: number };

export const PUBLIC_BARRIER_PAGE_SIZE = 10;

const wholeNumber = (text: string | null, digits: number) => (text !== null && new RegExp(`^\\d{1,${digits}}$`).test(text) ? Number(text) : null);

export function parsePublicBarrierFilters(params: URLSearchParams): PublicBarrierFilters {
  const page = wholeNumber(params.get("pagina"), 6);
  const filters: PublicBarrierFilters = { page: page && page >= 1 ? page : 1 };
  const search = (params.get("zoek") ?? "").trim().slice(0, 100).trim();
  if (search) filters.search = search;
  const ministry = ministrySchema.safeParse(params.get("ministerie"));
  if (ministry.success) filters.ministry = ministry.data;
  const outcome = barrierOutcomeSchema.safeParse(params.get("uitkomst"));
  if (outcome.success) filters.outcome = outcome.data;
  const year = wholeNumber(params.get("jaar"), 4);
  if (year !== null && year >= 2000 && year <= 2100) filters.year = year;
  return filters;
}

export function publicBarrierFiltersToParams(filters: PublicBarrierFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.search) params.set("zoek", filters.search);
  if (filters.ministry) params.set("ministerie", filters.ministry);
  if (filters.outcome) params.set("uitkomst", filters.outcome);
  if (filters.year) params.set("jaar", String(filters.year));
  if (filters.page > 1) params.set("pagina", String(filters.page));
  return params;
}

export function hasActiveBarrierFilters(filters: PublicBarrierFilters): boolean {
  return Boolean(filters.search || filters.ministry || filters.outcome || filters.year);
}

export function publicBarrierListInput(filters: PublicBarrierFilters): BarrierPublicListInput {
  return { ...filters, pageSize: PUBLIC_BARRIER_PAGE_SIZE };
}
