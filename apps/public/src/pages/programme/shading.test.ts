import { describe, expect, it } from "vitest";
import { classWidth, shadeBounds, shadeOf } from "./shading.ts";

describe("the map's shading", () => {
  it("makes classes of whole steps: 265 students in four classes of 67", () => {
    expect(classWidth(265, 1)).toBe(67);
    expect(shadeBounds(67)).toEqual([67, 134, 201, 268]);
    expect(classWidth(12_345_67, 100)).toBe(308_700);
    expect(classWidth(0, 1)).toBe(0);
  });

  it("puts the highest value in the darkest class and small values in the lightest", () => {
    expect(shadeOf(265, 67)).toBe(4);
    expect(shadeOf(104, 67)).toBe(2);
    expect(shadeOf(1, 67)).toBe(1);
    expect(shadeOf(0, 67)).toBe(1);
  });

  it("gives a region without a value no class", () => {
    expect(shadeOf(null, 67)).toBeNull();
  });
});
