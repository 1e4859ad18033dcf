import { describe, expect, it } from "vitest";
import { regionFieldsSchema } from "./region.ts";

describe("region fields", () => {
  const noord = { name: "Noord", provinces: ["Groningen", "Friesland", "Drenthe"], latitude: 53.2, longitude: 6.6 };

  it("accepts a region with provinces and a point in the Netherlands", () => {
    expect(regionFieldsSchema.safeParse(noord).success).toBe(true);
  });

  it("catches a swapped latitude and longitude", () => {
    const swapped = regionFieldsSchema.safeParse({ ...noord, latitude: 6.6, longitude: 53.2 });
    expect(swapped.error?.issues.map((i) => i.path[0])).toEqual(["latitude", "longitude"]);
  });

  it("needs at least one province, each once, from the twelve", () => {
    expect(regionFieldsSchema.safeParse({ ...noord, provinces: [] }).success).toBe(false);
    expect(regionFieldsSchema.safeParse({ ...noord, provinces: ["Groningen", "Groningen"] }).success).toBe(false);
    expect(regionFieldsSchema.safeParse({ ...noord, provinces: ["Vlaanderen"] }).success).toBe(false);
  });
});
