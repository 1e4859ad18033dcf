import { describe, expect, it } from "vitest";
import { EMPTY_FOLLOW_UP } from "./front-runner.ts";
import { fundingStreamInputSchema, pactCreateInputSchema, pactShapeIssues, pactUpdateInputSchema, publicationIssue, slugify, type PactShape } from "./pact.ts";

const id = "00000000-0000-4000-8000-000000000001";
const regional: PactShape = {
  kind: "regional_pact",
  admissionStatus: null,
  functions: ["platform", "podium"],
  collaborationForm: "light",
  governance: [{ itemKey: "regional_vision", now: true, inFiveYears: true }],
  followUp: null,
  parentKind: null,
};

describe("pact fields by kind", () => {
  it("lets a regional pact have functions, a collaboration form and governance", () => {
    expect(pactShapeIssues(regional)).toEqual([]);
  });

  it("refuses functions, a collaboration form and governance on a front-runner", () => {
    const issues = pactShapeIssues({ ...regional, kind: "front_runner", admissionStatus: "admitted" });
    expect(issues.map((i) => i.field)).toEqual(["functions", "collaborationForm", "governance"]);
  });

  it("allows follow-up only for an admitted front-runner", () => {
    const followUp = { ...EMPTY_FOLLOW_UP, adoption: "parts" as const };
    const frontRunner: PactShape = { ...regional, kind: "front_runner", functions: [], collaborationForm: null, governance: [], followUp };
    expect(pactShapeIssues({ ...frontRunner, admissionStatus: "admitted" })).toEqual([]);
    expect(pactShapeIssues({ ...frontRunner, admissionStatus: "under_review" }).map((i) => i.field)).toEqual(["followUp"]);
    // An empty follow-up is no follow-up.
    expect(pactShapeIssues({ ...frontRunner, admissionStatus: "applied", followUp: EMPTY_FOLLOW_UP })).toEqual([]);
  });

  it("gives an admission status to front-runners only", () => {
    expect(pactShapeIssues({ ...regional, admissionStatus: "applied" }).map((i) => i.field)).toEqual(["admissionStatus"]);
    expect(pactShapeIssues({ ...regional, kind: "front_runner", functions: [], collaborationForm: null, governance: [] }).map((i) => i.field)).toEqual([
      "admissionStatus",
    ]);
  });

  it("links a front-runner to a regional pact or breeding ground, and nothing else to anything", () => {
    const frontRunner: PactShape = { ...regional, kind: "front_runner", admissionStatus: "admitted", functions: [], collaborationForm: null, governance: [] };
    expect(pactShapeIssues({ ...frontRunner, parentKind: "regional_pact" })).toEqual([]);
    expect(pactShapeIssues({ ...frontRunner, parentKind: "breeding_ground" })).toEqual([]);
    expect(pactShapeIssues({ ...frontRunner, parentKind: "front_runner" }).map((i) => i.field)).toEqual(["parentPactId"]);
    expect(pactShapeIssues({ ...regional, parentKind: "national" }).map((i) => i.field)).toEqual(["parentPactId"]);
  });
});

describe("publication", () => {
  it("publishes a front-runner only once admitted", () => {
    expect(publicationIssue({ kind: "front_runner", admissionStatus: "under_review" }, "published")).toMatch(/toegelaten/);
    expect(publicationIssue({ kind: "front_runner", admissionStatus: "admitted" }, "published")).toBeNull();
    expect(publicationIssue({ kind: "front_runner", admissionStatus: "rejected" }, "draft")).toBeNull();
    expect(publicationIssue({ kind: "regional_pact", admissionStatus: null }, "published")).toBeNull();
  });
});

describe("pact inputs", () => {
  it("keeps fields that pact.update leaves out undefined, so they stay as stored", () => {
    const parsed = pactUpdateInputSchema.parse({ id, version: 3, name: "Zorgpact Noord" });
    expect(parsed).toEqual({ id, version: 3, name: "Zorgpact Noord" });
  });

  it("fills the defaults of a new pact", () => {
    const parsed = pactCreateInputSchema.parse({ kind: "regional_pact", name: "Zorgpact Zeeland" });
    expect(parsed).toMatchObject({ description: "", themeIds: [], fundingStreams: [], functions: [], governance: [], followUp: null, parentPactId: null });
  });

  it("needs an amount or 'in kind' for a funding stream, and refuses negative amounts", () => {
    expect(fundingStreamInputSchema.safeParse({ source: "Provincie Groningen" }).error?.issues[0]?.path).toEqual(["amountCents"]);
    expect(fundingStreamInputSchema.safeParse({ source: "Eigen organisaties", inKind: true }).success).toBe(true);
    expect(fundingStreamInputSchema.safeParse({ source: "RIF mbo", amountCents: -1 }).success).toBe(false);
    expect(fundingStreamInputSchema.safeParse({ source: "RIF mbo", amountCents: 12.5 }).success).toBe(false);
  });

  it("makes a slug from a name without accents or punctuation", () => {
    expect(slugify("Zorgpact Noord-Holland Noord")).toBe("zorgpact-noord-holland-noord");
    expect(slugify("Coöperatie Zorg & Welzijn!")).toBe("cooperatie-zorg-welzijn");
    expect(slugify("!!")).toBe("zorgpact");
  });
});
