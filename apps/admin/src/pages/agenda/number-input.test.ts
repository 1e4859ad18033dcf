import { describe, expect, it } from "vitest";
import { decimalInput, euroInput, parseDecimal, parseEuroToCents } from "./number-input.ts";

describe("parseEuroToCents", () => {
  it("reads amounts the Dutch way: dots group thousands, a comma starts the cents", () => {
    expect(parseEuroToCents("10.000")).toBe(1_000_000);
    expect(parseEuroToCents("€ 2.500,50")).toBe(250_050);
    expect(parseEuroToCents("1.234.567")).toBe(123_456_700);
    expect(parseEuroToCents("12,5")).toBe(1250);
    expect(parseEuroToCents("10000")).toBe(1_000_000);
  });

  it("takes a point with one or two decimals as a decimal point", () => {
    expect(parseEuroToCents("12.50")).toBe(1250);
  });

  it("tells an empty field from something that is not an amount", () => {
    expect(parseEuroToCents("  ")).toBeNull();
    expect(parseEuroToCents("tien euro")).toBe("invalid");
    expect(parseEuroToCents("1,234,5")).toBe("invalid");
    expect(parseEuroToCents("-5")).toBe("invalid");
  });

  it("writes cents back so they read again as the same amount", () => {
    expect(euroInput(1_000_000)).toBe("10.000");
    expect(euroInput(250_050)).toBe("2.500,50");
    expect(parseEuroToCents(euroInput(123_456_789))).toBe(123_456_789);
    expect(euroInput(null)).toBe("");
  });
});

describe("parseDecimal", () => {
  it("reads a decimal comma or point", () => {
    expect(parseDecimal("2,4")).toBe(2.4);
    expect(parseDecimal("2.4")).toBe(2.4);
    expect(parseDecimal("1.234,5")).toBe(1234.5);
    expect(parseDecimal("-3")).toBe(-3);
    expect(parseDecimal("")).toBeNull();
    expect(parseDecimal("twee")).toBe("invalid");
  });

  it("writes a number with a decimal comma", () => {
    expect(decimalInput(2.4)).toBe("2,4");
    expect(decimalInput(20)).toBe("20");
    expect(decimalInput(null)).toBe("");
  });
});
