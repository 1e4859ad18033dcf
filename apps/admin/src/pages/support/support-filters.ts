import { idSchema } from "@zorgpact/domain/common";
import { supportQuestionTypeSchema, supportStatusSchema, type SupportListInput } from "@zorgpact/domain/support";
import { listFilterCodec, schemaParam, searchParam, type ListFilters } from "@zorgpact/ui/list/list-filters.ts";

/** The trajectory list's filters in the URL: `?zorgpact=…&soort=…&status=…&zoek=…&pagina=…`. */
export const supportFilterCodec = listFilterCodec({
  pactId: schemaParam("zorgpact", idSchema),
  questionType: schemaParam("soort", supportQuestionTypeSchema),
  status: schemaParam("status", supportStatusSchema),
  search: searchParam("zoek"),
});

export type SupportFilters = ListFilters<typeof supportFilterCodec.params>;

export const SUPPORT_PAGE_SIZE = 25;

export const parseSupportFilters = supportFilterCodec.parse;
export const supportFiltersToParams = supportFilterCodec.toParams;

export function supportListHref(filters: SupportFilters): string {
  return supportFilterCodec.href("/ondersteuning", filters);
}

export function supportListInput(filters: SupportFilters): SupportListInput {
  return {
    page: filters.page,
    pageSize: SUPPORT_PAGE_SIZE,
    ...(filters.pactId ? { pactId: filters.pactId } : {}),
    ...(filters.questionType ? { questionType: filters.questionType } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.search ? { search: filters.search } : {}),
  };
}
