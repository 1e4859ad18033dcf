import { describe, expect, it } from "vitest";
import { hasActiveBarrierFilters, parsePublicBarrierFilters, publicBarrierFiltersToParams } from "./barrier-filters.ts";

describe("public barrier filters in the URL", () => {
  it("read known values and drop the rest", () => {
    expect(parsePublicBarrierFilters(new URLSearchParams("ministerie=OCW&uitkomst=rule_changed&jaar=2016&zoek=%20stage%20&pagina=3"))).toEqual({
      ministry: "OCW",
      outcome: "rule_changed",
      year: 2016,
      search: "stage",
      page: 3,
    });
    expect(parsePublicBarrierFilters(new URLSearchParams("ministerie=BZK&jaar=16&pagina=0"))).toEqual({ page: 1 });
  });

  it("round-trip and say when any is active", () => {
    const filters = { outcome: "remains" as const, year: 2017, page: 2 };
    expect(parsePublicBarrierFilters(publicBarrierFiltersToParams(filters))).toEqual(filters);
    expect(hasActiveBarrierFilters(filters)).toBe(true);
    expect(hasActiveBarrierFilters({ page: 4 })).toBe(false);
  });
});
