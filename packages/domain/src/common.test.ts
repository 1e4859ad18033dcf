import { describe, expect, it } from "vitest";
import { centsSchema, FORBIDDEN_CHARACTER_MESSAGE, integer, optionalText, searchSchema, slugParamSchema, slugSchema, text, versionSchema } from "./common.ts";

const messagesOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((i) => i.message) ?? [];

describe("text", () => {
  const name = text({ min: 2, max: 10, minMessage: "Te kort." });

  it("trims and bounds", () => {
    expect(name.parse("  Noord  ")).toBe("Noord");
    expect(messagesOf(name.safeParse(" a "))).toEqual(["Te kort."]);
    expect(messagesOf(name.safeParse("x".repeat(11)))).toEqual(["Gebruik hoogstens 10 tekens."]);
  });

  it.each([
    ["NUL", "Zorg\u0000pact"],
    ["a lone high surrogate", "Zorg\uD800pact"],
    ["a lone low surrogate", "\uDC00Zorg"],
    ["a high surrogate at the end", "Zorg\uD83D"],
  ])("refuses %s in Dutch", (_, value) => {
    expect(messagesOf(name.safeParse(value))).toEqual([FORBIDDEN_CHARACTER_MESSAGE]);
  });

  it("accepts characters outside the basic plane as whole pairs", () => {
    expect(name.parse("Zorg 😀")).toBe("Zorg 😀");
  });

  it("keeps a password's spaces when asked", () => {
    expect(text({ max: 20, trim: false }).parse("  geheim  ")).toBe("  geheim  ");
  });

  it("turns an empty optional text into null", () => {
    expect(optionalText({ max: 5 }).parse("   ")).toBeNull();
    expect(optionalText({ max: 5 }).parse(undefined)).toBeNull();
    expect(optionalText({ max: 5 }).safeParse("a\u0000").success).toBe(false);
  });

  it("guards slugs and searches as they arrive from addresses", () => {
    for (const schema of [slugSchema, slugParamSchema, searchSchema]) expect(schema.safeParse("noord\u0000").success).toBe(false);
  });
});

describe("numbers within their columns", () => {
  it("bounds versions to a 32-bit integer column", () => {
    expect(versionSchema.safeParse(2 ** 31 - 1).success).toBe(true);
    expect(versionSchema.safeParse(2 ** 31).success).toBe(false);
    expect(versionSchema.safeParse(0).success).toBe(false);
    expect(versionSchema.safeParse(1.5).success).toBe(false);
  });

  it("bounds integers to int4 by default and money to safe integers", () => {
    expect(integer().safeParse(2 ** 31).success).toBe(false);
    expect(centsSchema.safeParse(2 ** 31).success).toBe(true);
    expect(centsSchema.safeParse(Number.MAX_SAFE_INTEGER + 1).success).toBe(false);
    expect(centsSchema.safeParse(-1).success).toBe(false);
  });
});
