import { barrierOutcomeSchema, barrierStatusSchema, ministrySchema, type BarrierListInput } from "@zorgpact/domain/barrier";

/** The triage list's filters in the URL: `?zoek=…&status=…&ministerie=…&uitkomst=…&pagina=…`. */
export type BarrierFilters = Pick<BarrierListInput, "search" | "status" | "ministry" | "outcome"> & { page: number };

export const BARRIER_PAGE_SIZE = 25;

export function parseBarrierFilters(params: URLSearchParams): BarrierFilters {
  const pageText = params.get("pagina") ?? "";
  const filters: BarrierFilters = { page: /^\d{1,6}$/.test(pageText) && Number(pageText) >= 1 ? Number(pageText) : 1 };
  const search = (params.get("zoek") ?? "").trim().slice(0, 100).trim();
  if (search) filters.search = search;
  const status = barrierStatusSchema.safeParse(params.get("status"));
  if (status.success) filters.status = status.data;
  const ministry = ministrySchema.safeParse(params.get("ministerie"));
  if (ministry.success) filters.ministry = ministry.data;
  const outcome = barrierOutcomeSchema.safeParse(params.get("uitkomst"));
  if (outcome.success) filters.outcome = outcome.data;
  return filters;
}

export function barrierFiltersToParams(filters: BarrierFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.search) params.set("zoek", filters.search);
  if (filters.status) params.set("status", filters.status);
  if (filters.ministry) params.set("ministerie", filters.ministry);
  if (filters.outcome) params.set("uitkomst", filters.outcome);
  if (filters.page > 1) params.set("pagina", String(filters.page));
  return params;
}

export function barrierListInput(filters: BarrierFilters): BarrierListInput {
  return { ...filters, pageSize: BARRIER_PAGE_SIZE };
}
