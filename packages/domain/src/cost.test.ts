import { describe, expect, it } from "vitest";
import { costPerResult, type CostNode } from "./cost.ts";

const euros = (n: number) => n * 100;

describe("cost per result (effect calculator)", () => {
  it("splits an input evenly over the activities it funds, and an activity evenly over its results", () => {
    const nodes: CostNode[] = [
      { id: "i1", kind: "input", amountCents: euros(10_000) },
      { id: "a1", kind: "activity", amountCents: null },
      { id: "a2", kind: "activity", amountCents: null },
      { id: "r1", kind: "result", amountCents: null },
      { id: "r2", kind: "result", amountCents: null },
      { id: "r3", kind: "result", amountCents: null },
    ];
    const links = [
      { fromId: "i1", toId: "a1" },
      { fromId: "i1", toId: "a2" },
      { fromId: "a1", toId: "r1" },
      { fromId: "a2", toId: "r2" },
      { fromId: "a2", toId: "r3" },
    ];
    const report = costPerResult(nodes, links, { r1: 50, r2: 10, r3: 25 });
    // i1 → a1 €5000, a2 €5000; a2 → r2 €2500, r3 €2500.
    expect(report.results).toEqual([
      { nodeId: "r1", allocatedCents: euros(5000), count: 50, costPerUnitCents: euros(100) },
      { nodeId: "r2", allocatedCents: euros(2500), count: 10, costPerUnitCents: euros(250) },
      { nodeId: "r3", allocatedCents: euros(2500), count: 25, costPerUnitCents: euros(100) },
    ]);
    expect(report.totalInputCents).toBe(euros(10_000));
  });

  it("adds up what several inputs bring to one activity, and follows the money on to the effects", () => {
    const nodes: CostNode[] = [
      { id: "i1", kind: "input", amountCents: euros(3000) },
      { id: "i2", kind: "input", amountCents: euros(1000) },
      { id: "a1", kind: "activity", amountCents: null },
      { id: "r1", kind: "result", amountCents: null },
      { id: "e1", kind: "effect", amountCents: null },
      { id: "e2", kind: "effect", amountCents: null },
    ];
    const links = [
      { fromId: "i1", toId: "a1" },
      { fromId: "i2", toId: "a1" },
      { fromId: "a1", toId: "r1" },
      { fromId: "r1", toId: "e1" },
      { fromId: "r1", toId: "e2" },
    ];
    const report = costPerResult(nodes, links, { r1: 40, e1: 20, e2: 0 });
    expect(report.results[0]).toMatchObject({ allocatedCents: euros(4000), costPerUnitCents: euros(100) });
    expect(report.effects).toEqual([
      { nodeId: "e1", allocatedCents: euros(2000), count: 20, costPerUnitCents: euros(100) },
      // A count of zero gives no cost per unit rather than a division by zero.
      { nodeId: "e2", allocatedCents: euros(2000), count: 0, costPerUnitCents: null },
    ]);
    expect(report.unallocatedCents).toBe(0);
  });

  it("gives unfunded results no cost per unit: no euro input, only FTE, or no link at all", () => {
    const nodes: CostNode[] = [
      { id: "fte", kind: "input", amountCents: null },
      { id: "a1", kind: "activity", amountCents: null },
      { id: "r1", kind: "result", amountCents: null },
      { id: "r2", kind: "result", amountCents: null },
    ];
    const report = costPerResult(
      nodes,
      [
        { fromId: "fte", toId: "a1" },
        { fromId: "a1", toId: "r1" },
      ],
      { r1: 10, r2: 10 },
    );
    expect(report.results).toEqual([
      { nodeId: "r1", allocatedCents: 0, count: 10, costPerUnitCents: null },
      { nodeId: "r2", allocatedCents: 0, count: 10, costPerUnitCents: null },
    ]);
  });

  it("gives a funded result without a count no cost per unit", () => {
    const nodes: CostNode[] = [
      { id: "i1", kind: "input", amountCents: euros(900) },
      { id: "a1", kind: "activity", amountCents: null },
      { id: "r1", kind: "result", amountCents: null },
    ];
    const links = [
      { fromId: "i1", toId: "a1" },
      { fromId: "a1", toId: "r1" },
    ];
    expect(costPerResult(nodes, links, {}).results[0]).toEqual({ nodeId: "r1", allocatedCents: euros(900), count: null, costPerUnitCents: null });
  });

  it("reports money that reaches no effect as unallocated and ignores links of the wrong shape", () => {
    const nodes: CostNode[] = [
      { id: "i1", kind: "input", amountCents: euros(1000) },
      { id: "i2", kind: "input", amountCents: euros(500) },
      { id: "a1", kind: "activity", amountCents: null },
      { id: "r1", kind: "result", amountCents: null },
    ];
    // i2 → r1 skips a step: it carries no money.
    const report = costPerResult(
      nodes,
      [
        { fromId: "i1", toId: "a1" },
        { fromId: "a1", toId: "r1" },
        { fromId: "i2", toId: "r1" },
      ],
      { r1: 4 },
    );
    expect(report.results[0]).toMatchObject({ allocatedCents: euros(1000), costPerUnitCents: euros(250) });
    expect(report).toMatchObject({ totalInputCents: euros(1500), unallocatedCents: euros(1500), effects: [] });
  });

  it("rounds cost per unit to whole cents", () => {
    const nodes: CostNode[] = [
      { id: "i1", kind: "input", amountCents: 1000 },
      { id: "a1", kind: "activity", amountCents: null },
      { id: "r1", kind: "result", amountCents: null },
    ];
    const report = costPerResult(
      nodes,
      [
        { fromId: "i1", toId: "a1" },
        { fromId: "a1", toId: "r1" },
      ],
      { r1: 3 },
    );
    expect(report.results[0]?.costPerUnitCents).toBe(333);
  });
});
