import { describe, expect, it } from "vitest";
import { hasActiveShowcaseFilters, parseShowcaseFilters, SHOWCASE_PAGE_SIZE, showcaseFiltersToParams, showcaseInput } from "./showcase-filters.ts";

const a = "0b6f2c1e-4a7d-4c3b-9a1f-2e8d5c7b9a10";
const b = "1c7f3d2e-5b8e-4d4c-8b2f-3f9e6d8c0b21";

describe("showcase filters in the URL", () => {
  it("reads every filter and the page", () => {
    const filters = parseShowcaseFilters(new URLSearchParams(`thema=${a}&regio=${b}&doelgroep=${a}&resultaatgebied=${b}&pagina=3`));
    expect(filters).toEqual({ themeId: a, regionId: b, targetGroupId: a, resultAreaId: b, page: 3 });
  });

  it("drops values that are not ids and bad pages", () => {
    expect(parseShowcaseFilters(new URLSearchParams("thema=x&regio=1%20or%201=1&pagina=-2"))).toEqual({ page: 1 });
  });

  it("round-trips and leaves defaults out", () => {
    const filters = { themeId: a, resultAreaId: b, page: 2 };
    expect(parseShowcaseFilters(showcaseFiltersToParams(filters))).toEqual(filters);
    expect(showcaseFiltersToParams({ page: 1 }).toString()).toBe("");
  });

  it("asks the API for a page of front-runners with only the set filters", () => {
    expect(showcaseInput({ regionId: a, page: 1 })).toEqual({ regionId: a, page: 1, pageSize: SHOWCASE_PAGE_SIZE });
    expect(hasActiveShowcaseFilters({ page: 4 })).toBe(false);
    expect(hasActiveShowcaseFilters({ targetGroupId: a, page: 1 })).toBe(true);
  });
});
