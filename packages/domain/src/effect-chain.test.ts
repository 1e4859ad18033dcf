import { describe, expect, it } from "vitest";
import { chainCompleteness, checkLink, isAllowedLink, type ChainNodeRef } from "./effect-chain.ts";

describe("effect chain links", () => {
  it("allows exactly one step forward: input→activity→result→effect", () => {
    expect(isAllowedLink("input", "activity")).toBe(true);
    expect(isAllowedLink("activity", "result")).toBe(true);
    expect(isAllowedLink("result", "effect")).toBe(true);
  });

  it("refuses backwards links, skipped steps and links within one kind, saying why", () => {
    expect(checkLink("effect", "result")).toEqual({ allowed: false, reason: "backwards" });
    expect(checkLink("activity", "input")).toEqual({ allowed: false, reason: "backwards" });
    expect(checkLink("input", "result")).toEqual({ allowed: false, reason: "skips_a_step" });
    expect(checkLink("input", "effect")).toEqual({ allowed: false, reason: "skips_a_step" });
    expect(checkLink("result", "result")).toEqual({ allowed: false, reason: "same_kind" });
  });
});

describe("chain completeness", () => {
  const nodes: ChainNodeRef[] = [
    { id: "i1", kind: "input" },
    { id: "a1", kind: "activity" },
    { id: "a2", kind: "activity" },
    { id: "r1", kind: "result" },
    { id: "r2", kind: "result" },
    { id: "e1", kind: "effect" },
    { id: "e2", kind: "effect" },
  ];

  it("reports a full chain as complete", () => {
    const full = chainCompleteness(nodes.slice(0, 2).concat(nodes[3]!, nodes[5]!), [
      { fromId: "i1", toId: "a1" },
      { fromId: "a1", toId: "r1" },
      { fromId: "r1", toId: "e1" },
    ]);
    expect(full).toEqual({ effectsWithoutResult: [], resultsWithoutActivity: [], activitiesWithoutInput: [], complete: true });
  });

  it("names each effect without result, result without activity and activity without input", () => {
    const report = chainCompleteness(nodes, [
      { fromId: "i1", toId: "a1" },
      { fromId: "a1", toId: "r1" },
      { fromId: "r1", toId: "e1" },
    ]);
    expect(report.effectsWithoutResult).toEqual(["e2"]);
    expect(report.resultsWithoutActivity).toEqual(["r2"]);
    expect(report.activitiesWithoutInput).toEqual(["a2"]);
    expect(report.complete).toBe(false);
  });

  it("does not count a link from the wrong kind as a contribution", () => {
    const report = chainCompleteness(
      [
        { id: "i1", kind: "input" },
        { id: "e1", kind: "effect" },
      ],
      [{ fromId: "i1", toId: "e1" }],
    );
    expect(report.effectsWithoutResult).toEqual(["e1"]);
  });

  it("calls a chain without any effect incomplete, since effects are the compass", () => {
    const report = chainCompleteness(
      [
        { id: "i1", kind: "input" },
        { id: "a1", kind: "activity" },
      ],
      [{ fromId: "i1", toId: "a1" }],
    );
    expect(report.complete).toBe(false);
  });
});
