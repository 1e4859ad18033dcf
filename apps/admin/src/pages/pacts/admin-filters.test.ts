import { describe, expect, it } from "vitest";
import { adminPactFilters, adminPactFiltersToParams, adminPactListInput } from "./admin-filters.ts";

describe("adminPactFilters", () => {
  it("keeps kind, search text and page from the URL", () => {
    expect(adminPactFilters(new URLSearchParams("soort=front_runner&zoek=Care&pagina=3"))).toEqual({
      kind: "front_runner",
      search: "Care",
      page: 3,
    });
  });

  it("ignores filters the admin list does not offer", () => {
    expect(adminPactFilters(new URLSearchParams("fase=2&thema=0b6f2c1e-4a7d-4c3b-9a1f-2e8d5c7b9a10"))).toEqual({ page: 1 });
  });
});

describe("publication, archived and sorting", () => {
  it("reads them from the URL and writes back only what differs from the defaults", () => {
    const filters = adminPactFilters(new URLSearchParams("publicatie=draft&gearchiveerd=ja&sorteer=updatedAt&richting=desc"));
    expect(filters).toEqual({ page: 1, publicationStatus: "draft", archived: true, sort: "updatedAt", direction: "desc" });
    expect(adminPactFiltersToParams(filters).toString()).toBe("publicatie=draft&gearchiveerd=ja&sorteer=updatedAt&richting=desc");
    expect(adminPactFiltersToParams({ page: 1, sort: "name", direction: "asc" }).toString()).toBe("");
  });

  it("drops unknown values and builds the API input with its defaults", () => {
    const filters = adminPactFilters(new URLSearchParams("publicatie=weg&gearchiveerd=1&sorteer=regio&richting=op"));
    expect(filters).toEqual({ page: 1 });
    expect(adminPactListInput(filters)).toMatchObject({ page: 1, archived: false, sort: "name", direction: "asc" });
    expect(adminPactListInput(filters)).not.toHaveProperty("publicationStatus");
  });
});
