import { describe, expect, it } from "vitest";
import { hasActivePactListFilters, PACT_LIST_PAGE_SIZE, pactListFiltersToParams, pactListInput, parsePactListFilters } from "./pact-list-filters.ts";

const themeId = "0b6f2c1e-4a7d-4c3b-9a1f-2e8d5c7b9a10";

describe("parsePactListFilters", () => {
  it("reads every filter from the query string", () => {
    const filters = parsePactListFilters(new URLSearchParams(`soort=regional_pact&thema=${themeId}&fase=3&zoek=Noord&pagina=2`));
    expect(filters).toEqual({ kind: "regional_pact", themeId, phase: 3, search: "Noord", page: 2 });
  });

  it("reads region and province, drops an unknown province, and sends both to the API", () => {
    const filters = parsePactListFilters(new URLSearchParams(`regio=${themeId}&provincie=Drenthe`));
    expect(filters).toEqual({ regionId: themeId, province: "Drenthe", page: 1 });
    expect(pactListInput(filters)).toMatchObject({ regionId: themeId, province: "Drenthe" });
    expect(pactListFiltersToParams(filters).toString()).toBe(`regio=${themeId}&provincie=Drenthe`);
    expect(hasActivePactListFilters({ province: "Drenthe", page: 1 })).toBe(true);
    expect(parsePactListFilters(new URLSearchParams("provincie=Vlaanderen&regio=geen-id"))).toEqual({ page: 1 });
  });

  it("starts at page 1 without any filter when the query string is empty", () => {
    expect(parsePactListFilters(new URLSearchParams())).toEqual({ page: 1 });
  });

  it("drops values the API would refuse", () => {
    const filters = parsePactListFilters(new URLSearchParams("soort=ziekenhuis&thema=abc&fase=5&pagina=-1&zoek=%20%20"));
    expect(filters).toEqual({ page: 1 });
  });

  it.each(["0", "1.5", "x", "", "99999999999999999999"])("treats page %j as page 1", (page) => {
    expect(parsePactListFilters(new URLSearchParams({ pagina: page })).page).toBe(1);
  });

  it("trims the search text and cuts it at 100 characters", () => {
    const long = "a".repeat(150);
    expect(parsePactListFilters(new URLSearchParams({ zoek: `  ${long}` })).search).toHaveLength(100);
    expect(parsePactListFilters(new URLSearchParams({ zoek: "  Rotterdam " })).search).toBe("Rotterdam");
  });
});

describe("pactListFiltersToParams", () => {
  it("round-trips through the query string", () => {
    const filters = { kind: "front_runner" as const, themeId, phase: 2 as const, search: "zorg & welzijn", page: 4 };
    expect(parsePactListFilters(pactListFiltersToParams(filters))).toEqual(filters);
  });

  it("leaves defaults out of the URL", () => {
    expect(pactListFiltersToParams({ page: 1 }).toString()).toBe("");
  });
});

describe("pactListInput", () => {
  it("asks the API for pages of 20 with only the set filters", () => {
    expect(pactListInput({ kind: "breeding_ground", page: 2 })).toEqual({ kind: "breeding_ground", page: 2, pageSize: PACT_LIST_PAGE_SIZE });
    expect(PACT_LIST_PAGE_SIZE).toBe(20);
  });
});

describe("hasActivePactListFilters", () => {
  it("ignores the page number", () => {
    expect(hasActivePactListFilters({ page: 3 })).toBe(false);
    expect(hasActivePactListFilters({ page: 1, phase: 1 })).toBe(true);
  });
});
