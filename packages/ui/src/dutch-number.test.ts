import { describe, expect, it } from "vitest";
import { decimalText, euroText, parseDecimal, parseEuroCents } from "./dutch-number.ts";

describe("parseEuroCents", () => {
  it.each([
    ["10.000", 1_000_000],
    ["€ 2.500,50", 250_050],
    ["1.234.567", 123_456_700],
    ["12,5", 1_250],
    ["12.50", 1_250],
    ["10000", 1_000_000],
    ["0", 0],
  ])("reads %j as %i cents", (text, cents) => {
    expect(parseEuroCents(text)).toBe(cents);
  });

  it("treats an empty field as no amount and refuses what is not an amount", () => {
    expect(parseEuroCents("  ")).toBeNull();
    for (const text of ["tien euro", "1,234", "1,234,5", "1.23.4", "-5", "12,345"]) expect(parseEuroCents(text), text).toBe("invalid");
  });

  it("writes cents back so they read again as the same amount", () => {
    for (const cents of [1_000_000, 250_050, 1_250, 99, 123_456_789]) expect(parseEuroCents(euroText(cents))).toBe(cents);
    expect(euroText(1_000_000)).toBe("10.000");
    expect(euroText(250_050)).toBe("2.500,50");
    expect(euroText(null)).toBe("");
  });
});

describe("parseDecimal", () => {
  it("reads a decimal comma or point, and dots as thousands when a comma follows", () => {
    expect(parseDecimal("2,4")).toBe(2.4);
    expect(parseDecimal("53,2191")).toBe(53.2191);
    expect(parseDecimal("6.5665")).toBe(6.5665);
    expect(parseDecimal("1.234,5")).toBe(1234.5);
    expect(parseDecimal("-3")).toBe(-3);
  });

  it("tells an empty field from something that is not a number", () => {
    expect(parseDecimal("")).toBeNull();
    expect(parseDecimal("twee")).toBe("invalid");
    expect(parseDecimal("53,2,1")).toBe("invalid");
    expect(parseDecimal("1e5")).toBe("invalid");
  });

  it("writes a number with a decimal comma", () => {
    expect(decimalText(2.4)).toBe("2,4");
    expect(decimalText(53.2191)).toBe("53,2191");
    expect(decimalText(20)).toBe("20");
    expect(decimalText(null)).toBe("");
  });
});
