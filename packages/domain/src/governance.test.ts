import { describe, expect, it } from "vitest";
import { completeGovernance, governanceInputSchema, governanceItems, hasGovernance } from "./governance.ts";

describe("governance in the region (figure 16)", () => {
  it("has the eight items of the publication with Dutch labels", () => {
    expect(governanceItems).toHaveLength(8);
    expect(governanceItems[0].label).toBe("Structureel bestuurlijk overleg");
    expect(governanceItems.at(-1)?.label).toBe("Onderwijs en zorg vervlechten hun activiteiten");
  });

  it("lists every item in order, items without an entry as 'no' now and in 5 years", () => {
    const complete = completeGovernance([{ itemKey: "lifelong_learning", now: false, inFiveYears: true }]);
    expect(complete.map((e) => e.itemKey)).toEqual(governanceItems.map((i) => i.key));
    expect(complete.find((e) => e.itemKey === "lifelong_learning")).toEqual({ itemKey: "lifelong_learning", now: false, inFiveYears: true });
    expect(hasGovernance(complete)).toBe(true);
    expect(hasGovernance(completeGovernance([]))).toBe(false);
  });

  it("refuses an item twice and an unknown item", () => {
    const twice = governanceInputSchema.safeParse([
      { itemKey: "regional_vision", now: true, inFiveYears: true },
      { itemKey: "regional_vision", now: false, inFiveYears: true },
    ]);
    expect(twice.success).toBe(false);
    expect(governanceInputSchema.safeParse([{ itemKey: "unknown", now: true, inFiveYears: true }]).success).toBe(false);
  });
});
