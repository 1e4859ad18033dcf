import { barrierOutcomeSchema, barrierStatusSchema, ministrySchema, type BarrierListInput } from "@zorgpact/domain/barrier";
import { listFilterCodec, schemaParam, searchParam, type ListFilters } from "@zorgpact/ui/list/list-filters.ts";

/** The triage list's filters in the URL: `?zoek=…&status=…&ministerie=…&uitkomst=…&pagina=…`. */
export const barrierFilterCodec = listFilterCodec({
  search: searchParam("zoek"),
  status: schemaParam("status", barrierStatusSchema),
  ministry: schemaParam("ministerie", ministrySchema),
  outcome: schemaParam("uitkomst", barrierOutcomeSchema),
});

export type BarrierFilters = ListFilters<typeof barrierFilterCodec.params>;

export const BARRIER_PAGE_SIZE = 25;

export const parseBarrierFilters = barrierFilterCodec.parse;
export const barrierFiltersToParams = barrierFilterCodec.toParams;

export function barrierListInput(filters: BarrierFilters): BarrierListInput {
  return { ...filters, pageSize: BARRIER_PAGE_SIZE };
}
