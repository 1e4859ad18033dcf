import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const here = fileURLToPath(new URL(".", import.meta.url));
const files = [
  ...readdirSync(here)
    .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))
    .map((name) => join(here, name)),
  join(here, "..", "messages.ts"),
  join(here, "..", "..", "..", "..", "packages", "ui", "src", "messages.ts"),
];

/** The string literals of a source file (single, double and template quotes). */
function strings(source: string): string[] {
  return [...source.matchAll(/"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)].map((m) => m[1] ?? m[2] ?? "");
}

describe("the public site's form of address", () => {
  it("says 'je', never the formal 'u' or 'uw'", () => {
    const formal = files.flatMap((file) =>
      strings(readFileSync(file, "utf8"))
        .filter((text) => /(?:^|[\s(])(?:u|uw|U|Uw)(?=[\s.,;:!?)]|$)/.test(text))
        .map((text) => `${file.split("/").slice(-2).join("/")}: ${text}`),
    );
    expect(formal).toEqual([]);
  });
});
