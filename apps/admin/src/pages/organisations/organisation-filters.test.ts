import { describe, expect, it } from "vitest";
import { organisationFiltersToParams, parseOrganisationFilters } from "./organisation-filters.ts";

describe("organisation filters in the URL", () => {
  it("reads search, sector and page, and drops what the API would refuse", () => {
    expect(parseOrganisationFilters(new URLSearchParams("zoek=%20Noord%20&sector=education&pagina=3"))).toEqual({
      search: "Noord",
      sector: "education",
      page: 3,
    });
    expect(parseOrganisationFilters(new URLSearchParams("sector=ziekenhuis&pagina=-1"))).toEqual({ page: 1 });
  });

  it("writes only what differs from the defaults", () => {
    expect(organisationFiltersToParams({ page: 1, sector: "government" }).toString()).toBe("sector=government");
    expect(organisationFiltersToParams({ page: 2, search: "Albeda" }).toString()).toBe("zoek=Albeda&pagina=2");
  });
});
