import { describe, expect, it } from "vitest";
import { applicationAddInputSchema, applicationCounts, regulationFieldsSchema, regulationUpdateInputSchema } from "./regulation.ts";

const rif = {
  name: "Regionaal investeringsfonds mbo",
  ministry: "OCW",
  purpose: "Duurzame publiek-private samenwerking in het beroepsonderwijs.",
  startYear: 2014,
  endYear: 2018,
  budgetCents: 125_000_000_00,
};

describe("regulation fields", () => {
  it("accept the RIF's period and a budget beyond an integer column (125 million euros in cents)", () => {
    const parsed = regulationFieldsSchema.parse(rif);
    expect(parsed.budgetCents).toBe(12_500_000_000);
    expect(parsed).toMatchObject({ conditions: null, link: null, results: null, source: null });
  });

  it("refuse an end year before the start year, on the end year", () => {
    const result = regulationFieldsSchema.safeParse({ ...rif, startYear: 2018, endYear: 2014 });
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["endYear", "Het eindjaar ligt niet voor het beginjaar."]]);
  });

  it("refuse a link that is not http(s)", () => {
    expect(regulationFieldsSchema.safeParse({ ...rif, link: "javascript:alert(1)" }).success).toBe(false);
    expect(regulationFieldsSchema.safeParse({ ...rif, link: "https://zorgpact.nl/ruimte-in-de-regels/rif" }).success).toBe(true);
  });

  it("refuse negative, fractional and unsafe amounts", () => {
    for (const budgetCents of [-1, 10.5, Number.MAX_SAFE_INTEGER + 2]) {
      expect(regulationFieldsSchema.safeParse({ ...rif, budgetCents }).success, String(budgetCents)).toBe(false);
    }
  });

  it("keep the period rule on updates", () => {
    const result = regulationUpdateInputSchema.safeParse({ ...rif, id: "7d3c2b1a-0000-4000-8000-000000000001", version: 3, endYear: 2010 });
    expect(result.error?.issues[0]?.path).toEqual(["endYear"]);
  });
});

describe("applications", () => {
  it("need a date in YYYY-MM-DD and a known status", () => {
    const base = { regulationId: "7d3c2b1a-0000-4000-8000-000000000001", pactId: "7d3c2b1a-0000-4000-8000-000000000002" };
    expect(applicationAddInputSchema.safeParse({ ...base, appliedOn: "2016-04-01", status: "honoured" }).success).toBe(true);
    expect(applicationAddInputSchema.safeParse({ ...base, appliedOn: "1-4-2016", status: "honoured" }).success).toBe(false);
    expect(applicationAddInputSchema.safeParse({ ...base, appliedOn: "2016-04-01", status: "granted" }).success).toBe(false);
  });

  it("are counted by status", () => {
    expect(applicationCounts([{ status: "honoured" }, { status: "applied" }, { status: "honoured" }])).toEqual({ applied: 1, honoured: 2, rejected: 0 });
  });
});
