import { describe, expect, it } from "vitest";

// Every public message file as text (Vite reads them at test time), and the shared UI messages.
const sources: Record<string, string> = import.meta.glob(["./*.ts", "!./*.test.ts", "../messages.ts", "../../../../packages/ui/src/messages.ts"], {
  query: "?raw",
  import: "default",
  eager: true,
});

/** The string literals of a source file (single, double and template quotes). */
function strings(source: string): string[] {
  return [...source.matchAll(/"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)].map((m) => m[1] ?? m[2] ?? "");
}

describe("the public site's form of address", () => {
  it("says 'je', never the formal 'u' or 'uw'", () => {
    expect(Object.keys(sources).length).toBeGreaterThan(10);
    const formal = Object.entries(sources).flatMap(([file, source]) =>
      strings(source)
        .filter((text) => /(?:^|[\s(])(?:u|uw|U|Uw)(?=[\s.,;:!?)]|$)/.test(text))
        .map((text) => `${file}: ${text}`),
    );
    expect(formal).toEqual([]);
  });
});
