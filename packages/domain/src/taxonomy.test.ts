import { describe, expect, it } from "vitest";
import { parentIssue, taxonomyCreateInputSchema } from "./taxonomy.ts";

describe("taxonomy terms", () => {
  it("puts a result area under a result domain that is in use, and a theme under nothing", () => {
    expect(parentIssue("result_area", { kind: "result_domain", retired: false })).toBeNull();
    expect(parentIssue("result_area", null)).toMatch(/resultaatdomein/);
    expect(parentIssue("result_area", { kind: "theme", retired: false })).toMatch(/resultaatdomein/);
    expect(parentIssue("result_area", { kind: "result_domain", retired: true })).toMatch(/nog in gebruik/);
    expect(parentIssue("effect_category", { kind: "target_group", retired: false })).toBeNull();
    expect(parentIssue("theme", null)).toBeNull();
    expect(parentIssue("theme", { kind: "theme", retired: false })).not.toBeNull();
  });

  it("needs a label of at least two characters", () => {
    expect(taxonomyCreateInputSchema.safeParse({ kind: "theme", label: " x " }).error?.issues[0]?.path).toEqual(["label"]);
    expect(taxonomyCreateInputSchema.parse({ kind: "theme", label: " Armoede en schulden " }).label).toBe("Armoede en schulden");
  });
});
