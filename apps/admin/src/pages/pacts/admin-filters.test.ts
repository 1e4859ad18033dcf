import { describe, expect, it } from "vitest";
import { adminPactFilters } from "./admin-filters.ts";

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
