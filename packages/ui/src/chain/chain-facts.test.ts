import { describe, expect, it } from "vitest";
import { chainNodeFacts } from "./chain-facts.ts";

describe("chainNodeFacts", () => {
  it("names an input's regeling through the lookup, beside its source in words", () => {
    const node = { id: "n1", kind: "input", title: "RIF-subsidie", amountCents: 95_000_000, fundingSource: "OCW", regulationId: "r1" } as const;
    const facts = chainNodeFacts(node, { regulationName: (id) => (id === "r1" ? "Regionaal investeringsfonds mbo (RIF)" : undefined) });
    expect(facts).toContainEqual({ term: "Regeling", value: "Regionaal investeringsfonds mbo (RIF)" });
    expect(facts).toContainEqual({ term: "Financiering", value: "OCW" });
  });

  it("leaves the regeling out when it cannot be named", () => {
    const facts = chainNodeFacts({ id: "n1", kind: "input", title: "Geld", regulationId: "onbekend" });
    expect(facts.map((f) => f.term)).not.toContain("Regeling");
  });

  it("no longer calls an activity that ended in 2018 'Lopend': its period decides", () => {
    const node = { id: "a1", kind: "activity", title: "Leerwerkplaatsen", status: "running", periodStart: "2016-01-01", periodEnd: "2018-06-30" } as const;
    expect(chainNodeFacts(node, { today: "2026-12-01" })).toContainEqual({ term: "Status", value: "Afgerond (volgens de periode)" });
    expect(chainNodeFacts(node, { today: "2017-03-01" })).toContainEqual({ term: "Status", value: "Lopend" });
    expect(chainNodeFacts({ ...node, status: "stopped" }, { today: "2026-12-01" })).toContainEqual({ term: "Status", value: "Gestopt" });
  });
});
