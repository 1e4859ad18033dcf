import { describe, expect, it } from "vitest";
import { differingRegionFields, regionFormValues, regionInput } from "./region-form.ts";

describe("region form", () => {
  it("reads coordinates with a decimal comma and checks them with the domain's bounds", () => {
    expect(regionInput({ name: "Noord-Nederland", provinces: ["Groningen", "Drenthe"], latitude: "53,2", longitude: "6,57" })).toEqual({
      ok: true,
      data: { name: "Noord-Nederland", provinces: ["Groningen", "Drenthe"], latitude: 53.2, longitude: 6.57 },
      errors: {},
    });
    const swapped = regionInput({ name: "Noord", provinces: ["Groningen"], latitude: "6,57", longitude: "53,2" });
    expect(swapped.errors["latitude"]).toMatch(/breedtegraad/);
  });

  it("asks for a province and a number", () => {
    const result = regionInput({ name: "X Y", provinces: [], latitude: "noord", longitude: "" });
    expect(result.errors).toMatchObject({
      provinces: "Kies minstens één provincie.",
      latitude: "Geef een getal, bijvoorbeeld 53,2.",
      longitude: "Vul een getal in.",
    });
  });

  it("compares coordinates as numbers", () => {
    const stored = regionFormValues({ name: "Noord", provinces: ["Groningen"], latitude: 53.2, longitude: 6.5 });
    expect(differingRegionFields({ ...stored, latitude: "53.20" }, stored)).toEqual([]);
    expect(differingRegionFields({ ...stored, provinces: ["Drenthe"] }, stored)).toEqual(["provinces"]);
  });
});
