import { idSchema } from "@zorgpact/domain/common";
import { supportQuestionTypeSchema, supportStatusSchema, type SupportListInput, type SupportQuestionType, type SupportStatus } from "@zorgpact/domain/support";

/** The trajectory list's filters in the URL: `?zorgpact=…&soort=…&status=…&zoek=…&pagina=…`. */
export interface SupportFilters {
  pactId?: string;
  questionType?: SupportQuestionType;
  status?: SupportStatus;
  search?: string;
  page: number;
}

export const SUPPORT_PAGE_SIZE = 25;

export function parseSupportFilters(params: URLSearchParams): SupportFilters {
  const pageText = params.get("pagina") ?? "";
  const filters: SupportFilters = { page: /^\d{1,6}$/.test(pageText) && Number(pageText) >= 1 ? Number(pageText) : 1 };
  const pactId = idSchema.safeParse(params.get("zorgpact"));
  if (pactId.success) filters.pactId = pactId.data;
  const questionType = supportQuestionTypeSchema.safeParse(params.get("soort"));
  if (questionType.success) filters.questionType = questionType.data;
  const status = supportStatusSchema.safeParse(params.get("status"));
  if (status.success) filters.status = status.data;
  const search = (params.get("zoek") ?? "").trim().slice(0, 100).trim();
  if (search) filters.search = search;
  return filters;
}

export function supportFiltersToParams(filters: SupportFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.pactId) params.set("zorgpact", filters.pactId);
  if (filters.questionType) params.set("soort", filters.questionType);
  if (filters.status) params.set("status", filters.status);
  if (filters.search) params.set("zoek", filters.search);
  if (filters.page > 1) params.set("pagina", String(filters.page));
  return params;
}

export function supportListHref(filters: SupportFilters): string {
  const query = supportFiltersToParams(filters).toString();
  return query ? `/ondersteuning?${query}` : "/ondersteuning";
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
