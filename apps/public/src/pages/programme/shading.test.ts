import { describe, expect, it } from "vitest";
import { shadeOf, shadeRanges } from "./shading.ts";

describe("the map's shading", () => {
  it("puts the highest value in the darkest class and small values in the lightest", () => {
    expect(shadeOf(120, 120)).toBe(4);
    expect(shadeOf(1, 120)).toBe(1);
    expect(shadeOf(61, 120)).toBe(3);
    expect(shadeOf(0, 120)).toBe(1);
  });

  it("gives a region without a value no class", () => {
    expect(shadeOf(null, 120)).toBeNull();
  });

  it("describes equal ranges from zero to the maximum", () => {
    expect(shadeRanges(100)).toEqual([
      [0, 25],
      [25, 50],
      [50, 75],
      [75, 100],
    ]);
  });
});
