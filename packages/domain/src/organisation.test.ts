import { describe, expect, it } from "vitest";
import { conflictingLead, goldenTriangle, organisationFieldsSchema, organisationUpdateInputSchema } from "./organisation.ts";

describe("organisation fields", () => {
  it("requires an education level for schools", () => {
    const result = organisationFieldsSchema.safeParse({ name: "ROC Tilburg", sector: "education" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["level"]);
    expect(organisationFieldsSchema.safeParse({ name: "ROC Tilburg", sector: "education", level: "mbo" }).success).toBe(true);
  });

  it("refuses an education level for a government body", () => {
    expect(organisationFieldsSchema.safeParse({ name: "Gemeente Rotterdam", sector: "government", level: "mbo" }).success).toBe(false);
    expect(organisationFieldsSchema.safeParse({ name: "Gemeente Rotterdam", sector: "government", level: "gemeente" }).success).toBe(true);
  });

  it("refuses a level for a sector without levels", () => {
    expect(organisationFieldsSchema.safeParse({ name: "Tinten Welzijnsgroep", sector: "care_welfare", level: "hbo" }).success).toBe(false);
  });
});

describe("golden triangle", () => {
  it("is complete only when care, education and government all take part", () => {
    expect(goldenTriangle([{ sector: "care_welfare" }, { sector: "education" }])).toEqual({
      care: true,
      education: true,
      government: false,
      complete: false,
    });
    expect(goldenTriangle([{ sector: "care_welfare" }, { sector: "education" }, { sector: "government" }]).complete).toBe(true);
  });

  it("does not count an employers' organisation as care", () => {
    expect(goldenTriangle([{ sector: "employers_organisation" }]).care).toBe(false);
  });
});

describe("partners of a pact", () => {
  const partners = [
    { id: "care", role: "lead" as const },
    { id: "school", role: "partner" as const },
  ];

  it("allows at most one lead: a second lead collides with the first", () => {
    expect(conflictingLead(partners, "school", "lead")?.id).toBe("care");
    expect(conflictingLead(partners, "care", "lead")).toBeUndefined();
    expect(conflictingLead(partners, "school", "partner")).toBeUndefined();
    expect(conflictingLead([], "school", "lead")).toBeUndefined();
  });

  it("checks the level on an update as on a new organisation", () => {
    const update = { id: "00000000-0000-4000-8000-000000000001", version: 1, name: "ROC Tilburg", sector: "education" };
    expect(organisationUpdateInputSchema.safeParse(update).error?.issues[0]?.path).toEqual(["level"]);
    expect(organisationUpdateInputSchema.safeParse({ ...update, level: "mbo" }).success).toBe(true);
  });
});
