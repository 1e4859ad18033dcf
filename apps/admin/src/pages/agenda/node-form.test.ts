import { describe, expect, it } from "vitest";
import { nodeCreateInputSchema, type AgendaNode } from "@zorgpact/domain/agenda";
import { nodeFormFields, nodeFormValues } from "./node-form.ts";

const ISSUE = "00000000-0000-4000-8000-000000000001";
const ORG = "00000000-0000-4000-8000-000000000002";

describe("nodeFormFields", () => {
  it("turns a Dutch amount into cents for an input", () => {
    const values = { ...nodeFormValues(null), title: "Subsidie provincie", amountCents: "10.000", fundingSource: "Provincie" };
    const { fields, errors } = nodeFormFields("input", values);
    expect(errors).toEqual({});
    const parsed = nodeCreateInputSchema.parse({ ...fields, issueId: ISSUE });
    expect(parsed).toMatchObject({ kind: "input", amountCents: 1_000_000, fte: null, inKind: null, fundingSource: "Provincie", description: null });
  });

  it("sends an input's regeling, which then stands in for the source in words", () => {
    const values = { ...nodeFormValues(null), title: "RIF-subsidie", amountCents: "950.000", regulationId: ORG };
    const parsed = nodeCreateInputSchema.parse({ ...nodeFormFields("input", values).fields, issueId: ISSUE });
    expect(parsed).toMatchObject({ regulationId: ORG, fundingSource: null });
    expect(nodeFormFields("input", { ...values, regulationId: "" }).fields).toMatchObject({ regulationId: null });
  });

  it("names the field that holds something other than an amount or number", () => {
    const values = { ...nodeFormValues(null), title: "X", amountCents: "veel", fte: "twee" };
    expect(nodeFormFields("input", values).errors).toEqual({
      amountCents: "Geef een bedrag in euro's, bijvoorbeeld 10.000 of 2.500,50.",
      fte: "Geef een getal, bijvoorbeeld 20 of 2,5.",
    });
  });

  it("asks for an owner and a start date of an activity, and sends no end date when empty", () => {
    const empty = nodeFormFields("activity", { ...nodeFormValues(null), title: "Leerwerkplaats" });
    expect(Object.keys(empty.errors).sort()).toEqual(["ownerOrganisationId", "periodStart"]);
    const filled = nodeFormFields("activity", { ...nodeFormValues(null), title: "Leerwerkplaats", ownerOrganisationId: ORG, periodStart: "2026-01-01" });
    expect(filled.fields).toMatchObject({ ownerOrganisationId: ORG, periodStart: "2026-01-01", periodEnd: null, status: "planned" });
  });

  it("reads the quantity of a result with a decimal comma", () => {
    const { fields } = nodeFormFields("result", { ...nodeFormValues(null), title: "Stageplaatsen", termId: ORG, quantity: "20", unit: "studenten" });
    expect(fields).toMatchObject({ termId: ORG, quantity: 20, unit: "studenten" });
  });
});

describe("nodeFormValues", () => {
  it("fills the form from a stored node, amounts the Dutch way", () => {
    const node = {
      id: ORG,
      issueId: ISSUE,
      kind: "input",
      title: "RIF",
      description: null,
      termId: null,
      amountCents: 95_000_000,
      fte: 2.4,
      inKind: null,
      fundingSource: "OCW",
      regulationId: null,
      ownerOrganisationId: null,
      periodStart: null,
      periodEnd: null,
      status: null,
      quantity: null,
      unit: null,
      version: 3,
    } satisfies AgendaNode;
    expect(nodeFormValues(node)).toMatchObject({ amountCents: "950.000", fte: "2,4", fundingSource: "OCW", issueId: ISSUE, description: "" });
  });
});
