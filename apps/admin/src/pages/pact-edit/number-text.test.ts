import { describe, expect, it } from "vitest";
import { decimalText, euroText, parseDecimal, parseEuroCents, todayInNetherlands } from "./number-text.ts";

describe("parseEuroCents", () => {
  it.each([
    ["10.000", 1_000_000],
    ["2.500,50", 250_050],
    ["12,5", 1_250],
    ["12.50", 1_250],
    ["€ 1.234.567", 123_456_700],
    ["0", 0],
  ])("reads %j as %i cents", (text, cents) => {
    expect(parseEuroCents(text)).toBe(cents);
  });

  it("treats an empty field as no amount and rejects what is not an amount", () => {
    expect(parseEuroCents("  ")).toBeNull();
    for (const text of ["tien", "1,234", "1.23.4", "-5", "12,345"]) expect(parseEuroCents(text), text).toBe("invalid");
  });

  it("writes cents back the way the field reads them", () => {
    for (const cents of [1_000_000, 250_050, 1_250, 99]) expect(parseEuroCents(euroText(cents))).toBe(cents);
    expect(euroText(null)).toBe("");
  });
});

describe("parseDecimal", () => {
  it("accepts a decimal comma or point", () => {
    expect(parseDecimal("53,2191")).toBe(53.2191);
    expect(parseDecimal("6.5665")).toBe(6.5665);
    expect(parseDecimal("")).toBeNull();
    expect(parseDecimal("53,2,1")).toBe("invalid");
    expect(decimalText(53.2191)).toBe("53,2191");
  });
});

describe("todayInNetherlands", () => {
  it("gives the Dutch calendar day, also just after midnight there", () => {
    expect(todayInNetherlands(new Date("2026-03-01T23:30:00Z"))).toBe("2026-03-02");
    expect(todayInNetherlands(new Date("2026-07-15T10:00:00Z"))).toBe("2026-07-15");
  });
});
