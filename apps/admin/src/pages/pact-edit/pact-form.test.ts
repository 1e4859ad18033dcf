import { describe, expect, it } from "vitest";
import type { PactEditDetail } from "@zorgpact/domain/pact";
import { changedFields, pactFormFields, pactFormValues, pactUpdateInput, rebase, type PactFormValues } from "./pact-form.ts";

const ID = "3f1c1a52-6a7e-4b7e-9d52-2f7b1e0c9a11";
const REGION = "5b0f2c8e-1d4a-4c3b-8e2f-9a7d6c5b4a31";

function detail(overrides: Partial<PactEditDetail> = {}): PactEditDetail {
  return {
    id: ID,
    slug: "zorgpact-noord",
    kind: "regional_pact",
    name: "Zorgpact Noord",
    description: "Samen aan de slag.",
    region: { id: REGION, name: "Noord-Nederland", provinces: ["Groningen"], latitude: 53.2, longitude: 6.5 },
    startDate: "2015-11-01",
    publicationStatus: "published",
    admissionStatus: null,
    collaborationForm: "light",
    functions: ["platform"],
    currentPhase: 3,
    phaseHistory: [],
    checklist: [],
    partners: [],
    leadOrganisation: null,
    goldenTriangle: { care: false, education: false, government: false, complete: false },
    themes: [],
    contactName: "Anna",
    contactEmail: null,
    fundingStreams: [{ id: ID, source: "Provincie", amountCents: 1_000_000, inKind: false }],
    governance: [],
    followUp: null,
    parentPact: null,
    frontRunners: [],
    chain: {
      nodes: [],
      links: [],
      indicators: [],
      completeness: { effectsWithoutResult: [], resultsWithoutActivity: [], activitiesWithoutInput: [], complete: true },
    },
    version: 4,
    updatedAt: "2026-01-01T00:00:00Z",
    archivedAt: null,
    application: null,
    review: null,
    ...overrides,
  };
}

describe("pactFormFields", () => {
  it("shows functions and governance for regional pacts, follow-up for admitted front-runners, the link for the national team only", () => {
    expect(pactFormFields({ kind: "regional_pact", admissionStatus: null }, false)).toContain("governance");
    expect(pactFormFields({ kind: "breeding_ground", admissionStatus: null }, true)).not.toContain("functions");
    expect(pactFormFields({ kind: "front_runner", admissionStatus: "applied" }, true)).not.toContain("adoption");
    expect(pactFormFields({ kind: "front_runner", admissionStatus: "admitted" }, false)).toEqual(expect.arrayContaining(["adoption", "challenges"]));
    expect(pactFormFields({ kind: "front_runner", admissionStatus: "admitted" }, false)).not.toContain("parentPactId");
    expect(pactFormFields({ kind: "front_runner", admissionStatus: "admitted" }, true)).toContain("parentPactId");
  });
});

describe("changedFields and pactUpdateInput", () => {
  const fields = pactFormFields({ kind: "regional_pact", admissionStatus: null }, true);

  it("sends only what changed, with empty text as null and euros as cents", () => {
    const base = pactFormValues(detail());
    const values: PactFormValues = {
      ...base,
      contactName: "  ",
      fundingStreams: [...base.fundingStreams, { key: "x", source: "OCW (RIF mbo)", amount: "2.500,50", inKind: false }],
    };
    const changed = changedFields(base, values, fields);
    expect(changed).toEqual(["contactName", "fundingStreams"]);
    const result = pactUpdateInput(values, changed, { id: ID, version: 4 }, "ongeldig bedrag");
    expect(result).toEqual({
      ok: true,
      input: {
        id: ID,
        version: 4,
        contactName: null,
        fundingStreams: [
          { source: "Provincie", amountCents: 1_000_000, inKind: false },
          { source: "OCW (RIF mbo)", amountCents: 250_050, inKind: false },
        ],
      },
    });
  });

  it("puts a funding stream's errors at its row and the domain's messages at their field", () => {
    const base = pactFormValues(detail());
    const values: PactFormValues = {
      ...base,
      name: "X",
      fundingStreams: [{ key: "a", source: "", amount: "veel", inKind: false }],
    };
    const result = pactUpdateInput(values, changedFields(base, values, fields), { id: ID, version: 4 }, "Geef een bedrag in euro's.");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors["name"]).toBe("Geef een naam van minstens 2 tekens.");
    expect(result.errors["fundingStreams.0.amount"]).toBe("Geef een bedrag in euro's.");
    expect(result.errors["fundingStreams.0.source"]).toMatch(/bron/);
  });

  it("ignores the order of chosen themes and whitespace around text", () => {
    const base = { ...pactFormValues(detail()), themeIds: ["a", "b"] };
    expect(changedFields(base, { ...base, themeIds: ["b", "a"], name: " Zorgpact Noord " }, fields)).toEqual([]);
  });
});

describe("rebase", () => {
  const fields = pactFormFields({ kind: "regional_pact", admissionStatus: null }, false);

  it("keeps what the user typed on top of the newest version and names the fields changed on both sides", () => {
    const base = pactFormValues(detail());
    const typed = { ...base, contactName: "Bram", description: base.description };
    const latest = pactFormValues(detail({ version: 5, contactName: "Carla", description: "Nieuwe tekst." }));
    const result = rebase(base, typed, latest, fields);
    expect(result.values.contactName).toBe("Bram");
    expect(result.values.description).toBe("Nieuwe tekst.");
    expect(result.mine).toEqual(["contactName"]);
    expect(result.theirs).toEqual(["description", "contactName"]);
    expect(result.both).toEqual(["contactName"]);
  });
});
