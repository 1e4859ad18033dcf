import { describe, expect, it } from "vitest";
import { changedFields, mergeTyped, type SameField } from "./form-changes.ts";

interface Values {
  name: string;
  themeIds: string[];
  budget: string;
}

const saved: Values = { name: "Zorgpact Noord", themeIds: ["a", "b"], budget: "1.000" };

describe("changedFields (skipping a save with nothing in it)", () => {
  it("finds no change when only surrounding spaces differ", () => {
    expect(changedFields(saved, { ...saved, name: "  Zorgpact Noord " })).toEqual([]);
  });

  it("names the fields that differ, lists and text alike", () => {
    expect(changedFields(saved, { ...saved, themeIds: ["a"], budget: "2.000" })).toEqual(["themeIds", "budget"]);
  });

  it("looks only at the fields given, with the form's own comparison", () => {
    const sameSet: SameField<Values> = (field, a, b) =>
      field === "themeIds" ? [...a.themeIds].sort().join() === [...b.themeIds].sort().join() : a[field] === b[field];
    expect(changedFields(saved, { ...saved, themeIds: ["b", "a"], budget: "9" }, ["name", "themeIds"], sameSet)).toEqual([]);
  });
});

describe("mergeTyped (after Nieuwste versie laden)", () => {
  it("keeps the stored version where the user changed nothing and puts the user's changes on top", () => {
    const typed = { ...saved, name: "Zorgpact Noord-Holland" };
    const stored = { ...saved, budget: "5.000" };
    expect(mergeTyped(saved, typed, stored)).toEqual({
      values: { name: "Zorgpact Noord-Holland", themeIds: ["a", "b"], budget: "5.000" },
      mine: ["name"],
      theirs: ["budget"],
      both: [],
    });
  });

  it("names a field changed on both sides to different values, and not one both changed alike", () => {
    const typed = { ...saved, name: "Mijn naam", budget: "2.000" };
    const stored = { ...saved, name: "Hun naam", budget: "2.000" };
    const merged = mergeTyped(saved, typed, stored);
    expect(merged.both).toEqual(["name"]);
    expect(merged.values.name).toBe("Mijn naam");
  });
});
