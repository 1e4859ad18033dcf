import { describe, expect, it } from "vitest";
import {
  issueCompleteness,
  linkRefusalMessage,
  nodeCreateInputSchema,
  nodeStoredFields,
  nodeUpdateInputSchema,
  acceptsIndicators,
  indicatorCreateInputSchema,
} from "./agenda.ts";
import { checkLink } from "./effect-chain.ts";

const issueId = "11111111-1111-4111-8111-111111111111";
const orgId = "22222222-2222-4222-8222-222222222222";
const termId = "33333333-3333-4333-8333-333333333333";

describe("node inputs per kind", () => {
  it("accepts an input in euros, in FTE or in kind, always with a funding source", () => {
    const base = { issueId, kind: "input", title: "RIF-subsidie", fundingSource: "OCW (RIF mbo)" } as const;
    expect(nodeCreateInputSchema.safeParse({ ...base, amountCents: 95_000_000 }).success).toBe(true);
    expect(nodeCreateInputSchema.safeParse({ ...base, fte: 2.4 }).success).toBe(true);
    expect(nodeCreateInputSchema.safeParse({ ...base, inKind: "Ruimte in het wijkcentrum" }).success).toBe(true);
  });

  it("refuses an input without amount, FTE or in-kind contribution, naming the field", () => {
    const result = nodeCreateInputSchema.safeParse({ issueId, kind: "input", title: "Leeg", fundingSource: "Gemeente", inKind: "" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ["amountCents"], message: expect.stringMatching(/bedrag/) });
  });

  it("refuses an input without a funding source and an amount that is not whole cents", () => {
    expect(nodeCreateInputSchema.safeParse({ issueId, kind: "input", title: "Geld", amountCents: 100 }).error?.issues[0]?.path).toEqual(["fundingSource"]);
    expect(nodeCreateInputSchema.safeParse({ issueId, kind: "input", title: "Geld", amountCents: 10.5, fundingSource: "Gemeente" }).success).toBe(false);
  });

  it("requires an activity's owner, start and status, and an end not before the start", () => {
    const activity = { issueId, kind: "activity", title: "Leerwerkplaats", ownerOrganisationId: orgId, periodStart: "2016-02-01", status: "running" } as const;
    expect(nodeCreateInputSchema.safeParse(activity).success).toBe(true);
    expect(nodeCreateInputSchema.safeParse({ ...activity, periodEnd: "2016-01-31" }).error?.issues[0]?.path).toEqual(["periodEnd"]);
    const { ownerOrganisationId: _o, ...ownerless } = activity;
    expect(nodeCreateInputSchema.safeParse(ownerless).error?.issues[0]?.path).toEqual(["ownerOrganisationId"]);
  });

  it("requires a term on results and effects, and a unit with a quantity", () => {
    expect(nodeCreateInputSchema.safeParse({ issueId, kind: "result", title: "Studenten", termId, quantity: 71, unit: "studenten" }).success).toBe(true);
    expect(nodeCreateInputSchema.safeParse({ issueId, kind: "effect", title: "Minder uitval" }).error?.issues[0]?.path).toEqual(["termId"]);
    expect(nodeCreateInputSchema.safeParse({ issueId, kind: "result", title: "Studenten", termId, quantity: 71 }).error?.issues[0]?.path).toEqual(["unit"]);
  });

  it("keeps only the fields of the node's own kind", () => {
    const parsed = nodeUpdateInputSchema.parse({ id: issueId, version: 1, kind: "result", title: "Studenten", termId, quantity: 10, unit: "studenten" });
    expect(nodeStoredFields(parsed)).toMatchObject({ kind: "result", termId, quantity: 10, amountCents: null, ownerOrganisationId: null, status: null });
  });
});

describe("link refusals in words", () => {
  it("explains a backwards link, a skipped step and a link within one kind in Dutch", () => {
    const say = (from: "input" | "activity" | "result" | "effect", to: "input" | "activity" | "result" | "effect") => {
      const check = checkLink(from, to);
      if (check.allowed) throw new Error("expected a refusal");
      return linkRefusalMessage(check.reason, from, to);
    };
    expect(say("effect", "result")).toMatch(/loopt terug/);
    expect(say("input", "result")).toMatch(/slaat een stap over.*activiteit/);
    expect(say("activity", "activity")).toMatch(/Twee activiteiten/);
  });
});

describe("completeness per issue", () => {
  const nodes = [
    { id: "i1", kind: "input" as const, issueId: "x" },
    { id: "a1", kind: "activity" as const, issueId: "y" },
    { id: "r1", kind: "result" as const, issueId: "y" },
    { id: "e1", kind: "effect" as const, issueId: "y" },
    { id: "a2", kind: "activity" as const, issueId: "x" },
  ];
  const links = [
    { fromId: "i1", toId: "a1" },
    { fromId: "a1", toId: "r1" },
    { fromId: "r1", toId: "e1" },
  ];

  it("counts a contribution from a node under another issue", () => {
    expect(issueCompleteness(nodes, links, "y")).toEqual({ effectsWithoutResult: [], resultsWithoutActivity: [], activitiesWithoutInput: [], complete: true });
  });

  it("names only the issue's own gaps, and calls an issue without effect incomplete", () => {
    expect(issueCompleteness(nodes, links, "x")).toEqual({
      effectsWithoutResult: [],
      resultsWithoutActivity: [],
      activitiesWithoutInput: ["a2"],
      complete: false,
    });
  });
});

describe("indicators", () => {
  it("sit on results and effects only", () => {
    expect(["input", "activity", "result", "effect"].map((k) => acceptsIndicators(k as "input"))).toEqual([false, false, true, true]);
  });

  it("keep the field rules when created on a node", () => {
    const result = indicatorCreateInputSchema.safeParse({
      nodeId: issueId,
      name: "Studenten in een leerwerkplaats",
      unit: "studenten",
      direction: "up",
      baselineValue: 40,
      baselineDate: "2016-01-01",
      targetValue: 20,
      targetDate: "2018-12-31",
    });
    expect(result.error?.issues[0]?.path).toEqual(["targetValue"]);
  });
});
