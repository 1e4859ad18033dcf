import { describe, expect, it } from "vitest";
import { applicationAddInput, emptyApplicationForm, emptyRegulationForm, regulationCreateInput, regulationUpdateInput } from "./regulation-form.ts";

const rif = {
  ...emptyRegulationForm,
  name: "Regionaal investeringsfonds mbo",
  purpose: "Publiek-private samenwerking in het mbo.",
  startYear: "2014",
  endYear: "2018",
  budget: "125.000.000",
};

describe("regulation form", () => {
  it("reads the budget in euros with Dutch grouping as cents, and years as numbers", () => {
    const result = regulationCreateInput(rif);
    expect(result.ok && result.data).toMatchObject({ budgetCents: 12_500_000_000, startYear: 2014, endYear: 2018, link: null, conditions: null });
  });

  it("puts errors on the fields that were typed in", () => {
    const result = regulationCreateInput({ ...rif, budget: "veel", startYear: "'14" });
    expect(result.errors).toMatchObject({ budget: expect.stringMatching(/bedrag/), startYear: "Geef een jaartal, bijvoorbeeld 2014." });
    const reversed = regulationUpdateInput({ ...rif, startYear: "2018", endYear: "2014" }, { id: "7d3c2b1a-0000-4000-8000-000000000001", version: 1 });
    expect(reversed.errors).toEqual({ endYear: "Het eindjaar ligt niet voor het beginjaar." });
  });

  it("shows the schema's refusal of the budget (budgetCents) on the budget field", () => {
    const result = regulationCreateInput({ ...rif, budget: "-5" });
    expect(Object.keys(result.errors)).toEqual(["budget"]);
  });
});

describe("application form", () => {
  it("asks for a pact and reads the amount", () => {
    const regulationId = "7d3c2b1a-0000-4000-8000-000000000001";
    expect(applicationAddInput(emptyApplicationForm("2017-01-01"), regulationId).errors).toHaveProperty("pactId");
    const ok = applicationAddInput({ ...emptyApplicationForm("2017-01-01"), pactId: "7d3c2b1a-0000-4000-8000-000000000002", amount: "2.500,50" }, regulationId);
    expect(ok.ok && ok.data).toMatchObject({ amountCents: 250050, status: "applied", note: null });
    expect(applicationAddInput({ ...emptyApplicationForm("2017-01-01"), amount: "x" }, regulationId).errors).toHaveProperty("amount");
  });
});
