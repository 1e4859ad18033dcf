import { describe, expect, it } from "vitest";
import { listFilterCodec, parsePage, schemaParam, searchParam, urlListFilters, wordParam, yesNoParam } from "./list-filters.ts";

/** Stands in for a zod enum: the codec only needs `safeParse`. */
const statusSchema = {
  safeParse: (value: unknown) => (value === "open" || value === "closed" ? { success: true as const, data: value } : { success: false as const }),
};

const codec = listFilterCodec({
  search: searchParam("zoek"),
  status: schemaParam("status", statusSchema),
  period: wordParam("tijd", { upcoming: "komend", past: "voorbij" }),
  published: yesNoParam("publicatie"),
});

describe("list filters in the URL", () => {
  it("reads known values and drops what the API would refuse", () => {
    const params = new URLSearchParams("zoek=%20zorg%20&status=open&tijd=komend&publicatie=nee&pagina=3");
    expect(codec.parse(params)).toEqual({ search: "zorg", status: "open", period: "upcoming", published: false, page: 3 });
    expect(codec.parse(new URLSearchParams("status=kapot&tijd=upcoming&publicatie=misschien&zoek=%20%20&pagina=-2"))).toEqual({ page: 1 });
  });

  it("cuts a long search at the maximum length", () => {
    expect(codec.parse(new URLSearchParams({ zoek: "a".repeat(150) })).search).toHaveLength(100);
  });

  it("takes only a positive whole page number of at most six digits", () => {
    expect([parsePage("2"), parsePage("0"), parsePage("1.5"), parsePage("1e3"), parsePage("9999999"), parsePage(null)]).toEqual([2, 1, 1, 1, 1, 1]);
  });

  it("writes only what differs from the defaults, in the URL's own words, and round-trips", () => {
    expect(codec.toParams({ page: 1 }).toString()).toBe("");
    const filters = { search: "Noord", period: "past" as const, published: true, page: 2 };
    expect(codec.toParams(filters).toString()).toBe("zoek=Noord&tijd=voorbij&publicatie=ja&pagina=2");
    expect(codec.parse(codec.toParams(filters))).toEqual(filters);
  });

  it("knows whether any filter is set, and links to the filtered list", () => {
    expect(codec.isActive({ page: 4 })).toBe(false);
    expect(codec.isActive({ published: false, page: 1 })).toBe(true);
    expect(codec.href("/lijst", { page: 1 })).toBe("/lijst");
    expect(codec.href("/lijst", { status: "closed", page: 1 })).toBe("/lijst?status=closed");
  });

  it("changes the page without losing the filters, and clears them back to page 1", () => {
    const written: string[] = [];
    const state = urlListFilters(codec, [new URLSearchParams("status=open&pagina=2"), (next) => written.push(next.toString())]);
    expect(state.filters).toEqual({ status: "open", page: 2 });
    state.setPage(3);
    state.clear();
    state.apply({ search: "x", page: 1 });
    expect(written).toEqual(["status=open&pagina=3", "", "zoek=x"]);
  });
});
