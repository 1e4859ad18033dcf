import type { VolgspotRevision } from "@zorgpact/domain/volgspot";
import { describe, expect, it } from "vitest";
import { volgspotFormValues, volgspotUpdateInput, withFactor } from "./volgspot-form.ts";

const revision: VolgspotRevision = {
  id: "00000000-0000-4000-8000-000000000001",
  pactId: "00000000-0000-4000-8000-000000000002",
  year: 2017,
  revision: 1,
  status: "draft",
  heldOn: "2017-05-10",
  report: "Verslag",
  actionsAnswer: "",
  positionAnswer: "",
  factorsAnswer: "",
  newCollaborations: 2,
  collaborationsNote: "",
  themesNote: "",
  successFactors: ["Trekker"],
  failureFactors: [],
  participantOrganisationIds: [],
  guestNames: ["Wethouder", "Student"],
  results: [],
  submittedAt: null,
  decidedAt: null,
  returnComment: null,
  version: 3,
  updatedAt: "2017-05-10T10:00:00Z",
};

describe("Volgspot form", () => {
  it("round-trips a revision through the form, one list item per line", () => {
    const values = volgspotFormValues(revision);
    expect(values.guestNames).toBe("Wethouder\nStudent");
    const result = volgspotUpdateInput({ ...values, guestNames: " Wethouder \n\n Student\n" }, { id: revision.id, version: 3 }, "getal");
    expect(result.ok && result.data).toMatchObject({ guestNames: ["Wethouder", "Student"], newCollaborations: 2, successFactors: ["Trekker"], version: 3 });
  });

  it("refuses a count that is not a whole number, and an empty count means none", () => {
    const values = volgspotFormValues(revision);
    expect(volgspotUpdateInput({ ...values, newCollaborations: "2,5" }, revision, "getal").errors).toEqual({ newCollaborations: "getal" });
    const empty = volgspotUpdateInput({ ...values, newCollaborations: " " }, revision, "getal");
    expect(empty.ok && empty.data.newCollaborations).toBeNull();
  });

  it("names the list field when one line is wrong", () => {
    const result = volgspotUpdateInput({ ...volgspotFormValues(revision), successFactors: "Trekker\ntrekker" }, revision, "getal");
    expect(Object.keys(result.errors)).toEqual(["successFactors"]);
  });

  it("adds a suggested factor once", () => {
    expect(withFactor("", "Trekker")).toBe("Trekker");
    expect(withFactor("Visie\n", "Trekker")).toBe("Visie\nTrekker");
    expect(withFactor("trekker", "Trekker")).toBe("trekker");
  });
});
