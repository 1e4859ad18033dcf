import { describe, expect, it } from "vitest";
import { differingOrganisationFields, emptyOrganisationForm, organisationInput, withSector } from "./organisation-form.ts";

describe("organisation form", () => {
  it("sends empty level and place as null and checks the level against the sector", () => {
    expect(organisationInput({ name: "Tinten Welzijnsgroep", sector: "care_welfare", level: "", place: " " }, "Kies een sector.")).toEqual({
      ok: true,
      data: { name: "Tinten Welzijnsgroep", sector: "care_welfare", level: null, place: null },
      errors: {},
    });
    const noLevel = organisationInput({ name: "Noorderpoort", sector: "education", level: "", place: "Groningen" }, "Kies een sector.");
    expect(noLevel.ok).toBe(false);
    expect(noLevel.errors["level"]).toMatch(/Kies een niveau/);
  });

  it("asks for a sector in Dutch", () => {
    const result = organisationInput({ ...emptyOrganisationForm, name: "Iets" }, "Kies een sector.");
    expect(result.errors).toMatchObject({ sector: "Kies een sector." });
  });

  it("drops a level the new sector does not have", () => {
    expect(withSector({ name: "A", sector: "education", level: "mbo", place: "" }, "government").level).toBe("");
    expect(withSector({ name: "A", sector: "government", level: "gemeente", place: "" }, "government").level).toBe("gemeente");
  });

  it("names the fields that differ from what is stored", () => {
    const stored = { name: "Albeda", sector: "education" as const, level: "mbo" as const, place: "Rotterdam" };
    expect(differingOrganisationFields({ ...stored, place: "Schiedam" }, stored)).toEqual(["place"]);
  });
});
