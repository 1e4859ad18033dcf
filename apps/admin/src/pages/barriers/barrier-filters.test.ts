import { describe, expect, it } from "vitest";
import { barrierFiltersToParams, parseBarrierFilters } from "./barrier-filters.ts";

describe("barrier filters in the URL", () => {
  it("read known values and drop unknown ones", () => {
    const params = new URLSearchParams("zoek=%20cao%20&status=in_progress&ministerie=SZW&uitkomst=onzin&pagina=2");
    expect(parseBarrierFilters(params)).toEqual({ search: "cao", status: "in_progress", ministry: "SZW", page: 2 });
    expect(parseBarrierFilters(new URLSearchParams("pagina=-3&status=kapot"))).toEqual({ page: 1 });
  });

  it("round-trip", () => {
    const filters = { search: "RR-0012", outcome: "remains" as const, page: 3 };
    expect(parseBarrierFilters(barrierFiltersToParams(filters))).toEqual(filters);
    expect(barrierFiltersToParams({ page: 1 }).toString()).toBe("");
  });
});
