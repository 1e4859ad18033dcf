import { describe, expect, it } from "vitest";
import { searchExcerpt, searchInputSchema } from "./search.ts";

const long =
  "Zorgtechniek Limburg leidt studenten op tot zorgtechnicus. In september 2015 volgden 2000 studenten de e-learningmodules van de ZTL Academy, en 71 studenten volgen de opleiding op twee locaties in de provincie Limburg.";

describe("searchExcerpt", () => {
  it("returns a short text whole, with its whitespace tidied", () => {
    expect(searchExcerpt("Een  korte\nbeschrijving.", "kort")).toBe("Een korte beschrijving.");
  });

  it("shows the text around the first match, cut at words, with ellipses", () => {
    const excerpt = searchExcerpt(long, "twee locaties", 80);
    expect(excerpt).toContain("twee locaties");
    expect(excerpt.startsWith("…")).toBe(true);
    expect(excerpt.length).toBeLessThanOrEqual(82);
    expect(
      excerpt
        .replace(/…/g, "")
        .split(" ")
        .every((word) => long.includes(word)),
    ).toBe(true);
  });

  it("shows the start of the text when the description does not match", () => {
    const excerpt = searchExcerpt(long, "Noord", 60);
    expect(excerpt.startsWith("Zorgtechniek Limburg")).toBe(true);
    expect(excerpt.endsWith("…")).toBe(true);
  });
});

describe("searchInputSchema", () => {
  it("trims the query and starts at page 1", () => {
    expect(searchInputSchema.parse({ q: "  Limburg " })).toEqual({ q: "Limburg", page: 1 });
  });

  it("refuses a query of fewer than 2 characters in Dutch", () => {
    const result = searchInputSchema.safeParse({ q: " a " });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Typ minstens 2 tekens.");
  });
});
